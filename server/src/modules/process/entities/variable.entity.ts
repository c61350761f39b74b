import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ProcessInstanceEntity } from './process-instance.entity.js';

/** A JSON variable in one scope (the process, a sub-process or an activity with input mappings). */
@Entity('variables')
export class VariableEntity {
  @PrimaryColumn({ name: 'scope_id', type: 'uuid', primaryKeyConstraintName: 'PK_variables' })
  scopeId: string;

  @PrimaryColumn({ type: 'varchar', length: 255, primaryKeyConstraintName: 'PK_variables' })
  name: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @Index('IDX_variables_instance')
  @Column({ name: 'process_instance_id', type: 'uuid', nullable: false })
  processInstanceId: string;

  @ManyToOne(() => ProcessInstanceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'process_instance_id', foreignKeyConstraintName: 'FK_variables_instance' })
  processInstance?: ProcessInstanceEntity;

  @Column({ type: 'jsonb', nullable: false })
  value: unknown;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
