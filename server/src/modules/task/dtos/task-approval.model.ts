import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { PageInfo } from '../../../common/graphql/page-info.model.js';
import { TaskModel } from './task.model.js';

@InputType({ description: 'Transfer (转交) or delegate (委托) a task to another member, saying why' })
export class HandOverTaskInput {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'A member of the workspace' })
  toUserId: string;

  @Field({ description: '1–500 characters, kept in the task history and the audit log' })
  reason: string;
}

@InputType({ description: 'The delegate hands the task back to its owner' })
export class ResolveTaskInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}

@InputType({ description: 'Carbon copy (抄送): read-only, does not hold the flow' })
export class CopyTaskInput {
  @Field(() => ID)
  id: string;

  @Field(() => [ID], { nullable: true })
  userIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Every member of these groups' })
  groupKeys?: string[] | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType('TaskEvent', { description: 'An approval or SLA action on a task: who, from whom, to whom, why' })
export class TaskEventModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'TRANSFERRED, DELEGATED, RESOLVED, COPIED, RETURNED, SIGNER_ADDED, SIGNED, SLA_REMIND, SLA_NOTIFY, SLA_REASSIGN, SLA_COMPLETE or SLA_ESCALATE' })
  action: string;

  @Field(() => ID, { nullable: true, description: 'null: the engine (an SLA threshold)' })
  actorId: string | null;

  @Field(() => String, { nullable: true })
  fromUser: string | null;

  @Field(() => String, { nullable: true, description: 'A user id, or group:<key>' })
  toUser: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  details: Record<string, unknown> | null;

  @Field()
  createdAt: Date;
}

@ObjectType('TaskCopy', { description: 'A carbon copy of a task in its recipient\'s CC inbox' })
export class TaskCopyModel {
  @Field(() => ID)
  id: string;

  @Field(() => TaskModel)
  task: TaskModel;

  @Field(() => ID)
  recipientId: string;

  @Field(() => ID)
  copiedById: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  read: boolean;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType('TaskCopyConnection')
export class TaskCopyConnection {
  @Field(() => [TaskCopyModel])
  nodes: TaskCopyModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
