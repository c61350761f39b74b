import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/** The HMAC-SHA256 key of a workspace's message webhooks, sealed like a connector secret (AES-256-GCM). */
@Entity('webhook_keys')
export class WebhookKeyEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid', primaryKeyConstraintName: 'PK_webhook_keys' })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_webhook_keys_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ type: 'text', nullable: false })
  ciphertext: string;

  @Column({ name: 'key_id', type: 'varchar', length: 16, nullable: false })
  keyId: string;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: false })
  updatedById: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
