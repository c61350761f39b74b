import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ProcessInstanceEntity } from '../../process/entities/process-instance.entity.js';

export type JobState = 'ACTIVATABLE' | 'ACTIVATED' | 'COMPLETED' | 'FAILED' | 'ERROR_THROWN' | 'CANCELED';

/**
 * The Postgres job queue: one row per activation of a service, send or job-based script task, written in the
 * transaction that reached the task. Workers claim rows with FOR UPDATE SKIP LOCKED; run_at schedules retries.
 */
@Entity('jobs')
@Check('CHK_jobs_state', `"state" IN ('ACTIVATABLE','ACTIVATED','COMPLETED','FAILED','ERROR_THROWN','CANCELED')`)
@Index('IDX_jobs_claim', ['type', 'runAt'], { where: `"state" IN ('ACTIVATABLE','ACTIVATED')` })
export class JobEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @Index('IDX_jobs_instance')
  @Column({ name: 'process_instance_id', type: 'uuid', nullable: false })
  processInstanceId: string;

  @ManyToOne(() => ProcessInstanceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'process_instance_id', foreignKeyConstraintName: 'FK_jobs_instance' })
  processInstance?: ProcessInstanceEntity;

  @Column({ name: 'element_instance_id', type: 'uuid', nullable: false })
  elementInstanceId: string;

  @Column({ name: 'element_id', type: 'varchar', length: 255, nullable: false })
  elementId: string;

  @Column({ type: 'varchar', length: 255, nullable: false })
  type: string;

  @Column({ type: 'integer', nullable: false })
  retries: number;

  /** failures so far; the retry back-off doubles with each */
  @Column({ type: 'integer', nullable: false, default: 0 })
  attempts: number;

  @Column({ name: 'custom_headers', type: 'jsonb', nullable: false, default: () => "'{}'" })
  customHeaders: Record<string, string>;

  @Column({ type: 'varchar', length: 16, nullable: false })
  state: JobState;

  @Column({ name: 'run_at', type: 'timestamptz', nullable: false, default: () => 'now()' })
  runAt: Date;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  worker: string | null;

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
