// What: the cost of isolation — the same no-op connector run N times in the plugin host's warm sandbox pool, in a
// fresh sandbox process per run (empty env, heap limit, permission model), and in-process through the SDK's runConnector, at the same
// concurrency. Prints runs/s for both and the ratio. Engine and queue overheads are measured in engine.bench.mjs.
// Run: npm run build -w @baton/sdk && npm run build -w @baton/server && npm run connectors -w @baton/bench
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const server = new URL('../server/dist/', import.meta.url);
const { runInSandbox } = await import(new URL('plugin-host/connector-sandbox.js', server));
const { SandboxPool } = await import(new URL('plugin-host/sandbox-pool.js', server));
const require = createRequire(import.meta.url);
const fixture = new URL('../server/test/fixtures/plugins/misbehaving/', import.meta.url).pathname;
const plugin = require(`${fixture}index.js`);
const { runConnector } = require('@baton/sdk');
const noop = plugin.connectors.find((c) => c.type === 'test:env');
const ctx = { jobId: 'bench', workspaceId: 'ws', processInstanceId: 'pi', elementId: 'task', attempt: 1 };

async function measure(run) {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => { while (next++ < RUNS) await run(); }));
  return RUNS / ((performance.now() - started) / 1000);
}

const inProcessCtx = { ...ctx, logger: { info() {}, warn() {}, error() {} }, fetch, signal: new AbortController().signal };
const inProcess = await measure(() => runConnector(noop, {}, inProcessCtx));
const sandboxed = await measure(() => runInSandbox(fixture, { kind: 'run', type: 'test:env', input: {}, ctx, secretValues: [], allowHosts: [] }, { timeoutMs: 30_000, memoryMb: 128 }));
const pool = new SandboxPool({ timeoutMs: 30_000, memoryMb: 128 });
const pooled = await measure(() => pool.run(fixture, 'bench-workspace', { kind: 'run', type: 'test:env', input: {}, ctx, secretValues: [], allowHosts: [] }));
pool.close();
console.log(`no-op connector, ${RUNS} runs, ${CONCURRENCY} concurrent:`);
console.log(`  in-process: ${inProcess.toFixed(0)} runs/s`);
console.log(`  warm sandbox pool (what the plugin host uses): ${pooled.toFixed(0)} runs/s (${(inProcess / pooled).toFixed(0)}x the cost of in-process)`);
console.log(`  fresh process per run: ${sandboxed.toFixed(1)} runs/s (${(inProcess / sandboxed).toFixed(0)}x)`);
