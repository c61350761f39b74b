import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../common/graphql/page-info.model.js';
import { SlaState } from '../../sla/sla-state.js';

export enum TaskState {
  CREATED = 'CREATED',
  /** waits for a signer added before it (前加签) */
  SUSPENDED = 'SUSPENDED',
  COMPLETED = 'COMPLETED',
  CANCELED = 'CANCELED',
}
registerEnumType(TaskState, { name: 'TaskState', valuesMap: { SUSPENDED: { description: 'Waits for a signer added before it (前加签); not workable until the signer completes' } } });

export enum SignPosition {
  BEFORE = 'BEFORE',
  AFTER = 'AFTER',
}
registerEnumType(SignPosition, { name: 'SignPosition', description: 'Add a signer before (前加签) or after (后加签) the current task' });

@ObjectType('Task', { description: 'A user task: work for a person, created when a token reaches a BPMN user task' })
export class TaskModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field()
  elementId: string;

  @Field(() => ID)
  processInstanceId: string;

  @Field()
  bpmnProcessId: string;

  @Field(() => String, { nullable: true, description: 'A user id once claimed (or the id or email the model names)' })
  assignee: string | null;

  @Field(() => String, { nullable: true, description: 'Who delegated the task (委托); it returns to them when the delegate resolves it' })
  owner: string | null;

  @Field(() => String, { nullable: true, description: 'PENDING while delegated, RESOLVED once handed back; null if never delegated' })
  delegationState: string | null;

  @Field(() => ID, { nullable: true, description: 'A signer\'s task (加签): the task it was added to' })
  signerOf: string | null;

  @Field(() => SignPosition, { nullable: true, description: 'A signer\'s task: added before or after the task it belongs to' })
  signPosition: SignPosition | null;

  @Field(() => String, { nullable: true, description: 'A signer added after this task (后加签): their task is created when this one is completed' })
  afterSigner: string | null;

  @Field(() => [String], { description: 'Group keys' })
  candidateGroups: string[];

  @Field(() => [String])
  candidateUsers: string[];

  @Field(() => String, { nullable: true })
  formKey: string | null;

  @Field(() => String, { nullable: true })
  formId: string | null;

  @Field(() => Date, { nullable: true })
  dueDate: Date | null;

  @Field(() => Date, { nullable: true })
  followUpDate: Date | null;

  @Field(() => Int)
  priority: number;

  @Field(() => TaskState)
  state: TaskState;

  /** Read only when a query asks for it (TaskVariablesResolver); set here when already known (subscriptions). */
  variables?: Record<string, unknown>;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;
}

@ObjectType('TaskConnection')
export class TaskConnection {
  @Field(() => [TaskModel])
  nodes: TaskModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@InputType()
export class TaskFilter {
  @Field(() => String, { nullable: true, description: 'A user id or email' })
  assignee?: string | null;

  @Field(() => String, { nullable: true, description: 'A group key' })
  candidateGroup?: string | null;

  @Field(() => TaskState, { nullable: true })
  state?: TaskState | null;

  @Field(() => ID, { nullable: true })
  processInstanceId?: string | null;

  @Field(() => SlaState, { nullable: true, description: 'Tasks whose SLA (baton:sla) is in this state now; tasks without one never match' })
  slaState?: SlaState | null;
}
