import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { CoalescingRunner } from '../../common/util/coalescing-runner.js';
import { DATA_SOURCE, Db } from '../../database/db.service.js';
import { broadcastQueuedSignal, correlateFromBuffer, type FireOutcome, fireTimer } from '../../engine/runtime/index.js';
import { EngineClock } from './engine-clock.js';
import { claimDueTimers, deleteExpiredMessages, findQueuedSignals, findUncorrelated } from './timer-claims.js';

/** Commands from the poller act for no user; the tenant setting still scopes them to the timer's workspace. */
const SYSTEM_USER = '00000000-0000-0000-0000-000000000000';

/** Fires one claimed timer of a kind other than EVENT, as a command in the given tenant transaction. */
export type TimerKindHandler = (em: EntityManager, timerId: string, clock: EngineClock) => Promise<FireOutcome>;

export interface TimerPollerSettings {
  intervalMs: number;
  batchSize: number;
  /** how long a claimed timer stays with this replica before another may take it over */
  leaseMs: number;
  /** how often expired messages are deleted */
  cleanupEveryMs: number;
}

/**
 * Fires due timers in every replica: every 500 ms, on NOTIFY baton_timers (a command made a timer due at once or
 * threw a signal) and on wake() (tests, after moving the clock). Each timer fires in its own tenant transaction as an
 * engine command; the same pass broadcasts signals thrown by processes, retries subscriptions that missed a buffered
 * message, and deletes expired messages now and then.
 */
@Injectable()
export class TimerPoller implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('TimerPoller');
  readonly settings: TimerPollerSettings = { intervalMs: 500, batchSize: 20, leaseMs: 30_000, cleanupEveryMs: 60_000 };
  private interval: NodeJS.Timeout | null = null;
  private listener: pg.Client | null = null;
  private stopped = false;
  private lastCleanup = 0;
  private readonly runner = new CoalescingRunner(() => this.drain(), () => this.stopped);
  /** timers this replica fired, for tests and logs */
  fired = 0;
  private held = false;
  /** kinds of timers other than BPMN timer events (SLA: modules/sla) and who fires them */
  private readonly kindHandlers = new Map<string, TimerKindHandler>();

  constructor(
    private readonly db: Db,
    private readonly clock: EngineClock,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.dataSource.isInitialized) return;
    this.interval = setInterval(() => void this.wake(), this.settings.intervalMs);
    this.interval.unref();
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.interval) clearInterval(this.interval);
    await this.listener?.end().catch(() => undefined);
    await this.runner.current;
  }

  /** Polls now (or right after the pass in progress); resolves when nothing due is left for this replica. */
  wake(): Promise<void> {
    return this.runner.wake();
  }

  /** A module fires the timers of its own kind (e.g. SLA thresholds); claiming and leases stay the poller's. */
  handleKind(kind: string, handler: TimerKindHandler): void {
    this.kindHandlers.set(kind, handler);
  }

  /**
   * Tests: nothing fires until the returned function is called, like Camunda's tests with the job executor off
   * (e.g. to deliver a message before a timer that is already due).
   */
  hold(): () => void {
    this.held = true;
    return () => {
      this.held = false;
    };
  }

  private async drain(): Promise<void> {
    if (this.held) return;
    try {
      for (;;) {
        const fired = this.stopped ? 0 : await this.fireDue();
        const signalled = this.stopped ? 0 : await this.broadcastQueuedSignals();
        if (fired < this.settings.batchSize && signalled === 0) break;
      }
      if (!this.stopped) await this.catchUpMessages();
      if (!this.stopped && Date.now() - this.lastCleanup > this.settings.cleanupEveryMs) {
        this.lastCleanup = Date.now();
        await this.db.system((em) => deleteExpiredMessages(em, this.clock.now()));
      }
    } catch (error) {
      this.logger.error(`Timer poll failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async fireDue(): Promise<number> {
    const claimed = await this.db.system((em) => claimDueTimers(em, this.clock.now(), this.settings.batchSize, this.settings.leaseMs));
    await Promise.all(
      claimed.map(async (timer) => {
        try {
          const handler = timer.kind && timer.kind !== 'EVENT' ? this.kindHandlers.get(timer.kind) : undefined;
          if (timer.kind && timer.kind !== 'EVENT' && !handler) return; // not this replica's to fire; the lease lapses
          const outcome = await this.db.tenant({ workspaceId: timer.workspace_id, userId: SYSTEM_USER }, (em) =>
            handler ? handler(em, timer.id, this.clock) : fireTimer(em, { workspaceId: timer.workspace_id, userId: null }, timer.id, this.clock),
          );
          if (outcome === 'fired') this.fired++;
        } catch (error) {
          // the claim lapses and another pass tries again
          this.logger.warn(`Timer ${timer.id}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }),
    );
    return claimed.length;
  }

  /**
   * Signals thrown by processes, each broadcast in its own tenant transaction that also deletes it (exactly once);
   * a broadcast can queue further signals, so the drain goes on while any were found.
   */
  private async broadcastQueuedSignals(): Promise<number> {
    const queued = await this.db.system((em) => findQueuedSignals(em, this.settings.batchSize));
    let done = 0;
    for (const signal of queued) {
      try {
        const outcome = await this.db.tenant({ workspaceId: signal.workspace_id, userId: SYSTEM_USER }, (em) =>
          broadcastQueuedSignal(em, { workspaceId: signal.workspace_id, userId: null }, signal.id, this.clock),
        );
        if (outcome) done++;
        for (const failure of outcome?.failed ?? []) this.logger.warn(`Signal ${signal.id}, subscription ${failure.subscriptionId}: ${failure.reason}`);
      } catch (error) {
        this.logger.warn(`Signal ${signal.id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return done;
  }

  private async catchUpMessages(): Promise<void> {
    const missed = await this.db.system((em) => findUncorrelated(em, this.clock.now(), this.settings.batchSize));
    for (const subscription of missed) {
      try {
        await this.db.tenant({ workspaceId: subscription.workspace_id, userId: SYSTEM_USER }, (em) =>
          correlateFromBuffer(em, { workspaceId: subscription.workspace_id, userId: null }, subscription.id, this.clock),
        );
      } catch (error) {
        this.logger.warn(`Subscription ${subscription.id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  private async listen(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url) return;
    try {
      this.listener = new pg.Client({ connectionString: url });
      this.listener.on('notification', () => void this.wake());
      this.listener.on('error', (error) => this.logger.warn(`LISTEN connection lost: ${error.message}; polling continues.`));
      await this.listener.connect();
      await this.listener.query('LISTEN baton_timers');
    } catch (error) {
      this.logger.warn(`LISTEN failed (${error instanceof Error ? error.message : String(error)}); polling every ${this.settings.intervalMs} ms.`);
      this.listener = null;
    }
  }
}
