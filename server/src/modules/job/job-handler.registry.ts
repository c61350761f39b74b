import { Injectable } from '@nestjs/common';

/** What a built-in handler gets: the job and the variables visible at its task when it was claimed. */
export interface JobContext {
  readonly id: string;
  readonly type: string;
  readonly workspaceId: string;
  readonly processInstanceId: string;
  readonly elementId: string;
  readonly retries: number;
  /** 1 for the first run of this job, 2 for the first retry, … */
  readonly attempt: number;
  readonly customHeaders: Readonly<Record<string, string>>;
  readonly variables: Readonly<Record<string, unknown>>;
}

/** Thrown by a handler to raise a BPMN error (throwError) instead of failing the job. */
export class JobBpmnError extends Error {
  constructor(
    readonly errorCode: string,
    message = '',
  ) {
    super(message);
  }
}

/**
 * Runs outside any transaction, at least once per job: it may run again after a crash, so side effects should use
 * the job id as their idempotency key. Returns the variables to complete the job with; throwing fails it.
 */
export type JobHandler = (job: JobContext) => Promise<Record<string, unknown> | void>;

/** Job types the server itself works on; plugins' connectors register here later. Other types wait for workers. */
@Injectable()
export class JobHandlerRegistry {
  private readonly handlers = new Map<string, JobHandler>([
    // A do-nothing job type, for models that need a wait-free service task (and for measuring the queue itself).
    ['baton:noop', async () => undefined],
  ]);

  register(type: string, handler: JobHandler): void {
    this.handlers.set(type, handler);
  }

  unregister(type: string): void {
    this.handlers.delete(type);
  }

  get(type: string): JobHandler | undefined {
    return this.handlers.get(type);
  }

  types(): string[] {
    return [...this.handlers.keys()];
  }
}
