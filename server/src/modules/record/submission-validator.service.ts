import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { type FormSchema, hasBoundedRules, type SubmissionResult, validateSubmission } from '@baton/sdk';
import { RecordException } from './record.exception.js';

/** How long one submission's rules may take; feelin cannot be interrupted, so the worker running it is ended. */
export const VALIDATION_TIMEOUT_MS = 2_000;

// The worker loads the sdk's CommonJS build by absolute path, so it works wherever the server runs from.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { validateSubmission } = require(workerData.sdk);
parentPort.postMessage({ ready: true });
parentPort.on('message', ({ schema, rows, json }) => {
  try {
    if (json) parentPort.postMessage({ json: JSON.stringify(JSON.parse(rows).map((data) => validateSubmission(schema, data))) });
    else parentPort.postMessage({ results: rows.map((data) => validateSubmission(schema, data)) });
  } catch (error) { parentPort.postMessage({ error: String((error && error.message) || error) }); }
});`;

/** Extra time a batch gets per row on top of VALIDATION_TIMEOUT_MS (imports validate rows in batches). */
export const VALIDATION_MS_PER_ROW = 20;

interface Task {
  schema: FormSchema;
  rows: unknown[];
  json: boolean;
  resolve: (results: SubmissionResult[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs the sdk's validateSubmission in worker threads. Forms carry builder-written FEEL that runs on every
 * submit; the sdk measures FEEL time but cannot stop a runaway loop (`for i in 1..100000000 …`), which on the
 * main thread would stall every workspace's requests. Here a task past its time ends its worker instead.
 */
@Injectable()
export class SubmissionValidator implements OnModuleDestroy {
  private readonly idle: Worker[] = [];
  /** Workers that have loaded the sdk: a task's time budget starts only then, not while a worker boots. */
  private readonly ready = new WeakSet<Worker>();
  private readonly queue: Task[] = [];
  private started = 0;
  private readonly size = Math.min(Math.max(availableParallelism() - 1, 1), 4);
  private readonly sdk = createRequire(import.meta.url).resolve('@baton/sdk');

  /**
   * One submission. A form whose rules run in bounded time (no FEEL loop, range, recursion or regular expression, no
   * template, no pattern: `hasBoundedRules`) validates inline, sparing the hand-off to a worker (about 4 ms on a
   * small VM, and a queue behind one worker under bursts); any other form goes to a worker that can be ended.
   */
  async validate(schema: FormSchema, data: unknown): Promise<SubmissionResult> {
    if (hasBoundedRules(schema)) return validateSubmission(schema, data);
    const [result] = await this.validateMany(schema, [data]);
    return result;
  }

  /**
   * Validates many submissions of one form in one message to a worker (an import's chunk): the batch may take
   * VALIDATION_TIMEOUT_MS plus VALIDATION_MS_PER_ROW per row before its worker is ended. With `json` (rows that are
   * plain JSON, as an import builds them) rows and results cross to the worker as JSON text, cheaper than structured
   * cloning 500 objects each way; keys holding `undefined` are left out, as storing them would.
   */
  validateMany(schema: FormSchema, rows: unknown[], { json = false }: { json?: boolean } = {}): Promise<SubmissionResult[]> {
    if (rows.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.queue.push({ schema, rows, json, resolve, reject });
      this.drain();
    });
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((worker) => worker.terminate()));
  }

  private drain(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.started < this.size ? this.spawn() : null);
      if (!worker) return;
      this.run(worker, this.queue.shift()!);
    }
  }

  private spawn(): Worker {
    this.started += 1;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { sdk: this.sdk }, resourceLimits: { maxOldGenerationSizeMb: 256 } });
    worker.unref();
    return worker;
  }

  private run(worker: Worker, task: Task): void {
    if (!this.ready.has(worker)) {
      // a boot that fails (the sdk cannot load) ends the task instead of hanging it
      worker.once('error', (error) => {
        this.started -= 1;
        task.reject(error);
        this.drain();
      });
      worker.once('message', () => {
        worker.removeAllListeners('error');
        this.ready.add(worker);
        this.run(worker, task);
      });
      return;
    }
    const finish = (outcome: () => void, keep: boolean) => {
      clearTimeout(timer);
      worker.removeAllListeners('message').removeAllListeners('error');
      if (keep) this.idle.push(worker);
      else {
        // A discarded worker may still fail (out of memory while it is being ended); that is no longer news.
        worker.on('error', () => undefined);
        this.started -= 1;
        void worker.terminate();
      }
      outcome();
      this.drain();
    };
    const tooCostly = () => task.reject(new RecordException('RULES_TOO_COSTLY', { params: { seconds: VALIDATION_TIMEOUT_MS / 1000 } }));
    const budget = VALIDATION_TIMEOUT_MS + (task.rows.length > 1 ? task.rows.length * VALIDATION_MS_PER_ROW : 0);
    const timer = setTimeout(() => finish(tooCostly, false), budget);
    worker.once('message', (message: { results?: SubmissionResult[]; json?: string; error?: string }) =>
      finish(() => {
        if (message.json !== undefined) task.resolve(JSON.parse(message.json) as SubmissionResult[]);
        else if (message.results) task.resolve(message.results);
        else task.reject(new Error(`Form validation failed: ${message.error}`));
      }, true));
    // A worker dies on its own only by exceeding its heap limit: the form's expressions built too large a value.
    worker.once('error', () => finish(tooCostly, false));
    worker.postMessage({ schema: task.schema, rows: task.json ? JSON.stringify(task.rows) : task.rows, json: task.json });
  }
}
