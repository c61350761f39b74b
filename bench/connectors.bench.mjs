// What: the cost of isolation. (1) Service tasks through the engine: BENCH_TASKS (10,000) process instances whose one
// service task is a no-op connector job, drained from the job queue (SKIP LOCKED claim, completion as a command) by
// 4 workers that run the connector in the plugin host's warm sandbox pool, vs the same connector run in-process by the
// same workers; jobs/s for both and the ratio. (2) The connector alone, BENCH_RUNS times: warm sandbox pool, a fresh
// sandbox process per run (empty env, heap limit, permission model), and in-process runConnector; runs/s and ratios.
// Run: npm run build -w @baton/sdk && npm run build -w @baton/server && npm run connectors -w @baton/bench
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { inParallel, openBenchEngine } from './support/baton-engine.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const TASKS = Number(process.env.BENCH_TASKS ?? 10_000);
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

const inProcessCtx = { ...ctx, logger: { info() {}, warn() {}, error() {} }, fetch, resolveHost: async (host) => host, signal: new AbortController().signal };
const inProcess = await measure(() => runConnector(noop, {}, inProcessCtx));
const sandboxed = await measure(() => runInSandbox(fixture, { kind: 'run', type: 'test:env', input: {}, ctx, secretValues: [], allowHosts: [] }, { timeoutMs: 30_000, memoryMb: 128 }));
const pool = new SandboxPool({ timeoutMs: 30_000, memoryMb: 128 });
const pooled = await measure(() => pool.run(fixture, 'bench-workspace', { kind: 'run', type: 'test:env', input: {}, ctx, secretValues: [], allowHosts: [] }));

/** TASKS instances of start → connector service task → end; workers claim, run the connector with `run`, complete. */
async function throughEngine(engine, round, run) {
  const type = `bench:noop:${round}`;
  const definition = await engine.deploy(`connector-${round}`, `<startEvent id="s" /><sequenceFlow id="f" sourceRef="s" targetRef="w" />
    <serviceTask id="w"><extensionElements><zeebe:taskDefinition type="${type}" /></extensionElements></serviceTask>
    <sequenceFlow id="g" sourceRef="w" targetRef="e" /><endEvent id="e" />`);
  await inParallel(TASKS, 8, () => engine.start(definition, {}));
  let done = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async (_, worker) => {
    for (;;) {
      const claimed = await engine.claim([type], 20, `worker-${worker}`);
      if (claimed.length === 0) return;
      for (const job of claimed) {
        const output = await run({ ...ctx, jobId: job.id, processInstanceId: job.process_instance_id });
        await engine.complete(job.id, { result: output });
        done++;
      }
    }
  }));
  const perSecond = done / ((performance.now() - started) / 1000);
  const open = await engine.openInstances(definition.id);
  if (done !== TASKS || open !== 0) throw new Error(`${done} of ${TASKS} jobs done, ${open} instances open`);
  return perSecond;
}

const engine = await openBenchEngine();
let engineInProcess;
let engineSandboxed;
try {
  engineInProcess = await throughEngine(engine, 1, (jobCtx) => runConnector(noop, {}, { ...inProcessCtx, ...jobCtx }));
  engineSandboxed = await throughEngine(engine, 2, (jobCtx) => pool.run(fixture, engine.workspaceId, { kind: 'run', type: 'test:env', input: {}, ctx: jobCtx, secretValues: [], allowHosts: [] }));
} finally {
  pool.close();
  await engine.close();
}
console.log(`${TASKS} service tasks through the job queue (instances started first, then drained by ${CONCURRENCY} workers):`);
console.log(`  connector in-process: ${engineInProcess.toFixed(0)} jobs/s`);
console.log(`  connector in the sandboxed plugin host (warm pool): ${engineSandboxed.toFixed(0)} jobs/s (${(engineInProcess / engineSandboxed).toFixed(2)}x the cost of in-process)`);
console.log(`no-op connector alone, ${RUNS} runs, ${CONCURRENCY} concurrent:`);
console.log(`  in-process: ${inProcess.toFixed(0)} runs/s`);
console.log(`  warm sandbox pool (what the plugin host uses): ${pooled.toFixed(0)} runs/s (${(inProcess / pooled).toFixed(0)}x the cost of in-process)`);
console.log(`  fresh process per run: ${sandboxed.toFixed(1)} runs/s (${(inProcess / sandboxed).toFixed(0)}x)`);
