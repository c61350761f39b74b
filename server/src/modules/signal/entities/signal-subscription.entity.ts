import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProcessDefinitionEntity } from '../../process/entities/process-definition.entity.js';
import { ProcessInstanceEntity } from '../../process/entities/process-instance.entity.js';

/**
 * A waiting element's subscription to a signal (catch event, boundary event, event-based gateway, event
 * sub-process start), or a signal start event's (no instance; the latest version of the process holds it).
 */
@Entity('signal_subscriptions')
@Check('CHK_signal_subscriptions_state', `"state" IN ('OPEN','CLOSED')`)
@Index('IDX_signal_subscriptions_match', ['workspaceId', 'signalName'], { where: `"state" = 'OPEN'` })
export class SignalSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @Index('IDX_signal_subscriptions_definition')
  @Column({ name: 'definition_id', type: 'uuid', nullable: false })
  definitionId: string;

  @ManyToOne(() => ProcessDefinitionEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'definition_id', foreignKeyConstraintName: 'FK_signal_subscriptions_definition' })
  definition?: ProcessDefinitionEntity;

  @Column({ name: 'bpmn_process_id', type: 'varchar', length: 255, nullable: false })
  bpmnProcessId: string;

  @Index('IDX_signal_subscriptions_instance')
  @Column({ name: 'process_instance_id', type: 'uuid', nullable: true })
  processInstanceId: string | null;

  @ManyToOne(() => ProcessInstanceEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'process_instance_id', foreignKeyConstraintName: 'FK_signal_subscriptions_instance' })
  processInstance?: ProcessInstanceEntity;

  @Column({ name: 'element_instance_id', type: 'uuid', nullable: true })
  elementInstanceId: string | null;

  @Column({ name: 'element_id', type: 'varchar', length: 255, nullable: false })
  elementId: string;

  @Column({ name: 'signal_name', type: 'varchar', length: 255, nullable: false })
  signalName: string;

  @Column({ type: 'boolean', nullable: false, default: true })
  interrupting: boolean;

  @Column({ type: 'varchar', length: 16, nullable: false })
  state: 'OPEN' | 'CLOSED';

  /** set with clock_timestamp(): a signal thrown by a process reaches the subscriptions opened before the throw */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
