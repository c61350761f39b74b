import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProcessInstanceEntity } from './process-instance.entity.js';

/** ACTIVE: a token in an element or an open scope; WAITING: a token parked at a converging gateway. */
export type ElementInstanceState = 'ACTIVE' | 'WAITING' | 'COMPLETED' | 'TERMINATED';

/**
 * A token or a scope. The process scope itself is the row whose id equals the process instance id; every other
 * row names its enclosing scope (process or sub-process element instance) in scopeId.
 */
@Entity('element_instances')
@Check('CHK_element_instances_state', `"state" IN ('ACTIVE','WAITING','COMPLETED','TERMINATED')`)
@Index('IDX_element_instances_instance_state', ['processInstanceId', 'state'])
export class ElementInstanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @Column({ name: 'process_instance_id', type: 'uuid', nullable: false })
  processInstanceId: string;

  @ManyToOne(() => ProcessInstanceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'process_instance_id', foreignKeyConstraintName: 'FK_element_instances_instance' })
  processInstance?: ProcessInstanceEntity;

  @Column({ name: 'element_id', type: 'varchar', length: 255, nullable: false })
  elementId: string;

  @Column({ name: 'element_kind', type: 'varchar', length: 32, nullable: false })
  elementKind: string;

  @Column({ name: 'scope_id', type: 'uuid', nullable: true })
  scopeId: string | null;

  @Column({ type: 'varchar', length: 16, nullable: false })
  state: ElementInstanceState;

  /** for a WAITING token at a join: the sequence flow it arrived by */
  @Column({ name: 'incoming_flow_id', type: 'varchar', length: 255, nullable: true })
  incomingFlowId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
