import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProcessInstanceEntity } from './process-instance.entity.js';

export type IncidentType = 'JOB_NO_RETRIES' | 'UNHANDLED_ERROR_EVENT' | 'CONDITION_ERROR' | 'EXPRESSION_ERROR';
/** which half of the element's life failed, so resolving it knows what to run again */
export type IncidentPhase = 'JOB' | 'ACTIVATE' | 'COMPLETE';

/** A token that cannot move until an operator fixes the cause and resolves the incident. */
@Entity('incidents')
@Check('CHK_incidents_state', `"state" IN ('ACTIVE','RESOLVED')`)
export class IncidentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @Index('IDX_incidents_instance')
  @Column({ name: 'process_instance_id', type: 'uuid', nullable: false })
  processInstanceId: string;

  @ManyToOne(() => ProcessInstanceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'process_instance_id', foreignKeyConstraintName: 'FK_incidents_instance' })
  processInstance?: ProcessInstanceEntity;

  @Column({ name: 'element_instance_id', type: 'uuid', nullable: false })
  elementInstanceId: string;

  @Column({ name: 'element_id', type: 'varchar', length: 255, nullable: false })
  elementId: string;

  @Column({ name: 'job_id', type: 'uuid', nullable: true })
  jobId: string | null;

  @Column({ type: 'varchar', length: 32, nullable: false })
  type: IncidentType;

  @Column({ type: 'varchar', length: 16, nullable: false })
  phase: IncidentPhase;

  @Column({ type: 'text', nullable: false })
  message: string;

  @Column({ type: 'varchar', length: 16, nullable: false })
  state: 'ACTIVE' | 'RESOLVED';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;
}
