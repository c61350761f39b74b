import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProcessDefinitionEntity } from '../../process/entities/process-definition.entity.js';
import { ProcessInstanceEntity } from '../../process/entities/process-instance.entity.js';

/**
 * A waiting element's subscription to a message (name and correlation key fixed when it opened), or a message
 * start event's subscription (no instance; the latest version of the process holds it).
 */
@Entity('message_subscriptions')
@Check('CHK_message_subscriptions_state', `"state" IN ('OPEN','CLOSED')`)
@Index('IDX_message_subscriptions_match', ['workspaceId', 'messageName', 'correlationKey'], { where: `"state" = 'OPEN'` })
export class MessageSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @Index('IDX_message_subscriptions_definition')
  @Column({ name: 'definition_id', type: 'uuid', nullable: false })
  definitionId: string;

  @ManyToOne(() => ProcessDefinitionEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'definition_id', foreignKeyConstraintName: 'FK_message_subscriptions_definition' })
  definition?: ProcessDefinitionEntity;

  @Column({ name: 'bpmn_process_id', type: 'varchar', length: 255, nullable: false })
  bpmnProcessId: string;

  @Index('IDX_message_subscriptions_instance')
  @Column({ name: 'process_instance_id', type: 'uuid', nullable: true })
  processInstanceId: string | null;

  @ManyToOne(() => ProcessInstanceEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'process_instance_id', foreignKeyConstraintName: 'FK_message_subscriptions_instance' })
  processInstance?: ProcessInstanceEntity;

  @Column({ name: 'element_instance_id', type: 'uuid', nullable: true })
  elementInstanceId: string | null;

  @Column({ name: 'element_id', type: 'varchar', length: 255, nullable: false })
  elementId: string;

  @Column({ name: 'message_name', type: 'varchar', length: 255, nullable: false })
  messageName: string;

  @Column({ name: 'correlation_key', type: 'varchar', length: 255, nullable: false, default: '' })
  correlationKey: string;

  @Column({ type: 'boolean', nullable: false, default: true })
  interrupting: boolean;

  @Column({ type: 'varchar', length: 16, nullable: false })
  state: 'OPEN' | 'CLOSED';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
