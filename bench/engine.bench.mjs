// What: Baton's persistent engine (PostgreSQL, history on, one transaction per command, row-level security as
// baton_app) against bpmn-engine (npm) running the same process shapes in memory (the reference), and the raw ceiling
// of the same PostgreSQL: single-row INSERT transactions per second from 8 clients.
// Shapes: start → end; start → 10 script tasks → end; a 10-branch parallel fork/join; an exclusive gateway; a user
// task started and completed; a service task through the job queue (SKIP LOCKED claim, completion as a command).
// Also: completing user tasks in bursts of 50 at once (p99). A transition is a flow node entered (Baton: a STARTED
// history row; bpmn-engine: an activity.start event). Data: generated; the engine is called in-process, no HTTP.
// Run: npm run build -w @baton/server && npm run engine -w @baton/bench   (BENCH_INSTANCES=200 for a quick run)
// Cleans up its embedded PostgreSQL and temp folder.
import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import { Engine } from 'bpmn-engine';
import { bpmnDocument as doc, cpuWhile, inParallel, openBenchEngine } from './support/baton-engine.mjs';

const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 500);
const CONCURRENCY = 8;
// Instances of each shape run before the timed ones (BENCH_WARM_UP), so the timed ones meet a running server's warm
// connections. Each of the pool's 20 connections is slow for its first commands (it prepares and plans its statements
// and fills its caches): after a warm-up of 200 the service shape ran 321, 369, 410, 468, 480 inst/s in successive
// rounds of 500, levelling off after about 1,500 instances, and a new pool on the same warm process fell back to 214.
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 1500);
// job workers for the service-task shape (each claims up to 20 jobs and completes them one by one)
const WORKERS = Number(process.env.BENCH_WORKERS ?? 8);
// BENCH_SHAPES=service,user runs only the shapes whose names contain one of the words
const ONLY = process.env.BENCH_SHAPES?.split(',').map((w) => w.trim()).filter(Boolean);

// ---- the shapes, in both dialects: Zeebe/FEEL for Baton, JavaScript for bpmn-engine ----
const seq = (id, from, to, cond) => `<sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}">${cond ?? ''}</sequenceFlow>`;
const shapes = {
  'start → end': () => `<startEvent id="s" />${seq('f', 's', 'e')}<endEvent id="e" />`,
  'start → 10 script tasks → end': (baton) => `<startEvent id="s" />${seq('f', 's', 't0')}${Array.from({ length: 10 }, (_, i) =>
    (baton
      ? `<scriptTask id="t${i}"><extensionElements><zeebe:script expression="=x + 1" resultVariable="x" /></extensionElements></scriptTask>`
      : `<scriptTask id="t${i}" scriptFormat="javascript"><script>environment.output.x = (environment.output.x ?? environment.variables.x) + 1; next();</script></scriptTask>`)
    + seq(`f${i}`, `t${i}`, i === 9 ? 'e' : `t${i + 1}`)).join('')}<endEvent id="e" />`,
  '10-branch parallel fork/join': () => `<startEvent id="s" />${seq('f', 's', 'fork')}<parallelGateway id="fork" />${Array.from({ length: 10 }, (_, i) =>
    `${seq(`a${i}`, 'fork', `b${i}`)}<task id="b${i}" />${seq(`j${i}`, `b${i}`, 'join')}`).join('')}<parallelGateway id="join" />${seq('g', 'join', 'e')}<endEvent id="e" />`,
  'exclusive gateway': (baton) => `<startEvent id="s" />${seq('f', 's', 'gw')}<exclusiveGateway id="gw" default="small" />
    ${seq('big', 'gw', 'a', baton ? '<conditionExpression xsi:type="tFormalExpression">=x &gt; 5</conditionExpression>'
      : '<conditionExpression xsi:type="tFormalExpression" language="javascript">next(null, environment.variables.x &gt; 5)</conditionExpression>')}
    ${seq('small', 'gw', 'b')}<task id="a" /><task id="b" />${seq('fa', 'a', 'e')}${seq('fb', 'b', 'e')}<endEvent id="e" />`,
  'user task started and completed': () => `<startEvent id="s" />${seq('f', 's', 'u')}<userTask id="u" />${seq('g', 'u', 'e')}<endEvent id="e" />`,
  'service task through the job queue': (baton) => `<startEvent id="s" />${seq('f', 's', 'w')}${baton
    ? '<serviceTask id="w"><extensionElements><zeebe:taskDefinition type="bench:work" /></extensionElements></serviceTask>'
    : '<serviceTask id="w" implementation="${environment.services.work}" />'}${seq('g', 'w', 'e')}<endEvent id="e" />`,
};

const stats = (ms) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length * 0.5)], p99: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] };
};

// ---- bpmn-engine, in memory ----
async function runReference(name) {
  // Parsed once and reused, as a long-running bpmn-engine host would; each instance gets a fresh Engine.
  const sourceContext = await new Engine({ name: 'parse' })._serializeSource(doc('p', shapes[name](false)));
  const latencies = [];
  let transitions = 0;
  const one = async () => {
    const started = performance.now();
    const listener = new EventEmitter();
    listener.on('wait', (api) => api.signal());
    listener.on('activity.start', () => transitions++);
    const engine = new Engine({ name: 'bench', sourceContext });
    const ended = new Promise((resolve, reject) => { engine.once('end', resolve); engine.once('error', reject); });
    await engine.execute({ listener, variables: { x: 7 }, services: { work: (_scope, next) => setImmediate(next) } });
    await ended;
    latencies.push(performance.now() - started);
  };
  await inParallel(20, CONCURRENCY, one); // warm-up
  latencies.length = 0;
  transitions = 0;
  const started = performance.now();
  await inParallel(INSTANCES, CONCURRENCY, one);
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: INSTANCES / seconds, transitionsPerSecond: transitions / seconds, ...stats(latencies) };
}

// ---- Baton, on PostgreSQL ----
const baton = await openBenchEngine();
const { dataSource, db, scope, actor, start } = baton;
const { lockInstance, resume } = baton.runtime;
try {
  const deploy = (name, id) => baton.deploy(id, shapes[name](true));
  const completeUserTask = (instanceId) => db.tenant(scope, async (em) => {
    const instance = await lockInstance(em, instanceId);
    const [task] = await em.query(`SELECT id, element_instance_id FROM user_tasks WHERE process_instance_id = $1 AND state = 'CREATED'`, [instanceId]);
    await em.query(`UPDATE user_tasks SET state = 'COMPLETED', completed_at = now() WHERE id = $1`, [task.id]);
    await (await resume(em, actor, instance)).completeWaiting(task.element_instance_id, {});
  });

  // Instances of one shape, `count` of them; the service shape's job workers claim and complete as they come.
  async function instancesOf(name, definition, count, latencies) {
    const startedAt = new Map();
    if (name === 'service task through the job queue') {
      let done = 0;
      const workers = Array.from({ length: WORKERS }, async () => {
        while (done < count) {
          const claimed = await baton.claim(['bench:work'], 20);
          if (claimed.length === 0) { await new Promise((r) => setTimeout(r, 2)); continue; }
          for (const job of claimed) {
            await baton.complete(job.id);
            latencies.push(performance.now() - startedAt.get(job.process_instance_id));
            done++;
          }
        }
      });
      await inParallel(count, CONCURRENCY, async () => { const t = performance.now(); startedAt.set(await start(definition), t); });
      await Promise.all(workers);
    } else {
      await inParallel(count, CONCURRENCY, async () => {
        const t = performance.now();
        const instanceId = await start(definition);
        if (name === 'user task started and completed') await completeUserTask(instanceId);
        latencies.push(performance.now() - t);
      });
    }
  }

  async function runBaton(name, round) {
    const definition = await deploy(name, `bench-${round}`);
    // Warm-up, as the reference gets one: the pool's connections prepare their statements and the tables hold rows.
    // Then ANALYZE, as autovacuum would within its minute: a prepared statement's generic plan made on a near-empty
    // table (a sequential scan) is kept until the table's statistics change.
    await instancesOf(name, definition, WARM_UP, []);
    await dataSource.query('ANALYZE');
    const latencies = [];
    const transitions = () => dataSource.query(`SELECT count(*)::int AS n FROM process_history WHERE event = 'STARTED' AND element_kind <> 'process'`);
    const before = (await transitions())[0].n;
    const startedAll = performance.now();
    const { nodeCores, pgCores } = await cpuWhile(() => instancesOf(name, definition, INSTANCES, latencies));
    const seconds = (performance.now() - startedAll) / 1000;
    const open = await baton.openInstances(definition.id);
    if (open !== 0) throw new Error(`${name}: ${open} instances did not complete`);
    const after = (await transitions())[0].n;
    return { perSecond: INSTANCES / seconds, transitionsPerSecond: (after - before) / seconds, nodeCores, pgCores, ...stats(latencies) };
  }

  async function rawInserts() {
    await dataSource.query(`CREATE TABLE bench_raw (id bigserial PRIMARY KEY, v integer NOT NULL)`);
    const clients = await Promise.all(Array.from({ length: 8 }, () => dataSource.createQueryRunner()));
    let count = 0;
    const until = performance.now() + 3000;
    const started = performance.now();
    await Promise.all(clients.map(async (runner) => {
      while (performance.now() < until) { await runner.query(`INSERT INTO bench_raw (v) VALUES ($1)`, [count]); count++; }
    }));
    const perSecond = count / ((performance.now() - started) / 1000);
    await Promise.all(clients.map((c) => c.release()));
    await dataSource.query(`DROP TABLE bench_raw`);
    return perSecond;
  }

  async function fiftyUsers(definition) {
    const latencies = [];
    for (let round = 0; round < 10; round++) {
      const waiting = [];
      for (let i = 0; i < 50; i++) waiting.push(await start(definition));
      await Promise.all(waiting.map(async (id) => { const t = performance.now(); await completeUserTask(id); latencies.push(performance.now() - t); }));
    }
    return stats(latencies);
  }

  const raw = await rawInserts();
  console.log(`raw PostgreSQL ceiling: ${raw.toFixed(0)} single-row INSERT transactions/s (8 clients)`);
  console.log(`${INSTANCES} instances per shape, ${CONCURRENCY} concurrent; Baton with history on vs bpmn-engine in memory\n`);
  console.log('shape | Baton inst/s | Baton transitions/s | Baton p50 / p99 ms | bpmn-engine inst/s | p50 / p99 ms | Baton ÷ bpmn-engine | transitions ÷ raw inserts | cores busy: Node / PostgreSQL');
  let round = 0;
  for (const name of Object.keys(shapes).filter((n) => !ONLY || ONLY.some((w) => n.includes(w)))) {
    const ours = await runBaton(name, round++);
    const reference = await runReference(name);
    console.log([name, ours.perSecond.toFixed(0), ours.transitionsPerSecond.toFixed(0), `${ours.p50.toFixed(1)} / ${ours.p99.toFixed(1)}`,
      reference.perSecond.toFixed(0), `${reference.p50.toFixed(1)} / ${reference.p99.toFixed(1)}`,
      `${(ours.perSecond / reference.perSecond).toFixed(2)}x`, `${(ours.transitionsPerSecond / raw).toFixed(2)}`, `${ours.nodeCores.toFixed(2)} / ${ours.pgCores.toFixed(2)}`].join(' | '));
  }
  const users = await fiftyUsers(await deploy('user task started and completed', 'bench-users'));
  console.log(`\ncompleting a user task, bursts of 50 at the same instant (the engine command alone; tasks-complete.bench.mjs measures the 50-user target through the API): p50 ${users.p50.toFixed(1)} ms, p99 ${users.p99.toFixed(1)} ms`);
} finally {
  await baton.close();
}
