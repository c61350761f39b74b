import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';
import { BatchOperationEntity } from './batch-operation.entity.js';

export type BatchItemState = 'PENDING' | 'DONE' | 'FAILED';

/** One instance of a batch: run once, in its own transaction, under the instance lock. */
@Entity('batch_operation_items')
@Check('CHK_batch_operation_items_state', `"state" IN ('PENDING','DONE','FAILED')`)
@Index('UQ_batch_operation_items_position', ['batchId', 'position'], { unique: true })
@Index('UQ_batch_operation_items_instance', ['batchId', 'processInstanceId'], { unique: true })
@Index('IDX_batch_operation_items_pending', ['batchId', 'position'], { where: `"state" = 'PENDING'` })
export class BatchOperationItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_batch_operation_items_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'batch_id', type: 'uuid', nullable: false })
  batchId: string;

  @ManyToOne(() => BatchOperationEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'FK_batch_operation_items_batch' })
  batch?: BatchOperationEntity;

  /** the order items run in: the order of the explicit ids, or newest instance first for a filter */
  @Column({ type: 'integer', nullable: false })
  position: number;

  /** not a foreign key: an explicit id that names no instance of the workspace is kept, and fails as an item */
  @Column({ name: 'process_instance_id', type: 'uuid', nullable: false })
  processInstanceId: string;

  @Column({ type: 'varchar', length: 16, nullable: false, default: 'PENDING' })
  state: BatchItemState;

  /** FAILED: { code, reason, message: { en, zh-CN }, fields } */
  @Column({ type: 'jsonb', nullable: true })
  error: Record<string, unknown> | null;

  /** claims so far; an item that keeps crashing its worker fails after a few */
  @Column({ type: 'integer', nullable: false, default: 0 })
  attempts: number;

  /** a worker's lease; another may take the item over when it lapses */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
