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

/**
 * Runs one message in a fresh child process and returns its answer. The child gets an empty environment (no server
 * variables), `--max-old-space-size`, Node's permission model (fs reads limited to the plugin, the SDK and
 * node_modules; child processes and workers refused), and is killed at the time limit. Any way it ends without an
 * answer (throw, hang, out of memory, process.exit) is a ConnectorRunError, never a crash of the server.
 */
export function runInSandbox(folder: string, message: Record<string, unknown>, limits: SandboxLimits, onLog: (log: SandboxLog) => void = () => undefined): Promise<unknown> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [
      `--max-old-space-size=${limits.memoryMb}`,
      PERMISSION_FLAG, `--allow-fs-read=${folder}`, `--allow-fs-read=${SDK_ROOT}`, `--allow-fs-read=${NODE_MODULES}`,
      '--disable-warning=ExperimentalWarning',
      '-e', CONNECTOR_RUNNER_SOURCE, SDK_MAIN, SDK_NET,
    ], { env: {}, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' });
    let settled = false;
    let stderr = '';
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      outcome();
    };
    const timer = setTimeout(() => finish(() => fail(new ConnectorRunError(`The connector did not finish within ${limits.timeoutMs} ms.`))), limits.timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2_000)));
    child.on('message', (reply: { kind: string; value?: unknown; level?: string; line?: string; name?: string; message?: string; problems?: unknown }) => {
      if (reply.kind === 'log') return onLog({ level: reply.level ?? 'info', line: reply.line ?? '' });
      if (reply.kind === 'result') finish(() => done(reply.value));
      else finish(() => fail(new ConnectorRunError(`${reply.name ?? 'Error'}: ${reply.message ?? 'failed'}`, reply.problems)));
    });
    child.on('error', (error) => finish(() => fail(new ConnectorRunError(`The connector process could not start: ${error.message}`))));
    child.on('exit', (code, signal) => {
      const outOfMemory = /heap out of memory|Allocation failed/i.test(stderr);
      finish(() => fail(new ConnectorRunError(outOfMemory
        ? `The connector ran out of memory (limit ${limits.memoryMb} MB).`
        : `The connector process ended without an answer (${signal ?? `exit code ${code}`}).`)));
    });
    child.send({ folder, ...message });
  });
}
