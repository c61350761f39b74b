import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CoalescingRunner } from '../../common/util/coalescing-runner.js';
import { DATA_SOURCE, Db } from '../../database/db.service.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { BatchItemRunner } from './batch-item-runner.js';
import { claimItems } from './batch.repository.js';

export interface BatchWorkerSettings {
  intervalMs: number;
  /** items claimed at once; each still runs in its own transaction */
  chunkSize: number;
  /** how long claimed items stay with this replica before another may take them over */
  leaseMs: number;
  /** claims of one item before it fails for good (an item that keeps crashing its transaction) */
  maxAttempts: number;
}

/**
 * Works through the items of running batch operations in every replica: every second, when a batch starts (its
 * NOTIFY on baton_events) and on wake(). Items are claimed a chunk at a time with SKIP LOCKED and a lease, and each
 * runs in its own transaction (BatchItemRunner), so a replica that stops, or dies, mid-batch leaves the rest PENDING
 * for any replica to resume, and nothing is done twice. Like the timer poller, tests can hold() it.
 */
@Injectable()
export class BatchWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('BatchWorker');
  readonly settings: BatchWorkerSettings = { intervalMs: 1_000, chunkSize: 10, leaseMs: 60_000, maxAttempts: 3 };
  private interval: NodeJS.Timeout | null = null;
  private started: AsyncIterableIterator<unknown> | null = null;
  private stopped = false;
  private held = false;
  private readonly runner = new CoalescingRunner(
    () => this.drain(),
    () => this.stopped,
  );
  /** items this replica ran to DONE or FAILED, for tests and logs */
  processed = 0;

  constructor(
    private readonly db: Db,
    private readonly items: BatchItemRunner,
    private readonly realtime: RealtimeService,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.dataSource.isInitialized) return;
    this.interval = setInterval(() => void this.wake(), this.settings.intervalMs);
    this.interval.unref();
    this.started = this.realtime.events((event) => event.type === 'batch' && event.op === 'insert');
    void (async () => {
      for await (const _ of this.started ?? []) void this.wake();
    })();
    void this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.interval) clearInterval(this.interval);
    await this.started?.return?.();
    await this.runner.current;
  }

  /** Works now (or right after the pass in progress); resolves when no claimable item is left for this replica. */
  wake(): Promise<void> {
    return this.runner.wake();
  }

  /** Tests: no item runs until the returned function is called (e.g. to look at a batch before it progresses). */
  hold(): () => void {
    this.held = true;
    return () => {
      this.held = false;
    };
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && !this.held) {
        const claimed = await this.db.system((em) => claimItems(em, this.settings.chunkSize, this.settings.leaseMs));
        if (claimed.length === 0) return;
        for (const item of claimed) {
          // stopping between items: the rest of the chunk is left to the lease, then to any replica
          if (this.stopped || this.held) return;
          try {
            const outcome = await this.items.run(item, this.settings.maxAttempts);
            if (outcome !== 'skipped') this.processed++;
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            this.logger.warn(`Batch ${item.batch_id}, instance ${item.process_instance_id}: ${message}`);
            await this.db
              .system((em) =>
                em.query(
                  `UPDATE batch_operation_items SET error = $2, locked_until = now() + interval '2 seconds' WHERE id = $1 AND state = 'PENDING'`,
                  [
                    item.id,
                    JSON.stringify({
                      code: 'INTERNAL',
                      reason: 'UNEXPECTED',
                      message: { en: message, 'zh-CN': message },
                      keys: [],
                    }),
                  ],
                ),
              )
              .catch(() => undefined);
          }
        }
      }
    } catch (error) {
      this.logger.error(`Batch pass failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
