import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/** A webhook delivery id a message webhook has taken: a replay of it publishes nothing. */
@Entity('webhook_deliveries')
export class WebhookDeliveryEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid', primaryKeyConstraintName: 'PK_webhook_deliveries' })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_webhook_deliveries_workspace' })
  workspace?: WorkspaceEntity;

  @PrimaryColumn({ name: 'message_name', type: 'varchar', length: 255, primaryKeyConstraintName: 'PK_webhook_deliveries' })
  messageName: string;

  @PrimaryColumn({ name: 'delivery_id', type: 'varchar', length: 255, primaryKeyConstraintName: 'PK_webhook_deliveries' })
  deliveryId: string;

  /** the message it published (messages are deleted when they expire; the delivery id stays taken) */
  @Column({ name: 'message_id', type: 'uuid', nullable: true })
  messageId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
