import { resolve } from 'node:path';
import { SandboxPool } from './sandbox-pool.js';

const FOLDER = resolve(__dirname, '../../test/fixtures/plugins/misbehaving');
const ctx = { jobId: 'job', workspaceId: 'ws', processInstanceId: 'pi', elementId: 'task', attempt: 1 };
const message = (type: string) => ({ kind: 'run', type, input: {}, ctx, secretValues: [], allowHosts: [] });

describe('SandboxPool', () => {
  const pool = new SandboxPool({ timeoutMs: 1_500, memoryMb: 64 });
  afterAll(() => pool.close());
  const pid = async (workspace: string) => ((await pool.run(FOLDER, workspace, message('test:pid'))) as { pid: number }).pid;

  it('reuses a warm process for the same plugin and workspace, never across workspaces', async () => {
    const first = await pid('ws-a');
    expect(await pid('ws-a')).toBe(first);
    expect(await pid('ws-b')).not.toBe(first);
    expect(first).not.toBe(process.pid);
  });

  it('keeps a process whose connector threw, and replaces one that timed out', async () => {
    const before = await pid('ws-c');
    await expect(pool.run(FOLDER, 'ws-c', message('test:throw'))).rejects.toThrow(/boom/);
    expect(await pid('ws-c')).toBe(before);
    await expect(pool.run(FOLDER, 'ws-c', message('test:hang'))).rejects.toThrow(/did not finish within 1500 ms/);
    expect(await pid('ws-c')).not.toBe(before);
  });

  it('replaces a process that exited', async () => {
    const before = await pid('ws-d');
    await expect(pool.run(FOLDER, 'ws-d', message('test:exit'))).rejects.toThrow(/exit code 3/);
    expect(await pid('ws-d')).not.toBe(before);
  });
});
