import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../common/graphql/page-info.model.js';

export enum BatchOperationKind {
  CANCEL = 'CANCEL',
  MIGRATE = 'MIGRATE',
}
registerEnumType(BatchOperationKind, { name: 'BatchOperationKind' });

export enum BatchOperationState {
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  FAILED = 'FAILED',
}
registerEnumType(BatchOperationState, {
  name: 'BatchOperationState',
  valuesMap: {
    COMPLETED: { description: 'Every instance was processed, at least one successfully (see failedCount)' },
    FAILED: { description: 'Every instance was processed and none successfully' },
    CANCELLED: { description: 'Stopped by cancelBatchOperation; instances not yet processed stay as they were' },
  },
});

@ObjectType('BatchOperationFailure', { description: 'An instance the batch could not cancel or migrate, and why' })
export class BatchOperationFailureModel {
  @Field(() => ID)
  processInstanceId: string;

  @Field({
    description: 'The error code the single-instance operation would have returned (CONFLICT, BAD_USER_INPUT, …)',
  })
  code: string;

  @Field({ description: 'INSTANCE_NOT_ACTIVE, MIGRATION_REFUSED, …' })
  reason: string;

  @Field({ description: 'In the language of the request' })
  message: string;

  @Field(() => [String], {
    description: 'The elements (or fields) the reason names, e.g. each unmapped element of a refused migration',
  })
  keys: string[];

  @Field(() => Date, { nullable: true })
  processedAt: Date | null;
}

@ObjectType('BatchOperation')
export class BatchOperationModel {
  @Field(() => ID)
  id: string;

  @Field(() => BatchOperationKind)
  kind: BatchOperationKind;

  @Field(() => BatchOperationState)
  state: BatchOperationState;

  @Field(() => Int)
  totalCount: number;

  @Field(() => Int)
  doneCount: number;

  @Field(() => Int)
  failedCount: number;

  @Field(() => Int, { description: 'totalCount − doneCount − failedCount' })
  pendingCount: number;

  @Field(() => ID, { nullable: true, description: 'MIGRATE: the definition instances move to' })
  targetDefinitionId: string | null;

  @Field(() => ID)
  createdBy: string;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  endedAt: Date | null;

  @Field(() => [BatchOperationFailureModel], { description: 'The first 100 failed instances, in batch order' })
  failures: BatchOperationFailureModel[];
}

@ObjectType('BatchOperationConnection')
export class BatchOperationConnection {
  @Field(() => [BatchOperationModel])
  nodes: BatchOperationModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
