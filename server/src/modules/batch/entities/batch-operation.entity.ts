import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

export type BatchKind = 'CANCEL' | 'MIGRATE';
export type BatchState = 'RUNNING' | 'COMPLETED' | 'CANCELLED' | 'FAILED';

/**
 * A batch cancel or batch migration: its parameters (target definition and mappings, the filter it was chosen
 * by) and its progress. The instances it covers are its items (batch_operation_items), snapshotted when it starts.
 */
@Entity('batch_operations')
@Check('CHK_batch_operations_kind', `"kind" IN ('CANCEL','MIGRATE')`)
@Check('CHK_batch_operations_state', `"state" IN ('RUNNING','COMPLETED','CANCELLED','FAILED')`)
@Index('IDX_batch_operations_workspace', ['workspaceId', 'createdAt'])
@Index('IDX_batch_operations_running', ['createdAt'], { where: `"state" = 'RUNNING'` })
export class BatchOperationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_batch_operations_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ type: 'varchar', length: 16, nullable: false })
  kind: BatchKind;

  /** RUNNING until every item is DONE or FAILED (then COMPLETED, or FAILED when none was done), or CANCELLED */
  @Column({ type: 'varchar', length: 16, nullable: false })
  state: BatchState;

  /** MIGRATE: targetDefinitionId, mappings; both: the filter or explicit ids it was started with */
  @Column({ type: 'jsonb', nullable: false })
  parameters: Record<string, unknown>;

  @Column({ name: 'total_count', type: 'integer', nullable: false })
  totalCount: number;

  @Column({ name: 'done_count', type: 'integer', nullable: false, default: 0 })
  doneCount: number;

  @Column({ name: 'failed_count', type: 'integer', nullable: false, default: 0 })
  failedCount: number;

  /** items run as this member, with the role they hold when each item runs */
  @Column({ name: 'created_by_id', type: 'uuid', nullable: false })
  createdById: string;

  @Column({ name: 'cancelled_by_id', type: 'uuid', nullable: true })
  cancelledById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
