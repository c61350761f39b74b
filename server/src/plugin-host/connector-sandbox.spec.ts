import { resolve } from 'node:path';
import { ConnectorRunError, runInSandbox } from './connector-sandbox.js';

const FOLDER = resolve(__dirname, '../../test/fixtures/plugins/misbehaving');
const limits = { timeoutMs: 5_000, memoryMb: 64 };
const ctx = { jobId: 'job-1', workspaceId: 'ws', processInstanceId: 'pi', elementId: 'task', attempt: 1 };
const run = (type: string, input: unknown = {}, overrides: Partial<typeof limits> = {}) =>
  runInSandbox(FOLDER, { kind: 'run', type, input, ctx, secretValues: ['s3cret-token'], allowHosts: [] }, { ...limits, ...overrides });

describe('runInSandbox', () => {
  it('describes a plugin and runs a connector in a child process', async () => {
    const described = (await runInSandbox(FOLDER, { kind: 'describe' }, limits)) as { id: string; connectors: { type: string; secrets: string[] }[] };
    expect(described.id).toBe('misbehaving');
    expect(described.connectors.find((c) => c.type === 'test:echo')?.secrets).toEqual(['token']);
    const logs: string[] = [];
    const out = await runInSandbox(FOLDER, { kind: 'run', type: 'test:echo', input: { token: 's3cret-token' }, ctx, secretValues: ['s3cret-token'], allowHosts: [] }, limits, (log) => logs.push(log.line));
    expect(out).toEqual({ tokenLength: 12, tokenPrefix: 's3c', note: null, jobId: 'job-1' });
    expect(logs).toEqual(['token is ***']);
  });

  it.each([
    ['throws', 'test:throw', /boom from the connector/],
    ['hangs', 'test:hang', /did not finish within 1000 ms/],
    ['exhausts its memory', 'test:oom', /ran out of memory|ended without an answer/],
    ['calls process.exit', 'test:exit', /ended without an answer \(exit code 3\)/],
    ['reads a file outside its folder', 'test:read-file', /ERR_ACCESS_DENIED|Access to this API has been restricted/],
    ['gets an input its schema refuses', 'test:echo', /INVALID_INPUT/],
  ])('fails cleanly when the connector %s', async (_title, type, message) => {
    await expect(run(type, {}, { timeoutMs: type === 'test:hang' ? 1_000 : 20_000 })).rejects.toThrow(ConnectorRunError);
    await expect(run(type, {}, { timeoutMs: type === 'test:hang' ? 1_000 : 20_000 })).rejects.toThrow(message);
  }, 60_000);

  it('sees none of the server’s environment variables', async () => {
    process.env.BATON_TEST_SECRET = 'must-not-leak';
    expect(await run('test:env')).toEqual({ keys: [] });
  });
});
