import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CoalescingRunner } from '../../common/util/coalescing-runner.js';
import { DATA_SOURCE, Db } from '../../database/db.service.js';
import { outboxSql } from './notification-outbox.repository.js';
import { NotificationSender, withoutLink } from './notification-sender.js';

export interface NotificationPollerSettings {
  intervalMs: number;
  /** mails this replica sends at the same time (each holds one database connection while it talks SMTP) */
  concurrency: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** after this many failed sends a mail is FAILED and left alone */
  maxAttempts: number;
  /** sent, skipped and failed rows are deleted after this many days */
  keepDays: number;
}

/**
 * Sends the notification outbox. Every replica polls; each mail is sent inside a transaction that holds its row
 * (FOR UPDATE SKIP LOCKED), so no two replicas send the same mail, and it is marked SENT in that transaction. A failed
 * send is retried with exponential back-off. Only a crash between the SMTP server's acceptance and the commit can send
 * a mail twice; it then carries the same Message-ID.
 */
@Injectable()
export class NotificationPoller implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Notifications');
  readonly settings: NotificationPollerSettings = { intervalMs: 1_000, concurrency: 2, backoffBaseMs: 5_000, backoffMaxMs: 3_600_000, maxAttempts: 8, keepDays: 30 };
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private lastCleanup = 0;
  private readonly runner = new CoalescingRunner(() => this.drain(), () => this.stopped);

  constructor(
    private readonly db: Db,
    private readonly sender: NotificationSender,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    // Schema generation builds the app without a database: nothing to send then.
    if (!this.dataSource.isInitialized) return;
    this.timer = setInterval(() => void this.wake(), this.settings.intervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.runner.current;
  }

  /** Sends what is due now (or right after the pass in progress); resolves when nothing due is left. */
  wake(): Promise<void> {
    return this.runner.wake();
  }

  private async drain(): Promise<void> {
    await this.cleanUp();
    const worker = async () => {
      while (!this.stopped && (await this.sendOne()));
    };
    await Promise.all(Array.from({ length: Math.max(1, this.settings.concurrency) }, worker));
  }

  /** At most hourly: finished rows older than keepDays go (any replica may do it; deleting twice is harmless). */
  private async cleanUp(): Promise<void> {
    if (Date.now() - this.lastCleanup < 3_600_000) return;
    this.lastCleanup = Date.now();
    try {
      await this.db.system((em) => outboxSql.deleteFinished(em, this.settings.keepDays));
    } catch (error) {
      this.logger.warn(`Cleaning the notification outbox failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Claims, sends and settles one mail in one transaction; false when nothing was due. */
  private async sendOne(): Promise<boolean> {
    try {
      return await this.db.system(async (em) => {
        const row = await outboxSql.claim(em);
        if (!row) return false;
        try {
          const delivery = await this.sender.deliver(em, row);
          if (delivery.state === 'SENT') await outboxSql.finish(em, row.id, 'SENT', { messageId: delivery.messageId, payload: delivery.payload });
          else await outboxSql.finish(em, row.id, 'SKIPPED', { error: delivery.reason, payload: delivery.payload });
        } catch (error) {
          const message = (error instanceof Error ? error.message : String(error)).slice(0, 2_000);
          const attempt = row.attempts + 1;
          this.logger.warn(`Notification ${row.id} (${row.kind}) attempt ${attempt} failed: ${message}`);
          if (attempt >= this.settings.maxAttempts) await outboxSql.finish(em, row.id, 'FAILED', { error: message, payload: withoutLink(row) });
          else await outboxSql.retryLater(em, row.id, message, Math.min(this.settings.backoffMaxMs, this.settings.backoffBaseMs * 2 ** row.attempts));
        }
        return true;
      });
    } catch (error) {
      this.logger.error(`Sending notifications failed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }
}
