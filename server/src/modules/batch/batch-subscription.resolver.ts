import { UseGuards } from '@nestjs/common';
import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth, Lang, OwnTransactions } from '../../common/auth/decorators.js';
import { Locale } from '../../common/errors/baton.exception.js';
import { toGraphQLError } from '../../common/errors/graphql-exception.filter.js';
import { Db } from '../../database/db.service.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { BatchService } from './batch.service.js';
import { BatchOperationModel } from './dtos/batch-operation.model.js';

@Resolver()
@UseGuards(AuthGuard)
export class BatchSubscriptionResolver {
  constructor(
    private readonly db: Db,
    private readonly realtime: RealtimeService,
    private readonly batches: BatchService,
  ) {}

  @Subscription(() => BatchOperationModel, {
    description: 'The batch now, then after each processed instance; ends with the batch',
  })
  @OwnTransactions()
  batchOperationProgress(
    @CurrentAuth() auth: AuthContext,
    @Lang() lang: Locale,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.stream(auth, lang, id);
  }

  private async *stream(
    auth: AuthContext,
    lang: Locale,
    id: string,
  ): AsyncGenerator<{ batchOperationProgress: BatchOperationModel }> {
    // Subscribe before reading, so no progress between the read and the first event is missed.
    const events = this.realtime.events(
      (event) => event.type === 'batch' && event.id === id && event.workspaceId === auth.workspaceId,
    );
    try {
      let batch = await this.db.tenant(auth, () => this.batches.get(auth, id, lang));
      yield { batchOperationProgress: batch };
      while (batch.state === 'RUNNING') {
        const next = await events.next();
        if (next.done) break;
        batch = await this.db.tenant(auth, () => this.batches.get(auth, id, lang));
        yield { batchOperationProgress: batch };
      }
    } catch (error) {
      throw toGraphQLError(error, lang);
    } finally {
      await events.return?.();
    }
  }
}
