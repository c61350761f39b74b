import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { RunningBaton, startBaton } from '../../../src/bootstrap.js';
import { parseEnv } from '../../../src/config/env.js';
import { BatchWorker } from '../../../src/modules/batch/batch-worker.js';
import { claimItems } from '../../../src/modules/batch/batch.repository.js';
import { createDatabase } from '../global-setup.js';
import { signUp } from '../identity.js';
import { auditCounts, finished, startBatchCancel, startBatchMigration, started } from './batch-client.js';
import { bpmn, flow, ProcessClient, userTask } from './process-client.js';

/**
 * Batches across server processes on one database: a replica that stops (or dies after claiming) mid-batch leaves
 * the rest to another, two replicas share a batch, and tasks completed during a batch migration are not lost. In
 * every case each instance is processed exactly once (one audit event each, no failed item).
 */
let env: ReturnType<typeof parseEnv>;
const running: RunningBaton[] = [];

async function server(): Promise<RunningBaton> {
  const baton = await startBaton(env, { log: false });
  running.push(baton);
  const worker = baton.app.get(BatchWorker);
  worker.settings.chunkSize = 5;
  worker.settings.leaseMs = 1_000;
  return baton;
}

beforeAll(async () => {
  const url = await createDatabase(inject('databaseServerUrl'), `baton_batch_${randomBytes(4).toString('hex')}`);
  env = parseEnv({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    PORT: '0',
    HOST: '127.0.0.1',
    BATON_SEED_DEMO: 'false',
    BATON_LOG_LEVEL: 'error',
  });
});
afterAll(async () => {
  for (const baton of running.splice(0)) await baton.stop();
});

const simple = (id: string) =>
  bpmn(
    id,
    `<bpmn:startEvent id="s" />${flow('f1', 's', 'a')}${userTask('a')}${flow('f2', 'a', 'e')}<bpmn:endEvent id="e" />`,
  );
async function startMany(client: ProcessClient, processId: string, n: number, version?: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 10)
    ids.push(
      ...(
        await Promise.all(Array.from({ length: Math.min(10, n - i) }, () => client.start(processId, {}, version)))
      ).map((x) => x.id),
    );
  return ids;
}
const itemCounts = async (baton: RunningBaton, batchId: string) =>
  (
    await baton.dataSource.query(
      `SELECT state, count(*)::int AS n FROM batch_operation_items WHERE batch_id = $1 GROUP BY state ORDER BY state`,
      [batchId],
    )
  ).reduce((all: Record<string, number>, r: { state: string; n: number }) => ({ ...all, [r.state]: r.n }), {});

describe('batch operations across replicas', () => {
  it('resume after a restart mid-batch, and after a worker died holding claims: every instance cancelled exactly once', async () => {
    // given 40 running instances and a batch cancel on replica A
    const a = await server();
    const client = new ProcessClient(a.url, (await signUp(a.url)).token);
    await client.deploy(simple('restart'));
    const ids = await startMany(client, 'restart', 40);
    const batch = started(await startBatchCancel(client, { instanceIds: ids }), 'startBatchCancel');
    // when A stops after some of them
    await expect
      .poll(async () => (await itemCounts(a, batch.id)).DONE ?? 0, { timeout: 20_000, interval: 10 })
      .toBeGreaterThanOrEqual(8);
    await a.stop();
    running.splice(running.indexOf(a), 1);
    // and some worker claims the next chunk and dies before running it (its lease has to lapse)
    const t0 = Date.now();
    const b = await server();
    const release = b.app.get(BatchWorker).hold();
    const [{ leased }] = await b.dataSource.query(
      `SELECT count(*)::int AS leased FROM batch_operation_items WHERE locked_until > now() AND state = 'PENDING'`,
    );
    const afterStop = await itemCounts(b, batch.id);
    const orphaned = await b.dataSource.transaction((em) => claimItems(em, 5, 1_500));
    expect(afterStop.DONE).toBeGreaterThanOrEqual(8);
    expect(afterStop.PENDING).toBeGreaterThan(0);
    expect(orphaned).toHaveLength(Math.min(5, afterStop.PENDING - leased));
    // then replica B, started afresh, finishes the batch
    release();
    const t1 = Date.now();
    const clientB = new ProcessClient(b.url, client.token);
    const done = await finished(clientB, [b], batch.id);
    console.log(`restart: B up in ${t1 - t0} ms, rest of the batch in ${Date.now() - t1} ms`);
    expect(done).toMatchObject({ state: 'COMPLETED', totalCount: 40, doneCount: 40, failedCount: 0 });
    expect(b.app.get(BatchWorker).processed).toBe(afterStop.PENDING);
    expect(await auditCounts(b, 'process.instance_cancelled', ids)).toEqual(Array(40).fill(1));
    const [{ n }] = await b.dataSource.query(
      `SELECT count(*)::int AS n FROM process_instances WHERE id = ANY($1::uuid[]) AND state = 'TERMINATED'`,
      [ids],
    );
    expect(n).toBe(40);
  });

  it('share one batch between two replicas working at once, without doing an instance twice even when their claims overlap', async () => {
    const [a, b] = running.length >= 1 ? [running[0], await server()] : [await server(), await server()];
    const client = new ProcessClient(a.url, (await signUp(a.url)).token);
    await client.deploy(simple('shared'));
    const ids = await startMany(client, 'shared', 60);
    const [workerA, workerB] = [a.app.get(BatchWorker), b.app.get(BatchWorker)];
    // leases that lapse at once: both replicas claim the same items, and only the item lock and state keep it to one run
    workerA.settings.leaseMs = workerB.settings.leaseMs = 1;
    const releases = [workerA.hold(), workerB.hold()];
    const before = [workerA.processed, workerB.processed];
    const batch = started(await startBatchCancel(client, { filter: { bpmnProcessId: 'shared' } }), 'startBatchCancel');
    releases.forEach((release) => release());
    const t0 = Date.now();
    const done = await finished(client, [a, b], batch.id);
    console.log(`60 cancels on 2 replicas: ${Date.now() - t0} ms`);
    expect(done).toMatchObject({ state: 'COMPLETED', doneCount: 60, failedCount: 0 });
    const byReplica = [workerA.processed - before[0], workerB.processed - before[1]];
    expect(byReplica[0] + byReplica[1]).toBe(60);
    expect(
      byReplica.every((n) => n > 0),
      `per replica: ${byReplica.join(' / ')}`,
    ).toBe(true);
    expect(await auditCounts(a, 'process.instance_cancelled', ids)).toEqual(Array(60).fill(1));
    workerA.settings.leaseMs = workerB.settings.leaseMs = 1_000;
  });

  it('lose nothing when tasks are completed while their instances are being migrated', async () => {
    const [a, b] = running.slice(0, 2);
    const owner = await signUp(a.url);
    const client = new ProcessClient(a.url, owner.token);
    const clientB = new ProcessClient(b.url, owner.token);
    // v1: review → approve;  v2: the same with a changed name (a new version) and an extra end path
    const v1 = bpmn(
      'racing',
      `<bpmn:startEvent id="s" />${flow('f1', 's', 'review')}${userTask('review')}${flow('f2', 'review', 'approve')}${userTask('approve')}${flow('f3', 'approve', 'e')}<bpmn:endEvent id="e" />`,
    );
    await client.deploy(v1);
    const ids = await startMany(client, 'racing', 30, 1);
    const target = await client.deploy(v1.replace('name="approve"', 'name="approve (v2)"'));
    expect(target.version).toBe(2);
    const reviewTasks = await Promise.all(ids.map(async (id) => (await client.openTasks(id))[0]));
    // when a batch migration runs on both replicas while half of the review tasks are completed through B
    const batch = started(
      await startBatchMigration(client, {
        filter: { bpmnProcessId: 'racing', version: 1 },
        targetDefinitionId: target.id,
        mappings: [
          { sourceElementId: 'review', targetElementId: 'review' },
          { sourceElementId: 'approve', targetElementId: 'approve' },
        ],
      }),
      'startBatchMigration',
    );
    const completions = Promise.all(
      reviewTasks.filter((_, i) => i % 2 === 0).map((task) => clientB.completeTask(task.id, { ok: true })),
    );
    const [results, done] = await Promise.all([completions, finished(client, [a, b], batch.id)]);
    // then every completion took effect, every instance moved once, and each has exactly its one open task
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(done).toMatchObject({ state: 'COMPLETED', doneCount: 30, failedCount: 0 });
    expect(await auditCounts(a, 'process.instance_migrated', ids)).toEqual(Array(30).fill(1));
    const rows: { id: string; version: number; open: string[] }[] = await a.dataSource.query(
      `SELECT p.id, p.version, array_agg(t.element_id ORDER BY t.element_id) AS open FROM process_instances p
       JOIN user_tasks t ON t.process_instance_id = p.id AND t.state = 'CREATED' WHERE p.id = ANY($1::uuid[]) GROUP BY p.id, p.version`,
      [ids],
    );
    expect(rows).toHaveLength(30);
    const expected = Object.fromEntries(
      ids.map((id, i) => [id, { version: 2, open: [i % 2 === 0 ? 'approve' : 'review'] }]),
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, { version: r.version, open: r.open }]))).toEqual(expected);
    // and the approve tasks created after the race complete the instances on v2
    const approved = await Promise.all(
      ids.filter((_, i) => i % 2 === 0).map(async (id) => clientB.completeOpenTask(id, 'approve')),
    );
    expect(approved).toHaveLength(15);
  });
});
