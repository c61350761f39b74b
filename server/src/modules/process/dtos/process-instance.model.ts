import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { PageInfo } from '../../../common/graphql/page-info.model.js';

export enum ProcessInstanceState {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  TERMINATED = 'TERMINATED',
}
registerEnumType(ProcessInstanceState, { name: 'ProcessInstanceState' });

@ObjectType('Incident')
export class IncidentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  processInstanceId: string;

  @Field({ description: 'JOB_NO_RETRIES, UNHANDLED_ERROR_EVENT, CONDITION_ERROR or EXPRESSION_ERROR' })
  type: string;

  @Field()
  message: string;

  @Field()
  elementId: string;

  @Field(() => ID)
  elementInstanceId: string;

  @Field(() => ID, { nullable: true })
  jobId: string | null;

  @Field({ description: 'ACTIVE or RESOLVED' })
  state: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;
}

@ObjectType('HistoryEntry', { description: 'One step of an instance: an element instance started or ended, or a sequence flow taken' })
export class HistoryEntryModel {
  @Field(() => ID, { nullable: true })
  elementInstanceId: string | null;

  @Field()
  elementId: string;

  @Field()
  elementKind: string;

  @Field({ description: 'STARTED, COMPLETED, TERMINATED, or TAKEN for a sequence flow' })
  event: string;

  @Field(() => ID, { nullable: true, description: 'Who ran the command; null for the job poller' })
  actorId: string | null;

  @Field(() => Int, { nullable: true, description: 'For COMPLETED and TERMINATED: milliseconds since STARTED' })
  durationMs: number | null;

  @Field()
  at: Date;
}

@ObjectType('ElementInstance', { description: 'A token or scope of an instance that is still open' })
export class ElementInstanceModel {
  @Field(() => ID)
  id: string;

  @Field()
  elementId: string;

  @Field({ description: 'The BPMN kind (userTask, subProcess, …), or multiInstanceBody for the body of a multi-instance activity' })
  elementKind: string;

  @Field(() => ID, { nullable: true, description: 'The enclosing element instance (the instance id for the process scope)' })
  scopeId: string | null;

  @Field({ description: 'ACTIVE, or WAITING at a join' })
  state: string;
}

@ObjectType('CalledInstance', { description: 'An instance a call activity of this one started' })
export class CalledInstanceModel {
  @Field(() => ID)
  id: string;

  @Field()
  bpmnProcessId: string;

  @Field(() => Int)
  version: number;

  @Field(() => ProcessInstanceState)
  state: ProcessInstanceState;

  @Field({ description: 'The call activity that started it' })
  callActivityId: string;

  @Field(() => ID)
  callElementInstanceId: string;

  @Field(() => Int, { description: 'Active incidents in it and in the instances it called in turn' })
  activeIncidentCount: number;
}

@ObjectType('ProcessInstance')
export class ProcessInstanceModel {
  @Field(() => ID)
  id: string;

  @Field()
  bpmnProcessId: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID)
  processDefinitionId: string;

  @Field(() => ProcessInstanceState)
  state: ProcessInstanceState;

  @Field(() => GraphQLJSON, { description: 'The process-scope variables' })
  variables: Record<string, unknown>;

  @Field(() => [String], { description: 'Ids of the elements that hold a token now (tasks, jobs, joins, sub-processes)' })
  activeElementIds: string[];

  @Field(() => [IncidentModel])
  incidents: IncidentModel[];

  @Field(() => [HistoryEntryModel])
  history: HistoryEntryModel[];

  @Field(() => [ElementInstanceModel], { description: 'The open tokens and scopes (ids for modifyProcessInstance and setVariables)' })
  activeElementInstances: ElementInstanceModel[];

  @Field(() => ID, { nullable: true, description: 'For an instance a call activity started: the calling instance' })
  parentInstanceId: string | null;

  @Field(() => ID, { nullable: true, description: "The calling instance's call activity element instance" })
  parentElementInstanceId: string | null;

  @Field(() => ID, { description: 'The root of the tree of calls (the instance itself when nothing called it)' })
  rootInstanceId: string;

  @Field(() => [CalledInstanceModel], { description: 'The instances its call activities started, oldest first' })
  calledInstances: CalledInstanceModel[];

  @Field(() => ID, { nullable: true })
  startedBy: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  endedAt: Date | null;
}

@ObjectType('ProcessInstanceConnection')
export class ProcessInstanceConnection {
  @Field(() => [ProcessInstanceModel])
  nodes: ProcessInstanceModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@InputType()
export class ProcessInstanceFilter {
  @Field(() => String, { nullable: true })
  bpmnProcessId?: string | null;

  @Field(() => ProcessInstanceState, { nullable: true })
  state?: ProcessInstanceState | null;

  @Field(() => ID, { nullable: true, description: 'Instances this member started (the inbox\'s "started by me")' })
  startedBy?: string | null;
}

@InputType()
export class StartProcessInstanceInput {
  @Field()
  bpmnProcessId: string;

  @Field(() => Int, { nullable: true, description: 'Defaults to the latest version' })
  version?: number | null;

  @Field(() => GraphQLJSON, { nullable: true })
  variables?: unknown;
}
