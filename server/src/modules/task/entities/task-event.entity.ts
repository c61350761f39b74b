import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';
import { UserTaskEntity } from './user-task.entity.js';

/**
 * What people (and SLA thresholds) did to a task besides completing it: transferred, delegated, resolved, copied,
 * reminded, reassigned… with who, from whom, to whom and why. Append-only.
 */
@Entity('task_events')
@Index('IDX_task_events_task', ['taskId', 'createdAt'])
export class TaskEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_task_events_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'task_id', type: 'uuid', nullable: false })
  taskId: string;

  @ManyToOne(() => UserTaskEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'FK_task_events_task' })
  task?: UserTaskEntity;

  @Column({ name: 'process_instance_id', type: 'uuid', nullable: false })
  processInstanceId: string;

  @Column({ type: 'varchar', length: 32, nullable: false })
  action: string;

  /** null for the engine (an SLA threshold) */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'from_user', type: 'varchar', length: 320, nullable: true })
  fromUser: string | null;

  @Column({ name: 'to_user', type: 'varchar', length: 320, nullable: true })
  toUser: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;
}
