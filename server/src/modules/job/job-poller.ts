import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { CoalescingRunner } from '../../common/util/coalescing-runner.js';
import { DATA_SOURCE, Db } from '../../database/db.service.js';
import { JobCommands } from './job-commands.js';
import { JobBpmnError, JobHandlerRegistry } from './job-handler.registry.js';
import { ClaimedJob, claimJobsNow, JobRow } from './job-row.js';

/** Commands from the poller act for no user; the tenant setting still scopes them to the job's workspace. */
const SYSTEM_USER = '00000000-0000-0000-0000-000000000000';

export interface PollerSettings {
  intervalMs: number;
  batchSize: number;
  /** how long a claimed job stays locked to this replica before another may take it over */
  lockMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
}

/**
 * Runs the built-in job handlers. Every replica polls (and wakes on NOTIFY baton_jobs, sent at commit by the
 * command that created the job); SKIP LOCKED claiming means no job is taken twice while its lock holds, and a
 * replica that dies leaves its jobs to be re-claimed when their lock expires. Nothing lives only in memory.
 */
@Injectable()
export class JobPoller implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('JobPoller');
  readonly worker = `poller:${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  readonly settings: PollerSettings = { intervalMs: 500, batchSize: 20, lockMs: 60_000, backoffBaseMs: 1_000, backoffMaxMs: 300_000 };
  private timer: NodeJS.Timeout | null = null;
  private listener: pg.Client | null = null;
  private stopped = false;
  private readonly runner = new CoalescingRunner(() => this.drain(), () => this.stopped);
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly db: Db,
    private readonly registry: JobHandlerRegistry,
    private readonly commands: JobCommands,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Schema generation builds the app without a database: nothing to poll then.
    if (!this.dataSource.isInitialized) return;
    this.timer = setInterval(() => void this.wake(), this.settings.intervalMs);
    this.timer.unref();
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.listener?.end().catch(() => undefined);
    await this.runner.current;
  }

  /** Resolves at the next NOTIFY baton_jobs, or after `ms`: what long-polling activateJobs waits on. */
  nextWakeUp(ms: number): Promise<void> {
    return new Promise((done) => {
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(finish);
        done();
      };
      const timer = setTimeout(finish, Math.max(0, ms));
      this.waiters.add(finish);
    });
  }

  /** Polls now (or right after the poll in progress); resolves when the queue had nothing more for us. */
  wake(): Promise<void> {
    return this.runner.wake();
  }

  private async drain(): Promise<void> {
    while (!this.stopped && (await this.pollOnce()) === this.settings.batchSize);
  }

  private async pollOnce(): Promise<number> {
    const types = this.registry.types();
    if (types.length === 0) return 0;
    try {
      const claimed = await claimJobsNow(this.dataSource, types, this.settings.batchSize, this.settings.lockMs, this.worker);
      await Promise.all(claimed.map((job) => this.run(job)));
      return claimed.length;
    } catch (error) {
      this.logger.error(`Polling failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }

  private async run(row: ClaimedJob): Promise<void> {
    const handler = this.registry.get(row.type);
    if (!handler) {
      await this.giveBack(row);
      return;
    }
    const scope = { workspaceId: row.workspace_id, userId: SYSTEM_USER };
    const actor = { workspaceId: row.workspace_id, userId: null };
    try {
      let result: Record<string, unknown> | void;
      try {
        result = await this.withinLock(handler({
          id: row.id, type: row.type, workspaceId: row.workspace_id, processInstanceId: row.process_instance_id, elementId: row.element_id,
          retries: row.retries, attempt: row.attempts + 1, customHeaders: row.custom_headers, variables: row.variables,
        }));
      } catch (error) {
        if (error instanceof JobBpmnError) {
          await this.db.tenant(scope, (em) => this.commands.throwError(em, actor, row.id, error.errorCode, error.message));
          return;
        }
        const message = error instanceof Error ? error.message : String(error);
        const backoff = Math.min(this.settings.backoffMaxMs, this.settings.backoffBaseMs * 2 ** row.attempts);
        await this.db.tenant(scope, (em) => this.commands.fail(em, row.id, row.retries - 1, message, backoff));
        return;
      }
      await this.db.tenant(scope, (em) => this.commands.complete(em, actor, row.id, result ?? {}));
    } catch (error) {
      // e.g. the instance was cancelled meanwhile (CONFLICT): the job's outcome no longer matters.
      this.logger.warn(`Job ${row.id} (${row.type}): ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /**
   * The handler went away between the claim and the run (a plugin switched off or uninstalled on this replica): that
   * is no failure of the job, so it goes back to the queue as it was (no attempt, no retry used) and the pollers wake,
   * for a replica that still has the handler (this one no longer claims the type).
   */
  private async giveBack(row: JobRow): Promise<void> {
    try {
      await this.db.system(async (em) => {
        await em.query(
          `UPDATE jobs SET state = 'ACTIVATABLE', locked_until = NULL, worker = NULL, updated_at = now() WHERE id = $1 AND state = 'ACTIVATED' AND worker = $2`,
          [row.id, this.worker],
        );
        await em.query(`SELECT baton_notify('baton_jobs', '')`);
      });
    } catch (error) {
      // its lock runs out and another replica takes it over
      this.logger.warn(`Job ${row.id} (${row.type}) could not be given back: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /**
   * A handler that outlives its job's lock is treated as failed: another replica may already have re-claimed the job,
   * and a hung handler must not stall this poller. (JavaScript cannot stop it; its late result is ignored.)
   */
  private withinLock<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const limit = Math.max(1_000, this.settings.lockMs - 1_000);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The handler did not finish within ${limit} ms.`)), limit);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }

  private async listen(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url) return;
    try {
      this.listener = new pg.Client({ connectionString: url });
      this.listener.on('notification', () => {
        for (const waiter of [...this.waiters]) waiter();
        void this.wake();
      });
      this.listener.on('error', (error) => this.logger.warn(`LISTEN connection lost: ${error.message}; polling continues.`));
      await this.listener.connect();
      await this.listener.query('LISTEN baton_jobs');
    } catch (error) {
      this.logger.warn(`LISTEN failed (${error instanceof Error ? error.message : String(error)}); polling every ${this.settings.intervalMs} ms.`);
      this.listener = null;
    }
  }
}
