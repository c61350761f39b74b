import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../../database/db.service.js';

export const EVENTS_CHANNEL = 'baton_events';

/** A committed change, as the `baton_notify_change` trigger sends it. */
export interface ChangeEvent {
  /** batch: a batch operation started or made progress (modules/batch) */
  type: 'task' | 'instance' | 'batch';
  op: 'insert' | 'update';
  id: string;
  workspaceId: string;
}

/** Pending events per subscriber beyond which the oldest are dropped (a stalled client must not grow memory). */
const MAX_QUEUED = 1_000;

/**
 * Fans committed changes out to this replica's GraphQL subscriptions. One LISTEN connection per replica; every
 * replica gets every NOTIFY, so a subscriber is told of changes made through any server process.
 */
@Injectable()
export class RealtimeService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Realtime');
  private readonly listeners = new Set<(event: ChangeEvent) => void>();
  private client: pg.Client | null = null;

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    if (!this.dataSource.isInitialized || !url) return;
    try {
      this.client = new pg.Client({ connectionString: url });
      this.client.on('notification', (message) => this.dispatch(message.payload));
      this.client.on('error', (error) => this.logger.warn(`LISTEN connection lost: ${error.message}; live updates stop until restart.`));
      await this.client.connect();
      await this.client.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch (error) {
      this.logger.warn(`LISTEN failed: ${error instanceof Error ? error.message : String(error)}; subscriptions get no events.`);
      this.client = null;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.client?.end().catch(() => undefined);
  }

  /** Change events that pass `accept`, until the consumer stops iterating. */
  events(accept: (event: ChangeEvent) => boolean): AsyncIterableIterator<ChangeEvent> {
    const queue: ChangeEvent[] = [];
    let wake: (() => void) | null = null;
    let done = false;
    const listener = (event: ChangeEvent) => {
      if (!accept(event)) return;
      if (queue.length >= MAX_QUEUED) queue.shift();
      queue.push(event);
      wake?.();
    };
    this.listeners.add(listener);
    const stop = () => {
      done = true;
      this.listeners.delete(listener);
      wake?.();
    };
    const iterator: AsyncIterableIterator<ChangeEvent> = {
      async next() {
        while (!done && queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        return done ? { value: undefined, done: true } : { value: queue.shift() as ChangeEvent, done: false };
      },
      async return() {
        stop();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  private dispatch(payload: string | undefined): void {
    let event: ChangeEvent;
    try {
      event = JSON.parse(payload ?? '') as ChangeEvent;
    } catch {
      return;
    }
    for (const listener of this.listeners) listener(event);
  }
}
