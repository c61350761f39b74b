import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { FormSchema, SubmissionResult } from '@baton/sdk';
import { RecordException } from './record.exception.js';

/** How long one submission's rules may take; feelin cannot be interrupted, so the worker running it is ended. */
export const VALIDATION_TIMEOUT_MS = 2_000;

// The worker loads the sdk's CommonJS build by absolute path, so it works wherever the server runs from.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { validateSubmission } = require(workerData.sdk);
parentPort.on('message', ({ schema, data }) => {
  try { parentPort.postMessage({ result: validateSubmission(schema, data) }); }
  catch (error) { parentPort.postMessage({ error: String((error && error.message) || error) }); }
});`;

interface Task {
  schema: FormSchema;
  data: unknown;
  resolve: (result: SubmissionResult) => void;
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
  private readonly queue: Task[] = [];
  private started = 0;
  private readonly size = Math.min(Math.max(availableParallelism() - 1, 1), 4);
  private readonly sdk = createRequire(import.meta.url).resolve('@baton/sdk');

  validate(schema: FormSchema, data: unknown): Promise<SubmissionResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ schema, data, resolve, reject });
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
    const timer = setTimeout(() => finish(tooCostly, false), VALIDATION_TIMEOUT_MS);
    worker.once('message', (message: { result?: SubmissionResult; error?: string }) =>
      finish(() => (message.result ? task.resolve(message.result) : task.reject(new Error(`Form validation failed: ${message.error}`))), true));
    // A worker dies on its own only by exceeding its heap limit: the form's expressions built too large a value.
    worker.once('error', () => finish(tooCostly, false));
    worker.postMessage({ schema: task.schema, data: task.data });
  }
}
