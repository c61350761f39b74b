import { Check, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../user/entities/user.entity.js';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';
import type { OptionalNotificationKind } from '../notification-kind.js';

/** A member who turned one kind of notification mail off in one workspace (no row: on). */
@Entity('notification_opt_outs')
@Check('CHK_notification_opt_outs_kind', `"kind" IN ('TASK_ASSIGNED','TASK_SLA_REMINDER','TASK_ESCALATION')`)
export class NotificationOptOutEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_notification_opt_outs_workspace' })
  workspace?: WorkspaceEntity;

  @Index('IDX_notification_opt_outs_user')
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notification_opt_outs_user' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  kind: OptionalNotificationKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
