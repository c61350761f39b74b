import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import type { SlaPolicy } from '../../../engine/sla/sla-policy.js';
import { UserTaskEntity } from '../../task/entities/user-task.entity.js';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/** A user task's SLA deadlines, computed on the business calendar when the task was created. */
@Entity('task_slas')
@Index('IDX_task_slas_complete_by', ['workspaceId', 'completeBy'])
export class TaskSlaEntity {
  @PrimaryColumn({ name: 'task_id', type: 'uuid', primaryKeyConstraintName: 'PK_task_slas' })
  taskId: string;

  @OneToOne(() => UserTaskEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'FK_task_slas_task' })
  task?: UserTaskEntity;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_task_slas_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'process_instance_id', type: 'uuid', nullable: false })
  processInstanceId: string;

  @Column({ type: 'jsonb', nullable: false })
  policy: SlaPolicy;

  @Column({ name: 'respond_by', type: 'timestamptz', nullable: true })
  respondBy: Date | null;

  @Column({ name: 'complete_by', type: 'timestamptz', nullable: true })
  completeBy: Date | null;

  @Column({ name: 'respond_risk_at', type: 'timestamptz', nullable: true })
  respondRiskAt: Date | null;

  @Column({ name: 'complete_risk_at', type: 'timestamptz', nullable: true })
  completeRiskAt: Date | null;

  /** first claim, transfer or delegation (engine clock) */
  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
