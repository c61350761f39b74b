import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve, sep } from 'node:path';
import { CONNECTOR_RUNNER_SOURCE } from './connector-runner.source.js';

export interface SandboxLimits {
  timeoutMs: number;
  memoryMb: number;
}

export interface SandboxLog {
  level: string;
  line: string;
}

/** A connector run that did not produce a result: thrown, timed out, out of memory, exited, or refused its input. */
export class ConnectorRunError extends Error {
  constructor(message: string, readonly problems?: unknown) {
    super(message);
    this.name = 'ConnectorRunError';
  }
}

const requireHere = createRequire(import.meta.url);
const SDK_MAIN = requireHere.resolve('@baton/sdk');
const SDK_NET = requireHere.resolve('@baton/sdk/net');
// Everything the runner may read: the SDK's package folder and the node_modules it and the plugins load from.
const SDK_ROOT = resolve(dirname(SDK_MAIN), '..');
const NODE_MODULES = SDK_MAIN.includes(`${sep}node_modules${sep}`) ? SDK_MAIN.slice(0, SDK_MAIN.indexOf(`${sep}node_modules${sep}`) + 13) : resolve(SDK_ROOT, '..', 'node_modules');
const PERMISSION_FLAG = process.allowedNodeEnvironmentFlags.has('--permission') ? '--permission' : '--experimental-permission';

type Reply = { kind: string; id?: number; value?: unknown; level?: string; line?: string; name?: string; message?: string; problems?: unknown };

/**
 * One sandbox process: an empty environment (no server variables), `--max-old-space-size`, Node's permission model
 * (fs reads limited to the plugin, the SDK and node_modules; child processes and workers refused), IPC to the server.
 * It answers one message at a time; a message that times out, or a process that dies (out of memory,
 * process.exit), ends the process and fails that message with a ConnectorRunError, never the server.
 */
export class SandboxProcess {
  private readonly child;
  private stderr = '';
  private nextId = 0;
  private pending: { id: number; done: (value: unknown) => void; fail: (error: Error) => void; onLog: (log: SandboxLog) => void; timer: NodeJS.Timeout } | null = null;
  alive = true;
  runs = 0;

  constructor(
    readonly folder: string,
    private readonly limits: SandboxLimits,
  ) {
    this.child = spawn(process.execPath, [
      `--max-old-space-size=${limits.memoryMb}`,
      PERMISSION_FLAG, `--allow-fs-read=${folder}`, `--allow-fs-read=${SDK_ROOT}`, `--allow-fs-read=${NODE_MODULES}`,
      '--disable-warning=ExperimentalWarning',
      '-e', CONNECTOR_RUNNER_SOURCE, SDK_MAIN, SDK_NET,
    ], { env: {}, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' });
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-2_000)));
    this.child.on('message', (reply: Reply) => this.answer(reply));
    this.child.on('error', (error) => this.end(new ConnectorRunError(`The connector process could not start: ${error.message}`)));
    this.child.on('exit', (code, signal) => {
      const outOfMemory = /heap out of memory|Allocation failed/i.test(this.stderr);
      this.end(new ConnectorRunError(outOfMemory
        ? `The connector ran out of memory (limit ${this.limits.memoryMb} MB).`
        : `The connector process ended without an answer (${signal ?? `exit code ${code}`}).`));
    });
  }

  request(message: Record<string, unknown>, onLog: (log: SandboxLog) => void = () => undefined): Promise<unknown> {
    if (!this.alive) return Promise.reject(new ConnectorRunError('The connector process has ended.'));
    if (this.pending) return Promise.reject(new Error('A sandbox process answers one message at a time.'));
    const id = ++this.nextId;
    this.runs += 1;
    return new Promise((done, fail) => {
      const timer = setTimeout(() => this.end(new ConnectorRunError(`The connector did not finish within ${this.limits.timeoutMs} ms.`)), this.limits.timeoutMs);
      this.pending = { id, done, fail, onLog, timer };
      this.child.send({ folder: this.folder, ...message, id });
    });
  }

  kill(): void {
    this.end(new ConnectorRunError('The connector process was stopped.'));
  }

  private answer(reply: Reply): void {
    const pending = this.pending;
    if (!pending || reply.id !== pending.id) return;
    if (reply.kind === 'log') return pending.onLog({ level: reply.level ?? 'info', line: reply.line ?? '' });
    clearTimeout(pending.timer);
    this.pending = null;
    if (reply.kind === 'result') pending.done(reply.value);
    else pending.fail(new ConnectorRunError(`${reply.name ?? 'Error'}: ${reply.message ?? 'failed'}`, reply.problems));
  }

  private end(error: ConnectorRunError): void {
    if (this.pending) {
      clearTimeout(this.pending.timer);
      this.pending.fail(error);
      this.pending = null;
    }
    if (this.alive) {
      this.alive = false;
      this.child.kill('SIGKILL');
    }
  }
}

/** Runs one message in a fresh sandbox process, then ends it (start-up checks, tests). */
export async function runInSandbox(folder: string, message: Record<string, unknown>, limits: SandboxLimits, onLog?: (log: SandboxLog) => void): Promise<unknown> {
  const sandbox = new SandboxProcess(folder, limits);
  try {
    return await sandbox.request(message, onLog);
  } finally {
    sandbox.kill();
  }
}
