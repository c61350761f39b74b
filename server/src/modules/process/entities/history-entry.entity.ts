import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProcessInstanceEntity } from './process-instance.entity.js';

export type HistoryEvent = 'STARTED' | 'COMPLETED' | 'TERMINATED' | 'TAKEN';

/**
 * Append-only (the application role may only insert and read): each element instance's start and end, with
 * duration and actor, and each sequence flow taken. Feeds audit and analytics.
 */
@Entity('process_history')
@Index('IDX_process_history_instance', ['processInstanceId', 'id'])
export class HistoryEntryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'PK_process_history' })
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @Column({ name: 'process_instance_id', type: 'uuid', nullable: false })
  processInstanceId: string;

  @ManyToOne(() => ProcessInstanceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'process_instance_id', foreignKeyConstraintName: 'FK_process_history_instance' })
  processInstance?: ProcessInstanceEntity;

  @Column({ name: 'element_instance_id', type: 'uuid', nullable: true })
  elementInstanceId: string | null;

  @Column({ name: 'element_id', type: 'varchar', length: 255, nullable: false })
  elementId: string;

  @Column({ name: 'element_kind', type: 'varchar', length: 32, nullable: false })
  elementKind: string;

  @Column({ type: 'varchar', length: 16, nullable: false })
  event: HistoryEvent;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'duration_ms', type: 'integer', nullable: true })
  durationMs: number | null;

  /** clock_timestamp(), not now(): many steps of one transaction must still be ordered in time */
  @Column({ type: 'timestamptz', nullable: false, default: () => 'clock_timestamp()' })
  at: Date;
}
