import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ProcessDefinitionEntity } from '../../process/entities/process-definition.entity.js';
import { ProcessInstanceEntity } from '../../process/entities/process-instance.entity.js';

export type TimerState = 'SCHEDULED' | 'FIRED' | 'CANCELED';

/**
 * A durable timer: an intermediate timer catch event, a boundary timer (owned by the activity's element instance)
 * or a timer start event (no instance). Every replica's TimerPoller fires due rows with FOR UPDATE SKIP LOCKED.
 */
@Entity('timers')
@Check('CHK_timers_state', `"state" IN ('SCHEDULED','FIRED','CANCELED')`)
@Index('IDX_timers_due', ['dueAt'], { where: `"state" = 'SCHEDULED'` })
@Check('CHK_timers_kind', `"kind" IN ('EVENT','SLA')`)
@Index('IDX_timers_task', ['taskId'], { where: `"task_id" IS NOT NULL` })
export class TimerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @Index('IDX_timers_definition')
  @Column({ name: 'definition_id', type: 'uuid', nullable: false })
  definitionId: string;

  @ManyToOne(() => ProcessDefinitionEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'definition_id', foreignKeyConstraintName: 'FK_timers_definition' })
  definition?: ProcessDefinitionEntity;

  @Index('IDX_timers_instance')
  @Column({ name: 'process_instance_id', type: 'uuid', nullable: true })
  processInstanceId: string | null;

  @ManyToOne(() => ProcessInstanceEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'process_instance_id', foreignKeyConstraintName: 'FK_timers_instance' })
  processInstance?: ProcessInstanceEntity;

  @Column({ name: 'element_instance_id', type: 'uuid', nullable: true })
  elementInstanceId: string | null;

  /** the timer event (catch, boundary or start) */
  @Column({ name: 'element_id', type: 'varchar', length: 255, nullable: false })
  elementId: string;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: false })
  dueAt: Date;

  /** fires left including the next; null for a cycle without end */
  @Column({ type: 'integer', nullable: true })
  repetitions: number | null;

  /** a cycle's ISO 8601 interval, or `CRON_TZ=<zone> <cron expression>` (migration 1765098000000) */
  @Column({ type: 'varchar', length: 320, nullable: true })
  interval: string | null;

  @Column({ type: 'varchar', length: 16, nullable: false })
  state: TimerState;

  @Column({ name: 'fired_count', type: 'integer', nullable: false, default: 0 })
  firedCount: number;

  /** a poller's claim; another may take the timer over when it lapses */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  /** EVENT: a BPMN timer event; SLA: a user task's SLA threshold (fired by modules/sla, see engine/README.md) */
  @Column({ type: 'varchar', length: 16, nullable: false, default: 'EVENT' })
  kind: 'EVENT' | 'SLA';

  /** for an SLA timer: its user task */
  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId: string | null;

  /** for an SLA timer: which threshold of the task's policy */
  @Column({ type: 'jsonb', nullable: true })
  payload: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
