import { Module } from '@nestjs/common';
import { ProcessModule } from '../process/process.module.js';
import { BatchItemRunner } from './batch-item-runner.js';
import { BatchResolver } from './batch.resolver.js';
import { BatchRepository } from './batch.repository.js';
import { BatchService } from './batch.service.js';
import { BatchSubscriptionResolver } from './batch-subscription.resolver.js';
import { BatchWorker } from './batch-worker.js';

/** Batch cancel and batch migration of process instances, and the worker that runs them in every replica. */
@Module({
  imports: [ProcessModule],
  providers: [BatchResolver, BatchSubscriptionResolver, BatchService, BatchRepository, BatchItemRunner, BatchWorker],
  exports: [BatchWorker],
})
export class BatchModule {}
