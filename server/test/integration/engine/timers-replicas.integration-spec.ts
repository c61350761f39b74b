import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { RunningBaton, startBaton } from '../../../src/bootstrap.js';
import { parseEnv } from '../../../src/config/env.js';
import { Db } from '../../../src/database/db.service.js';
import { fireTimer } from '../../../src/engine/runtime/index.js';
import { EngineClock } from '../../../src/modules/timer/engine-clock.js';
import { claimDueTimers } from '../../../src/modules/timer/timer-claims.js';
import { createDatabase } from '../global-setup.js';
import { signUp } from '../identity.js';
import { EngineTime } from './engine-time.js';
import { bpmn, flow, ProcessClient } from './process-client.js';

/** Two server processes' worth of Nest apps on one database: every timer fires exactly once, across a restart too. */
const INSTANCES = 100;
let servers: RunningBaton[] = [];
let env: ReturnType<typeof parseEnv>;
let client: ProcessClient;

beforeAll(async () => {
  const url = await createDatabase(inject('databaseServerUrl'), `baton_timers_${randomBytes(4).toString('hex')}`);
  env = parseEnv({ NODE_ENV: 'test', DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1', BATON_SEED_DEMO: 'false', BATON_LOG_LEVEL: 'error' });
  servers = [await startBaton(env, { log: false }), await startBaton(env, { log: false })];
  client = new ProcessClient(servers[0].url, (await signUp(servers[0].url)).token);
  await client.deploy(bpmn('minute', `<bpmn:startEvent id="s" />${flow('f1', 's', 'wait')}
    <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1M</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
    ${flow('f2', 'wait', 'e')}<bpmn:endEvent id="e" />`));
});
afterAll(async () => {
  for (const server of servers) await server.stop();
});

async function startMany(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let batch = 0; batch < n / 20; batch++) ids.push(...(await Promise.all(Array.from({ length: 20 }, () => client.start('minute')))).map((i) => i.id));
  return ids;
}

async function outcome(ids: string[]) {
  const db = servers[0].dataSource;
  const [instances] = await db.query(`SELECT count(*) FILTER (WHERE state = 'COMPLETED')::int AS completed, count(*)::int AS total FROM process_instances WHERE id = ANY($1)`, [ids]);
  const [timers] = await db.query(`SELECT count(*) FILTER (WHERE state = 'FIRED')::int AS fired, COALESCE(sum(fired_count), 0)::int AS fires FROM timers WHERE process_instance_id = ANY($1)`, [ids]);
  const [passes] = await db.query(`SELECT count(*)::int AS n FROM process_history WHERE process_instance_id = ANY($1) AND element_id = 'wait' AND event = 'COMPLETED'`, [ids]);
  const [open] = await db.query(`SELECT count(*)::int AS n FROM element_instances WHERE process_instance_id = ANY($1) AND state IN ('ACTIVE', 'WAITING')`, [ids]);
  return { ...instances, ...timers, passes: passes.n, openTokens: open.n };
}

const allOnce = (n: number) => ({ completed: n, total: n, fired: n, fires: n, passes: n, openTokens: 0 });

describe('timers on two replicas', () => {
  it(`fire ${INSTANCES} due timers exactly once between them`, async () => {
    // given 100 instances waiting a minute
    const ids = await startMany(INSTANCES);
    const time = new EngineTime(servers);
    const before = time.pollers.map((p) => p.fired);
    // when the minute passes on both replicas, and both pollers drain at the same moment
    await time.advance(61_000);
    await time.settle();
    // then every timer fired once and every instance passed its timer once
    expect(await outcome(ids)).toEqual(allOnce(INSTANCES));
    const perReplica = time.pollers.map((p, n) => p.fired - before[n]);
    expect(perReplica.reduce((a, b) => a + b, 0)).toBe(INSTANCES);
    console.log(`${INSTANCES} timers on 2 replicas: fired per replica ${perReplica.join(' / ')}`);
  });

  it('a replica that claimed due timers and died leaves them to the other, which fires each once', async () => {
    // given 40 due timers claimed by a replica that then crashed (a lease of 1 s, never fired)
    const ids = await startMany(40);
    const time = new EngineTime(servers);
    for (const clock of time.clocks) clock.advance(61_000);
    const claimed = await servers[0].dataSource.transaction((em) => claimDueTimers(em, time.now(), 100, 1_000));
    expect(claimed.length).toBeGreaterThanOrEqual(40);
    // when the live replica polls during the lease / then nothing fires yet
    await time.settle();
    expect((await outcome(ids)).fired).toBe(0);
    // when the lease lapses / then every timer fires exactly once
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await time.settle();
    expect(await outcome(ids)).toEqual(allOnce(40));
  });

  it('one timer fired by three replicas at once moves its token once', async () => {
    // given a due timer that three pollers fire at the same moment (e.g. after its lease lapsed mid-fire)
    const [id] = await startMany(20);
    const [timer] = await servers[0].dataSource.query(`SELECT id, workspace_id FROM timers WHERE process_instance_id = $1`, [id]);
    const clock = servers[0].app.get(EngineClock);
    const ahead = { now: () => clock.now() + 120_000 };
    const fire = () =>
      servers[0].app.get(Db).tenant({ workspaceId: timer.workspace_id, userId: '00000000-0000-0000-0000-000000000000' }, (em) =>
        fireTimer(em, { workspaceId: timer.workspace_id, userId: null }, timer.id, ahead),
      );
    // when / then one fires, two find it fired, and the instance passed its timer once
    expect((await Promise.all([fire(), fire(), fire()])).sort()).toEqual(['fired', 'skipped', 'skipped']);
    expect(await outcome([id])).toEqual(allOnce(1));
  });

  it('timers scheduled before a restart fire once after it, from the replica that came back', async () => {
    // given 20 waiting instances and replica 1 restarted (a new Nest app, its clock the real time again)
    const ids = await startMany(20);
    await servers[1].stop();
    const restarted = await startBaton(env, { log: false });
    servers[1] = restarted;
    // when the minute passes for the restarted replica (replica 0's clock, which set the due dates, stays before them)
    const time = new EngineTime([restarted]);
    const offset = new EngineTime([servers[0]]).now() - Date.now();
    time.clocks[0].advance(offset + 61_000);
    await time.settle();
    // then each fired exactly once
    expect(await outcome(ids)).toEqual(allOnce(20));
  });
});
