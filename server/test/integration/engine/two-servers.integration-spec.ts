import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { RunningBaton, startBaton } from '../../../src/bootstrap.js';
import { parseEnv } from '../../../src/config/env.js';
import { JobHandlerRegistry } from '../../../src/modules/job/job-handler.registry.js';
import { createDatabase } from '../global-setup.js';
import { signUp } from '../identity.js';
import { bpmn, flow, ProcessClient, serviceTask } from './process-client.js';

/** Two server processes' worth of Nest apps on one database share the job queue without doing any job twice. */
const INSTANCES = 200;
let servers: RunningBaton[] = [];

beforeAll(async () => {
  const url = await createDatabase(inject('databaseServerUrl'), `baton_two_${randomBytes(4).toString('hex')}`);
  const env = parseEnv({ NODE_ENV: 'test', DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1', BATON_SEED_DEMO: 'false', BATON_LOG_LEVEL: 'error' });
  // one after the other, so the second finds the migrations applied
  servers = [await startBaton(env, { log: false }), await startBaton(env, { log: false })];
});
afterAll(async () => {
  for (const server of servers) await server.stop();
});

describe('two replicas on one database', () => {
  it(`run ${INSTANCES} service-task jobs exactly once between them`, async () => {
    // given both replicas handle the job type, recording who ran which job
    const runs: { replica: number; jobId: string }[] = [];
    servers.forEach((server, replica) =>
      server.app.get(JobHandlerRegistry).register('test:once', async (job) => {
        runs.push({ replica, jobId: job.id });
        await new Promise((resolve) => setTimeout(resolve, 2));
        return { handledBy: replica };
      }),
    );
    const client = new ProcessClient(servers[0].url, (await signUp(servers[0].url)).token);
    await client.deploy(bpmn('once', `<bpmn:startEvent id="s" />${flow('f1', 's', 'w')}${serviceTask('w', 'test:once')}${flow('f2', 'w', 'e')}<bpmn:endEvent id="e" />`));
    // when many instances start on replica 0
    const started = performance.now();
    for (let batch = 0; batch < INSTANCES / 20; batch++) await Promise.all(Array.from({ length: 20 }, () => client.start('once')));
    const count = async () => (await servers[0].dataSource.query(`SELECT count(*)::int AS n FROM process_instances WHERE state = 'COMPLETED'`))[0].n;
    await expect.poll(count, { timeout: 30_000, interval: 100 }).toBe(INSTANCES);
    const seconds = (performance.now() - started) / 1000;
    // then every job ran once, both replicas took part, and every instance completed once
    expect(runs).toHaveLength(INSTANCES);
    expect(new Set(runs.map((r) => r.jobId)).size).toBe(INSTANCES);
    const perReplica = [0, 1].map((replica) => runs.filter((r) => r.replica === replica).length);
    expect(perReplica.every((n) => n > 0)).toBe(true);
    const [tokens] = await servers[0].dataSource.query(
      `SELECT count(*) FILTER (WHERE state IN ('ACTIVE', 'WAITING'))::int AS open, count(*) FILTER (WHERE element_id = 'e')::int AS ends FROM element_instances`,
    );
    expect(tokens).toEqual({ open: 0, ends: INSTANCES });
    console.log(`${INSTANCES} instances start → service task (poller) → end on 2 replicas: ${seconds.toFixed(2)} s, ${(INSTANCES / seconds).toFixed(0)} instances/s; jobs per replica ${perReplica.join(' / ')}`);
  });
});
