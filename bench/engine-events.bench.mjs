// What: timers and messages in Baton's engine on PostgreSQL, against the raw job-queue drain of the same database.
// (1) BENCH_TIMERS (100,000) instances wait at a PT1H timer; with the engine clock moved past it, 4 workers drain the
//     due timers as the timer poller does (claim with SKIP LOCKED, then each timer fires in its own transaction as a
//     command: the token moves on and the instance completes). Reference: the same number of rows in a plain table,
//     drained by the same 4 workers with the same claim and one UPDATE per row per transaction. Prints timers/s,
//     raw rows/s and the ratio.
// (2) BENCH_MESSAGES (10,000) instances wait at a message catch event (correlation key = order id); the messages are
//     published through the server's MessageService (buffer row, correlation, the command), 8 at a time. Prints
//     messages/s and the ratio to the raw drain rate.
// Setup (starting the waiting instances) is not timed. Every instance must complete, or the run fails.
// Run: npm run build -w @baton/server && npm run engine-events -w @baton/bench   (BENCH_TIMERS=10000 for a quicker run)
import { performance } from 'node:perf_hooks';
import { inParallel, openBenchEngine } from './support/baton-engine.mjs';

const TIMERS = Number(process.env.BENCH_TIMERS ?? 100_000);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 10_000);
const WORKERS = 4;
const BATCH = 50;
const server = new URL('../server/dist/', import.meta.url);
const { claimDueTimers } = await import(new URL('modules/timer/timer-claims.js', server));
const { MessageService } = await import(new URL('modules/message/message.service.js', server));

const engine = await openBenchEngine();
const { dataSource, db, scope, actor, runtime } = engine;
const later = { now: () => Date.now() + 2 * 3600_000 };
const perSecond = (n, started) => n / ((performance.now() - started) / 1000);

/** Long setup and drains show progress on one line. */
function progress(label, total, done) {
  process.stdout.write(`\r${label}: ${done()} / ${total}`);
}

try {
  // ---- (1) timers ----
  const timerProcess = await engine.deploy('wait-timer', `<startEvent id="s" /><sequenceFlow id="f1" sourceRef="s" targetRef="t" />
    <intermediateCatchEvent id="t"><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition></intermediateCatchEvent>
    <sequenceFlow id="f2" sourceRef="t" targetRef="e" /><endEvent id="e" />`);
  let started = 0;
  const ticker = setInterval(() => progress('starting instances that wait at a timer', TIMERS, () => started), 2000);
  await inParallel(TIMERS, 8, async () => { await engine.start(timerProcess, {}); started++; });
  clearInterval(ticker);
  process.stdout.write('\n');
  let fired = 0;
  const timersStarted = performance.now();
  const drain = setInterval(() => progress('draining timers', TIMERS, () => fired), 5000);
  await Promise.all(Array.from({ length: WORKERS }, async () => {
    for (;;) {
      const claimed = await db.system((em) => claimDueTimers(em, later.now(), BATCH, 60_000));
      if (claimed.length === 0) return;
      for (const timer of claimed) {
        const outcome = await db.tenant(scope, (em) => runtime.fireTimer(em, actor, timer.id, later));
        if (outcome === 'fired') fired++;
      }
    }
  }));
  clearInterval(drain);
  const timersPerSecond = perSecond(fired, timersStarted);
  const waiting = await engine.openInstances(timerProcess.id);
  if (fired !== TIMERS || waiting !== 0) throw new Error(`${fired} of ${TIMERS} timers fired, ${waiting} instances still waiting`);

  await dataSource.query(`CREATE TABLE bench_queue (id bigserial PRIMARY KEY, due_at timestamptz NOT NULL, state text NOT NULL, locked_until timestamptz)`);
  await dataSource.query(`INSERT INTO bench_queue (due_at, state) SELECT now(), 'SCHEDULED' FROM generate_series(1, $1)`, [TIMERS]);
  let drained = 0;
  const rawStarted = performance.now();
  await Promise.all(Array.from({ length: WORKERS }, async () => {
    for (;;) {
      const [rows] = await dataSource.query(
        `UPDATE bench_queue SET locked_until = now() + interval '60 seconds' WHERE id IN (
           SELECT id FROM bench_queue WHERE state = 'SCHEDULED' AND due_at <= now() AND (locked_until IS NULL OR locked_until < now())
           ORDER BY due_at, id LIMIT $1 FOR UPDATE SKIP LOCKED) RETURNING id`, [BATCH]);
      if (rows.length === 0) return;
      for (const { id } of rows) {
        await dataSource.transaction((em) => em.query(`UPDATE bench_queue SET state = 'DONE' WHERE id = $1 AND state = 'SCHEDULED'`, [id]));
        drained++;
      }
    }
  }));
  const rawPerSecond = perSecond(drained, rawStarted);

  // ---- (2) messages ----
  const messageProcess = await engine.deploy('wait-message', `<startEvent id="s" /><sequenceFlow id="f1" sourceRef="s" targetRef="m" />
    <intermediateCatchEvent id="m"><messageEventDefinition messageRef="paid" /></intermediateCatchEvent>
    <sequenceFlow id="f2" sourceRef="m" targetRef="e" /><endEvent id="e" />`,
  `<message id="paid" name="paid"><extensionElements><zeebe:subscription correlationKey="=orderId" /></extensionElements></message>`);
  await inParallel(MESSAGES, 8, (i) => engine.start(messageProcess, { orderId: `order-${i}` }));
  const messages = new MessageService(db, { require() {} }, { now: () => Date.now() });
  const auth = { ...scope, role: 'ADMIN', email: 'bench@example.com', ip: '127.0.0.1' };
  let correlated = 0;
  const messagesStarted = performance.now();
  await inParallel(MESSAGES, 8, async (i) => {
    const published = await db.tenant(scope, () => messages.publish(auth, { name: 'paid', correlationKey: `order-${i}`, variables: { paidAt: i }, timeToLive: 0 }));
    correlated += published.correlations.length;
  });
  const messagesPerSecond = perSecond(correlated, messagesStarted);
  const unpaid = await engine.openInstances(messageProcess.id);
  if (correlated !== MESSAGES || unpaid !== 0) throw new Error(`${correlated} of ${MESSAGES} messages correlated, ${unpaid} instances still waiting`);

  console.log(`\n\nraw job-queue drain (same claim, one UPDATE per row per transaction, ${WORKERS} workers): ${rawPerSecond.toFixed(0)} rows/s`);
  console.log(`due timers drained, ${TIMERS} instances moved on and completed: ${timersPerSecond.toFixed(0)} timers/s (${(timersPerSecond / rawPerSecond).toFixed(2)} of the raw drain)`);
  console.log(`messages correlated into ${MESSAGES} waiting instances (published 8 at a time): ${messagesPerSecond.toFixed(0)} messages/s (${(messagesPerSecond / rawPerSecond).toFixed(2)} of the raw drain)`);
} finally {
  await engine.close();
}
