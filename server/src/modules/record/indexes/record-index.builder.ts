import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { CoalescingRunner } from '../../../common/util/coalescing-runner.js';
import { DATA_SOURCE } from '../../../database/db.service.js';
import { recordIndexDdl } from './record-index-ddl.js';

export const RECORD_INDEX_CHANNEL = 'baton_record_indexes';

interface PendingRow {
  id: string;
  workspace_id: string;
  form_key: string;
  field_key: string;
  path: string[];
  state: 'BUILDING' | 'DROPPING';
}

/**
 * Builds and drops the indexes builders ask for, outside any transaction (CREATE INDEX CONCURRENTLY keeps the
 * records table writable meanwhile). Every replica listens; a session advisory lock per index makes one of them do
 * the work, and a replica that dies mid-build releases it, so the next pass (on NOTIFY, at start-up, every minute)
 * drops the invalid leftover and builds again.
 */
@Injectable()
export class RecordIndexBuilder implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('RecordIndexBuilder');
  private listener: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly runner = new CoalescingRunner(() => this.drain(), () => this.stopped);

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  private get url(): string | undefined {
    return (this.dataSource.options as { url?: string }).url;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.dataSource.isInitialized || !this.url) return;
    this.timer = setInterval(() => void this.wake(), 60_000);
    this.timer.unref();
    try {
      this.listener = new pg.Client({ connectionString: this.url });
      this.listener.on('notification', () => void this.wake());
      this.listener.on('error', (error) => this.logger.warn(`LISTEN connection lost: ${error.message}; checking every minute.`));
      await this.listener.connect();
      await this.listener.query(`LISTEN ${RECORD_INDEX_CHANNEL}`);
    } catch (error) {
      this.logger.warn(`LISTEN failed: ${error instanceof Error ? error.message : String(error)}`);
      this.listener = null;
    }
    void this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.listener?.end().catch(() => undefined);
    await this.runner.current;
  }

  /** Works through pending rows now (or right after the pass in progress); resolves when none is left for us. */
  wake(): Promise<void> {
    return this.runner.wake();
  }

  private async drain(): Promise<void> {
    const rows: PendingRow[] = await this.dataSource.query(
      `SELECT id, workspace_id, form_key, field_key, path, state FROM record_indexes WHERE state IN ('BUILDING', 'DROPPING') ORDER BY created_at`,
    );
    for (const row of rows) {
      if (this.stopped) return;
      await this.work(row);
    }
  }

  private async work(row: PendingRow): Promise<void> {
    const field = { parts: row.path.map((name) => ({ name, list: false })) };
    const ddl = recordIndexDdl(row.workspace_id, row.form_key, field);
    const client = new pg.Client({ connectionString: this.url });
    try {
      await client.connect();
      const [{ locked }] = (await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [ddl.indexName])).rows;
      if (!locked) return;
      // Re-read under the lock: another replica may have finished this row meanwhile.
      const [current] = (await client.query<{ state: string }>(`SELECT state FROM record_indexes WHERE id = $1`, [row.id])).rows;
      if (!current || current.state !== row.state) return;
      // An interrupted CONCURRENTLY build leaves an INVALID index behind: drop it first either way.
      await client.query(ddl.drop);
      if (row.state === 'DROPPING') {
        await client.query(`DELETE FROM record_indexes WHERE id = $1`, [row.id]);
        const [{ users }] = (await client.query<{ users: number }>(`SELECT count(*)::int AS users FROM record_indexes WHERE path = $1::jsonb`, [JSON.stringify(row.path)])).rows;
        if (users === 0) await client.query(ddl.dropStatistics);
        return;
      }
      for (const step of [ddl.create, ddl.statistics]) {
        const [{ ddl: text }] = (await client.query<{ ddl: string }>(step.sql, step.params)).rows;
        await client.query(text);
      }
      await client.query(`ANALYZE records`);
      await client.query(`UPDATE record_indexes SET state = 'READY', error = NULL, updated_at = now() WHERE id = $1 AND state = 'BUILDING'`, [row.id]);
      this.logger.log(`Indexed ${row.form_key}.${row.field_key} (${ddl.indexName})`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Index ${ddl.indexName} for ${row.form_key}.${row.field_key} failed: ${message}`);
      await client.query(`UPDATE record_indexes SET state = 'FAILED', error = $2, updated_at = now() WHERE id = $1 AND state = 'BUILDING'`, [row.id, message]).catch(() => undefined);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
