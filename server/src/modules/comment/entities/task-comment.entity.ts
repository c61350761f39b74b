import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserTaskEntity } from '../../task/entities/user-task.entity.js';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/** A comment on a user task, with the workspace members it @mentions. Append-only. */
@Entity('task_comments')
@Check('CHK_task_comments_attachments', `jsonb_typeof("attachments") = 'array' AND jsonb_array_length("attachments") <= 20`)
@Index('IDX_task_comments_task', ['taskId', 'createdAt'])
export class TaskCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_task_comments_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'task_id', type: 'uuid', nullable: false })
  taskId: string;

  @ManyToOne(() => UserTaskEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'FK_task_comments_task' })
  task?: UserTaskEntity;

  @Column({ name: 'process_instance_id', type: 'uuid', nullable: false })
  processInstanceId: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: false })
  authorId: string;

  @Column({ type: 'text', nullable: false })
  text: string;

  /** user ids */
  @Column({ type: 'jsonb', nullable: false })
  mentions: string[];

  /** file ids (workspace files, uploaded through /api/files) */
  @Column({ type: 'jsonb', nullable: false, default: () => "'[]'" })
  attachments: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;
}
