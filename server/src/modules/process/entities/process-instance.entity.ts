import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProcessDefinitionEntity } from './process-definition.entity.js';

export type ProcessInstanceState = 'ACTIVE' | 'COMPLETED' | 'TERMINATED';

/** One run of a process. Its row is the lock every command on the instance takes first (SELECT … FOR UPDATE). */
@Entity('process_instances')
@Check('CHK_process_instances_state', `"state" IN ('ACTIVE','COMPLETED','TERMINATED')`)
@Index('IDX_process_instances_workspace_created', ['workspaceId', 'createdAt'])
export class ProcessInstanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @Index('IDX_process_instances_definition')
  @Column({ name: 'definition_id', type: 'uuid', nullable: false })
  definitionId: string;

  @ManyToOne(() => ProcessDefinitionEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'definition_id', foreignKeyConstraintName: 'FK_process_instances_definition' })
  definition?: ProcessDefinitionEntity;

  @Column({ name: 'bpmn_process_id', type: 'varchar', length: 255, nullable: false })
  bpmnProcessId: string;

  @Column({ type: 'integer', nullable: false })
  version: number;

  @Column({ type: 'varchar', length: 16, nullable: false })
  state: ProcessInstanceState;

  /** bumped by every command, so readers can tell that an instance moved */
  @Column({ name: 'lock_version', type: 'integer', nullable: false, default: 0 })
  lockVersion: number;

  /** for an instance started by a call activity: the calling instance, its call activity's element instance, the tree's root */
  @Index('IDX_process_instances_parent')
  @Column({ name: 'parent_instance_id', type: 'uuid', nullable: true })
  parentInstanceId: string | null;

  @Column({ name: 'parent_element_instance_id', type: 'uuid', nullable: true })
  parentElementInstanceId: string | null;

  @Column({ name: 'root_instance_id', type: 'uuid', nullable: true })
  rootInstanceId: string | null;

  @Column({ name: 'started_by', type: 'uuid', nullable: true })
  startedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
