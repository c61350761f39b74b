import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProcessInstanceEntity } from '../../process/entities/process-instance.entity.js';

export type UserTaskState = 'CREATED' | 'SUSPENDED' | 'COMPLETED' | 'CANCELED';

/** Work for a person: created when a token reaches a user task, completed through completeTask. */
@Entity('user_tasks')
@Check('CHK_user_tasks_state', `"state" IN ('CREATED','SUSPENDED','COMPLETED','CANCELED')`)
@Check('CHK_user_tasks_sign_position', `"sign_position" IN ('BEFORE','AFTER')`)
@Check('CHK_user_tasks_delegation_state', `"delegation_state" IN ('PENDING','RESOLVED')`)
@Index('IDX_user_tasks_workspace_state_created', ['workspaceId', 'state', 'createdAt'])
@Index('IDX_user_tasks_signer_of', ['signerOf'], { where: `"signer_of" IS NOT NULL` })
export class UserTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: false })
  workspaceId: string;

  @Index('IDX_user_tasks_instance')
  @Column({ name: 'process_instance_id', type: 'uuid', nullable: false })
  processInstanceId: string;

  @ManyToOne(() => ProcessInstanceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'process_instance_id', foreignKeyConstraintName: 'FK_user_tasks_instance' })
  processInstance?: ProcessInstanceEntity;

  @Column({ name: 'element_instance_id', type: 'uuid', nullable: false })
  elementInstanceId: string;

  @Column({ name: 'element_id', type: 'varchar', length: 255, nullable: false })
  elementId: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  name: string | null;

  /** a user id once claimed; a user id or email when the model names one */
  @Column({ type: 'varchar', length: 320, nullable: true })
  assignee: string | null;

  @Column({ name: 'candidate_groups', type: 'jsonb', nullable: false, default: () => "'[]'" })
  candidateGroups: string[];

  @Column({ name: 'candidate_users', type: 'jsonb', nullable: false, default: () => "'[]'" })
  candidateUsers: string[];

  @Column({ name: 'form_key', type: 'varchar', length: 255, nullable: true })
  formKey: string | null;

  @Column({ name: 'form_id', type: 'varchar', length: 255, nullable: true })
  formId: string | null;

  @Column({ name: 'due_date', type: 'timestamptz', nullable: true })
  dueDate: Date | null;

  @Column({ name: 'follow_up_date', type: 'timestamptz', nullable: true })
  followUpDate: Date | null;

  @Column({ type: 'integer', nullable: false, default: 50 })
  priority: number;

  @Column({ type: 'varchar', length: 16, nullable: false })
  state: UserTaskState;

  /** who delegated the task (委托) and gets it back when the delegate resolves it */
  @Column({ type: 'varchar', length: 320, nullable: true })
  owner: string | null;

  @Column({ name: 'delegation_state', type: 'varchar', length: 16, nullable: true })
  delegationState: 'PENDING' | 'RESOLVED' | null;

  /** a signer's task (加签): the task it was added to, on the same element instance */
  @Column({ name: 'signer_of', type: 'uuid', nullable: true })
  signerOf: string | null;

  @ManyToOne(() => UserTaskEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'signer_of', foreignKeyConstraintName: 'FK_user_tasks_signer_of' })
  signerOfTask?: UserTaskEntity | null;

  @Column({ name: 'sign_position', type: 'varchar', length: 8, nullable: true })
  signPosition: 'BEFORE' | 'AFTER' | null;

  /** a signer added after this task (后加签): gets a task when this one is completed */
  @Column({ name: 'after_signer', type: 'varchar', length: 320, nullable: true })
  afterSigner: string | null;

  /** what earlier participants of the step submitted; merged under the completing one's variables */
  @Column({ name: 'carried_variables', type: 'jsonb', nullable: true })
  carriedVariables: Record<string, unknown> | null;

  @Column({ name: 'completed_by', type: 'uuid', nullable: true })
  completedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
