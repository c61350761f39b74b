import { SandboxLimits, SandboxLog, SandboxProcess } from './connector-sandbox.js';

/** Runs per process before it is replaced, so a slow leak in a connector cannot grow without bound. */
const MAX_RUNS = 500;
const MAX_IDLE_PER_KEY = 4;

/**
 * Warm sandbox processes, kept per plugin folder *and workspace*: a connector's module state (caches, globals) can
 * never carry one workspace's data into another's job. A process that failed in a way that ended it (time-out, out of
 * memory, exit) is dropped; one whose connector merely threw is reused. Idle processes beyond a few per key end.
 */
export class SandboxPool {
  private readonly idle = new Map<string, SandboxProcess[]>();

  constructor(private readonly limits: SandboxLimits) {}

  async run(folder: string, workspaceId: string, message: Record<string, unknown>, onLog?: (log: SandboxLog) => void): Promise<unknown> {
    const key = `${folder}\u0000${workspaceId}`;
    const sandbox = this.take(key) ?? new SandboxProcess(folder, this.limits);
    try {
      return await sandbox.request(message, onLog);
    } finally {
      this.give(key, sandbox);
    }
  }

  close(): void {
    for (const sandboxes of this.idle.values()) for (const sandbox of sandboxes) sandbox.kill();
    this.idle.clear();
  }

  private take(key: string): SandboxProcess | undefined {
    const sandboxes = this.idle.get(key) ?? [];
    let sandbox = sandboxes.pop();
    while (sandbox && !sandbox.alive) sandbox = sandboxes.pop();
    return sandbox;
  }

  private give(key: string, sandbox: SandboxProcess): void {
    const sandboxes = this.idle.get(key) ?? [];
    if (!sandbox.alive || sandbox.runs >= MAX_RUNS || sandboxes.length >= MAX_IDLE_PER_KEY) {
      sandbox.kill();
      return;
    }
    sandboxes.push(sandbox);
    this.idle.set(key, sandboxes);
  }
}
