import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth, Lang } from '../../common/auth/decorators.js';
import type { Locale } from '../../common/errors/baton.exception.js';
import { BatchService } from './batch.service.js';
import { BatchOperationConnection, BatchOperationModel } from './dtos/batch-operation.model.js';
import { StartBatchCancelInput, StartBatchMigrationInput } from './dtos/start-batch.input.js';

@Resolver()
@UseGuards(AuthGuard)
export class BatchResolver {
  constructor(private readonly batches: BatchService) {}

  @Mutation(() => BatchOperationModel, {
    description: 'Cancels many instances in the background; progress in batchOperation / batchOperationProgress',
  })
  startBatchCancel(
    @CurrentAuth() auth: AuthContext,
    @Lang() lang: Locale,
    @Args('input') input: StartBatchCancelInput,
  ) {
    return this.batches.startCancel(auth, input, lang);
  }

  @Mutation(() => BatchOperationModel, {
    description: 'Migrates many instances in the background; refused as a whole when the mapping does not fit',
  })
  startBatchMigration(
    @CurrentAuth() auth: AuthContext,
    @Lang() lang: Locale,
    @Args('input') input: StartBatchMigrationInput,
  ) {
    return this.batches.startMigration(auth, input, lang);
  }

  @Mutation(() => BatchOperationModel, { description: 'Stops a running batch; instances already processed stay so' })
  cancelBatchOperation(
    @CurrentAuth() auth: AuthContext,
    @Lang() lang: Locale,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.batches.cancel(auth, id, lang);
  }

  @Query(() => BatchOperationModel)
  batchOperation(@CurrentAuth() auth: AuthContext, @Lang() lang: Locale, @Args('id', { type: () => ID }) id: string) {
    return this.batches.get(auth, id, lang);
  }

  @Query(() => BatchOperationConnection, { description: 'Newest first' })
  batchOperations(
    @CurrentAuth() auth: AuthContext,
    @Lang() lang: Locale,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.batches.list(auth, { first, after }, lang);
  }
}
