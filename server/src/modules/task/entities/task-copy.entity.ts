import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';
import { UserTaskEntity } from './user-task.entity.js';

/** A carbon copy (抄送) of a task: read-only, non-blocking, in the recipient's CC inbox until read. */
@Entity('task_copies')
@Index('UQ_task_copies_recipient', ['taskId', 'recipientId'], { unique: true })
@Index('IDX_task_copies_inbox', ['workspaceId', 'recipientId', 'createdAt'])
export class TaskCopyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_task_copies_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'task_id', type: 'uuid', nullable: false })
  taskId: string;

  @ManyToOne(() => UserTaskEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'FK_task_copies_task' })
  task?: UserTaskEntity;

  @Column({ name: 'process_instance_id', type: 'uuid', nullable: false })
  processInstanceId: string;

  @Column({ name: 'recipient_id', type: 'uuid', nullable: false })
  recipientId: string;

  @Column({ name: 'copied_by_id', type: 'uuid', nullable: false })
  copiedById: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;
}
