import { ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { inject } from 'vitest';
import { freePort } from '../free-port.js';
import { createDatabase } from '../global-setup.js';
import { signUp } from '../identity.js';
import { bpmn, flow, ProcessClient, serviceTask } from './process-client.js';

/**
 * kill -9 of the server while instances pass through service tasks: after a restart every instance completes, no
 * token is lost or doubled (checked in SQL), and each job's side effect is recorded once per job id. The server runs
 * as a real child process built from the current sources; the test is the external job worker.
 */
const INSTANCES = 1000;
const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const buildDir = resolve(serverDir, '.baton/crash-test-build');
let databaseUrl: string;
let child: ChildProcess | null = null;

async function startServer(): Promise<string> {
  const port = await freePort();
  child = spawn(process.execPath, [resolve(buildDir, 'main.js')], {
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', BATON_SEED_DEMO: 'false', BATON_LOG_LEVEL: 'error' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) return url;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

beforeAll(async () => {
  // tsc emits even when an unrelated file has a type error; the suite's typecheck reports those separately.
  await promisify(execFile)('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', buildDir], { cwd: serverDir }).catch(() => undefined);
  if (!existsSync(resolve(buildDir, 'main.js'))) throw new Error('build failed');
  databaseUrl = await createDatabase(inject('databaseServerUrl'), `baton_crash_${randomBytes(4).toString('hex')}`);
}, 180_000);
afterAll(() => {
  child?.kill('SIGKILL');
});

describe('crash recovery', () => {
  it(`kill -9 while ${INSTANCES} instances pass through service tasks loses and doubles nothing`, async () => {
    // given a running server, a process with one service task, and a worker that records side effects by job id
    let url = await startServer();
    const session = await signUp(url);
    let client = new ProcessClient(url, session.token);
    await client.deploy(bpmn('crash', `<bpmn:startEvent id="s" />${flow('f1', 's', 'w')}${serviceTask('w', 'crm:sync')}${flow('f2', 'w', 'e')}<bpmn:endEvent id="e" />`));
    const effects = new Map<string, number>(); // job id → times the side effect ran (the job id is the idempotency key)
    let crashed = false;
    let starting = true;
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const unfinishedJobs = async () => (await db.query(`SELECT count(*)::int AS n FROM jobs WHERE state <> 'COMPLETED'`)).rows[0].n as number;
    const worker = (async () => {
      while (starting || (await unfinishedJobs()) > 0) {
        const jobs = await client.activateJobs('crm:sync', 50, 2000).catch(() => []);
        for (const job of jobs) {
          effects.set(job.id, (effects.get(job.id) ?? 0) + 1);
          await client.completeJob(job.id, { synced: true }).catch(() => undefined);
        }
        if (jobs.length === 0) await new Promise((r) => setTimeout(r, crashed ? 200 : 20));
      }
    })();
    // when instances are started, and the server is killed half-way and restarted
    let started = 0;
    while (started < INSTANCES) {
      const results = await Promise.allSettled(Array.from({ length: Math.min(25, INSTANCES - started) }, () => client.start('crash')));
      started += results.filter((r) => r.status === 'fulfilled').length;
      if (!crashed && started >= INSTANCES / 2) {
        crashed = true;
        child?.kill('SIGKILL');
        url = await startServer();
        client = new ProcessClient(url, session.token);
      }
    }
    starting = false;
    await worker;
    // then every instance that was started completed, and the tables hold exactly one run of each. (A start whose
    // response was lost in the crash may have committed, so the instances are counted in the database.)
    try {
      const { rows: [counts] } = await db.query(`SELECT
          count(*)::int AS instances,
          count(*) FILTER (WHERE state = 'COMPLETED')::int AS completed,
          (SELECT count(*)::int FROM element_instances WHERE state IN ('ACTIVE', 'WAITING')) AS open_tokens,
          (SELECT count(*)::int FROM jobs WHERE state <> 'COMPLETED') AS unfinished_jobs,
          (SELECT count(*)::int FROM jobs) AS jobs
        FROM process_instances`);
      expect(counts.instances).toBeGreaterThanOrEqual(INSTANCES);
      expect(counts).toEqual({ instances: counts.instances, completed: counts.instances, open_tokens: 0, unfinished_jobs: 0, jobs: counts.instances });
      const { rows: wrong } = await db.query(`SELECT p.id FROM process_instances p
          LEFT JOIN element_instances e ON e.process_instance_id = p.id
          GROUP BY p.id HAVING count(*) FILTER (WHERE e.element_id = 'e' AND e.state = 'COMPLETED') <> 1
            OR count(*) FILTER (WHERE e.element_id = 'w') <> 1 OR count(*) <> 4`); // process, s, w, e
      expect(wrong).toEqual([]);
      // each job's side effect is keyed by its id: one entry per job, even where a crash made it run twice
      expect(effects.size).toBe(counts.instances);
      const { rows: jobIds } = await db.query(`SELECT id FROM jobs`);
      expect(jobIds.every((j: { id: string }) => effects.has(j.id))).toBe(true);
      console.log(`crash test: ${counts.instances} instances, ${[...effects.values()].filter((n) => n > 1).length} job(s) ran twice around the crash (at-least-once), none lost`);
    } finally {
      await db.end();
    }
  }, 180_000);
});
