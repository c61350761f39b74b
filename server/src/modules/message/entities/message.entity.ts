import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/** A published message, buffered until `expires_at` (its time to live) for subscriptions that open later. */
@Entity('messages')
@Index('UQ_messages_message_id', ['workspaceId', 'name', 'correlationKey', 'messageId'], { unique: true, where: `"message_id" IS NOT NULL` })
@Index('IDX_messages_match', ['workspaceId', 'name', 'correlationKey', 'expiresAt'])
export class MessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_messages_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ type: 'varchar', length: 255, nullable: false })
  name: string;

  @Column({ name: 'correlation_key', type: 'varchar', length: 255, nullable: false, default: '' })
  correlationKey: string;

  /** the publisher's id for the message: a repeat within the time to live is refused */
  @Column({ name: 'message_id', type: 'varchar', length: 255, nullable: true })
  messageId: string | null;

  @Column({ type: 'jsonb', nullable: false, default: () => "'{}'" })
  variables: Record<string, unknown>;

  @Index('IDX_messages_expires')
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: false })
  expiresAt: Date;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
