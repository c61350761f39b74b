import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../user/entities/user.entity.js';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';
import type { NotificationKind } from '../notification-kind.js';

export type OutboxState = 'PENDING' | 'SENT' | 'SKIPPED' | 'FAILED';

/**
 * One mail to one recipient, written in the transaction of the event it tells about (a task trigger, an invitation),
 * then sent by the notification poller of any replica. (workspace, event, recipient) is unique: an event mails each
 * person once.
 */
@Entity('notification_outbox')
@Check('CHK_notification_outbox_kind', `"kind" IN ('TASK_ASSIGNED','TASK_SLA_REMINDER','TASK_ESCALATION','INVITATION')`)
@Check('CHK_notification_outbox_state', `"state" IN ('PENDING','SENT','SKIPPED','FAILED')`)
@Index('UQ_notification_outbox_event_recipient', ['workspaceId', 'eventKey', 'recipientEmail'], { unique: true })
@Index('IDX_notification_outbox_due', ['nextAttemptAt'], { where: `"state" = 'PENDING'` })
export class NotificationOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_notification_outbox_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ type: 'varchar', length: 32, nullable: false })
  kind: NotificationKind;

  /** e.g. `task:<id>:created`, `invitation:<id>`, `task:<id>:sla:<n>` */
  @Column({ name: 'event_key', type: 'varchar', length: 255, nullable: false })
  eventKey: string;

  @Index('IDX_notification_outbox_recipient')
  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true })
  recipientUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'recipient_user_id', foreignKeyConstraintName: 'FK_notification_outbox_recipient' })
  recipient?: UserEntity | null;

  @Column({ name: 'recipient_email', type: 'varchar', length: 320, nullable: false })
  recipientEmail: string;

  /** What the mail is about (ids); an invitation's link is sealed here and wiped once sent. */
  @Column({ type: 'jsonb', nullable: false, default: () => "'{}'" })
  payload: Record<string, unknown>;

  @Column({ type: 'varchar', length: 16, nullable: false, default: 'PENDING' })
  state: OutboxState;

  @Column({ type: 'integer', nullable: false, default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: false, default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'message_id', type: 'varchar', length: 255, nullable: true })
  messageId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
