import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { RunningBaton } from '../../../src/bootstrap.js';
import { BatchWorker } from '../../../src/modules/batch/batch-worker.js';
import { startTestApp } from '../app.js';
import { gql, GqlResult } from '../graphql-client.js';
import { addMember, Session, signUp } from '../identity.js';
import {
  auditCounts,
  Batch,
  BATCH_FIELDS,
  batchOf,
  finished,
  startBatchCancel,
  startBatchMigration,
  started,
} from './batch-client.js';
import { bpmn, flow, ProcessClient, serviceTask, userTask } from './process-client.js';

/** Batch cancel and batch migration through GraphQL on a real PostgreSQL: input, progress, failures, cancelling. */
let baton: RunningBaton;
let owner: Session;
let client: ProcessClient;
let worker: BatchWorker;
const sockets: Client[] = [];

const simple = (id: string) =>
  bpmn(
    id,
    `<bpmn:startEvent id="s" />${flow('f1', 's', 'a')}${userTask('a')}${flow('f2', 'a', 'e')}<bpmn:endEvent id="e" />`,
  );
/** v1: review → approve;  v2: check → review2 → notify (a service task) → approve */
const v1 = bpmn(
  'batch-mig',
  `<bpmn:startEvent id="s" />${flow('f1', 's', 'review')}${userTask('review')}${flow('f2', 'review', 'approve')}${userTask('approve')}${flow('f3', 'approve', 'e')}<bpmn:endEvent id="e" />`,
);
const v2 = bpmn(
  'batch-mig',
  `<bpmn:startEvent id="s" />${flow('f0', 's', 'check')}${userTask('check')}${flow('f1', 'check', 'review2')}${userTask('review2')}${flow('f2', 'review2', 'notify')}${serviceTask('notify', 'mail')}${flow('f4', 'notify', 'approve')}${userTask('approve')}${flow('f3', 'approve', 'e')}<bpmn:endEvent id="e" />`,
);
let v1Id: string;
let v2Id: string;

beforeAll(async () => {
  baton = await startTestApp();
  owner = await signUp(baton.url);
  client = new ProcessClient(baton.url, owner.token);
  worker = baton.app.get(BatchWorker);
  await client.deploy(simple('batch-a'));
  await client.deploy(simple('batch-b'));
  v1Id = (await client.deploy(v1)).id;
  v2Id = (await client.deploy(v2)).id;
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await baton?.stop();
});

const startMany = async (processId: string, n: number) =>
  Promise.all(Array.from({ length: n }, () => client.start(processId)));
const states = async (ids: readonly string[]) =>
  (
    await baton.dataSource.query(`SELECT state FROM process_instances WHERE id = ANY($1::uuid[]) ORDER BY state`, [ids])
  ).map((r: { state: string }) => r.state);

function refusal(result: GqlResult<unknown>): { code: unknown; keys: string[]; message: string } {
  const error = result.errors?.[0];
  return {
    code: error?.extensions?.code,
    keys: (error?.extensions?.fields ?? []).map((f) => f.key),
    message: error?.message ?? '',
  };
}

describe('startBatchCancel', () => {
  it('cancels the chosen instances in the background, counting progress, each exactly once and audited', async () => {
    // given five running instances and a held worker
    const ids = (await startMany('batch-a', 5)).map((i) => i.id);
    const release = worker.hold();
    // when a batch cancel starts
    const batch = started(await startBatchCancel(client, { instanceIds: ids }), 'startBatchCancel');
    // then it is RUNNING with everything pending, and nothing is cancelled yet
    expect(batch).toMatchObject({
      kind: 'CANCEL',
      state: 'RUNNING',
      totalCount: 5,
      doneCount: 0,
      failedCount: 0,
      pendingCount: 5,
    });
    expect(await states(ids)).toEqual(Array(5).fill('ACTIVE'));
    // and when the worker runs, the batch completes
    release();
    const done = await finished(client, [baton], batch.id);
    expect(done).toMatchObject({ state: 'COMPLETED', doneCount: 5, failedCount: 0, pendingCount: 0, failures: [] });
    expect(await states(ids)).toEqual(Array(5).fill('TERMINATED'));
    expect(await auditCounts(baton, 'process.instance_cancelled', ids)).toEqual([1, 1, 1, 1, 1]);
    expect(await auditCounts(baton, 'process.batch_started', [batch.id])).toEqual([1]);
  });

  it('chooses by filter: running root instances of one process only', async () => {
    const a = (await startMany('batch-a', 3)).map((i) => i.id);
    const b = (await startMany('batch-b', 2)).map((i) => i.id);
    const batch = started(
      await startBatchCancel(client, { filter: { bpmnProcessId: 'batch-b', state: 'ACTIVE' } }),
      'startBatchCancel',
    );
    expect(batch.totalCount).toBe(2);
    expect((await finished(client, [baton], batch.id)).state).toBe('COMPLETED');
    expect(await states(b)).toEqual(['TERMINATED', 'TERMINATED']);
    expect(await states(a)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE']);
  });

  it('chooses by start date', async () => {
    const before = (await startMany('batch-a', 2)).map((i) => i.id);
    const [{ now }] = await baton.dataSource.query(`SELECT clock_timestamp() AS now`);
    const after = (await startMany('batch-a', 2)).map((i) => i.id);
    const batch = started(
      await startBatchCancel(client, { filter: { bpmnProcessId: 'batch-a', startedAfter: now } }),
      'startBatchCancel',
    );
    expect(batch.totalCount).toBe(2);
    await finished(client, [baton], batch.id);
    expect(await states(after)).toEqual(['TERMINATED', 'TERMINATED']);
    expect(await states(before)).toEqual(['ACTIVE', 'ACTIVE']);
  });

  it('fails an instance that has already ended, with the reason in the request language, and goes on with the others', async () => {
    // given three instances, one of which is cancelled after the batch started
    const ids = (await startMany('batch-a', 3)).map((i) => i.id);
    const release = worker.hold();
    const batch = started(await startBatchCancel(client, { instanceIds: ids }), 'startBatchCancel');
    await client.ok(`mutation($id: ID!) { cancelProcessInstance(id: $id) { id } }`, { id: ids[1] });
    release();
    // then that item fails with the single-instance operation's reason; the other two are done
    const done = await finished(client, [baton], batch.id);
    expect(done).toMatchObject({ state: 'COMPLETED', doneCount: 2, failedCount: 1 });
    expect(done.failures).toEqual([
      {
        processInstanceId: ids[1],
        code: 'CONFLICT',
        reason: 'INSTANCE_NOT_ACTIVE',
        message: expect.stringContaining('already ended'),
        keys: [],
      },
    ]);
    const zh = await gql<{ batchOperation: Batch }>(
      baton.url,
      `query($id: ID!) { batchOperation(id: $id) { ${BATCH_FIELDS} } }`,
      { id: batch.id },
      { token: owner.token, lang: 'zh-CN' },
    );
    expect(zh.data!.batchOperation.failures[0].message).toContain('已结束');
    expect(await auditCounts(baton, 'process.instance_cancelled', ids)).toEqual([1, 1, 1]);
  });

  it('ends FAILED when no instance could be processed', async () => {
    const ids = (await startMany('batch-a', 2)).map((i) => i.id);
    const release = worker.hold();
    const batch = started(await startBatchCancel(client, { instanceIds: ids }), 'startBatchCancel');
    for (const id of ids) await client.ok(`mutation($id: ID!) { cancelProcessInstance(id: $id) { id } }`, { id });
    release();
    expect(await finished(client, [baton], batch.id)).toMatchObject({ state: 'FAILED', doneCount: 0, failedCount: 2 });
  });

  it.each([
    { title: 'neither ids nor a filter', input: () => ({}), code: 'BAD_USER_INPUT', key: 'instanceIds' },
    {
      title: 'both ids and a filter',
      input: (id: string) => ({ instanceIds: [id], filter: { bpmnProcessId: 'batch-a' } }),
      code: 'BAD_USER_INPUT',
      key: 'instanceIds',
    },
    { title: 'an empty id list', input: () => ({ instanceIds: [] }), code: 'BAD_USER_INPUT', key: 'instanceIds' },
    {
      title: 'a malformed id',
      input: (id: string) => ({ instanceIds: [id, 'nope'] }),
      code: 'BAD_USER_INPUT',
      key: 'instanceIds[1]',
    },
    {
      title: 'an id of no instance here',
      input: () => ({ instanceIds: ['00000000-0000-4000-8000-000000000001'] }),
      code: 'BAD_USER_INPUT',
      key: 'instanceIds[0]',
    },
    {
      title: 'a filter on ended instances',
      input: () => ({ filter: { state: 'COMPLETED' } }),
      code: 'BAD_USER_INPUT',
      key: 'filter.state',
    },
    {
      title: 'a filter matching nothing',
      input: () => ({ filter: { bpmnProcessId: 'no-such-process' } }),
      code: 'BAD_USER_INPUT',
      key: 'filter',
    },
    {
      title: 'a date range ending before it starts',
      input: () => ({ filter: { startedAfter: '2026-02-01T00:00:00Z', startedBefore: '2026-01-01T00:00:00Z' } }),
      code: 'BAD_USER_INPUT',
      key: 'filter.startedBefore',
    },
    {
      title: 'a malformed definition id',
      input: () => ({ filter: { processDefinitionId: 'x' } }),
      code: 'BAD_USER_INPUT',
      key: 'filter.processDefinitionId',
    },
  ])('refuses $title, naming it, and starts nothing', async ({ input, code, key }) => {
    const [{ n: before }] = await baton.dataSource.query(`SELECT count(*)::int AS n FROM batch_operations`);
    const i = await client.start('batch-a');
    const result = refusal(await startBatchCancel(client, input(i.id)));
    expect(result.code).toBe(code);
    expect(result.keys).toContain(key);
    expect((await baton.dataSource.query(`SELECT count(*)::int AS n FROM batch_operations`))[0].n).toBe(before);
  });

  it('is for builders and above: a member is refused', async () => {
    const member = new ProcessClient(baton.url, (await addMember(baton.url, owner, 'MEMBER')).token);
    const i = await client.start('batch-a');
    expect(refusal(await startBatchCancel(member, { instanceIds: [i.id] })).code).toBe('FORBIDDEN');
  });
});

describe('items run as the batch creator holds their role now', () => {
  it('fails the remaining items FORBIDDEN when the creator lost the right to operate', async () => {
    // given a builder's held batch
    const builder = await addMember(baton.url, owner, 'BUILDER');
    const builderClient = new ProcessClient(baton.url, builder.token);
    const ids = (await startMany('batch-a', 2)).map((i) => i.id);
    const release = worker.hold();
    const batch = started(await startBatchCancel(builderClient, { instanceIds: ids }), 'startBatchCancel');
    // when the owner makes them a member before the worker runs
    await client.ok(`mutation($id: ID!) { changeMemberRole(input: { userId: $id, role: MEMBER }) { role } }`, {
      id: builder.userId,
    });
    release();
    // then nothing is cancelled and every item says why
    const done = await finished(client, [baton], batch.id);
    expect(done).toMatchObject({ state: 'FAILED', failedCount: 2 });
    expect(done.failures.map((f) => f.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(await states(ids)).toEqual(['ACTIVE', 'ACTIVE']);
  });

  it('gives an item up after its attempts, keeping the last error, and goes on', async () => {
    // given a held batch whose first item already crashed its worker three times
    const ids = (await startMany('batch-a', 2)).map((i) => i.id);
    const release = worker.hold();
    const batch = started(await startBatchCancel(client, { instanceIds: ids }), 'startBatchCancel');
    const last = {
      code: 'INTERNAL',
      reason: 'UNEXPECTED',
      message: { en: 'connection reset', 'zh-CN': 'connection reset' },
      keys: [],
    };
    await baton.dataSource.query(
      `UPDATE batch_operation_items SET attempts = 3, error = $2 WHERE batch_id = $1 AND position = 1`,
      [batch.id, JSON.stringify(last)],
    );
    // when the worker claims it once more
    release();
    const done = await finished(client, [baton], batch.id);
    // then that item fails naming its attempts and the last error, untouched; the other is done
    expect(done).toMatchObject({ state: 'COMPLETED', doneCount: 1, failedCount: 1 });
    expect(done.failures[0]).toMatchObject({
      processInstanceId: ids[0],
      reason: 'ITEM_GAVE_UP',
      message: expect.stringContaining('after 3 attempts: connection reset'),
    });
    expect(await states([ids[0]])).toEqual(['ACTIVE']);
  });
});

describe('startBatchMigration', () => {
  const mappings = [
    { sourceElementId: 'review', targetElementId: 'review2' },
    { sourceElementId: 'approve', targetElementId: 'approve' },
  ];

  it('moves every chosen instance to the target version, keeping its tasks', async () => {
    const ids = (await Promise.all([1, 2, 3, 4].map(() => client.start('batch-mig', {}, 1)))).map((i) => i.id);
    const tasksBefore = await Promise.all(ids.map((id) => client.openTasks(id)));
    const batch = started(
      await startBatchMigration(client, { filter: { processDefinitionId: v1Id }, targetDefinitionId: v2Id, mappings }),
      'startBatchMigration',
    );
    expect(batch).toMatchObject({ kind: 'MIGRATE', totalCount: 4, targetDefinitionId: v2Id });
    expect(await finished(client, [baton], batch.id)).toMatchObject({
      state: 'COMPLETED',
      doneCount: 4,
      failedCount: 0,
    });
    const rows = await baton.dataSource.query(
      `SELECT definition_id, version FROM process_instances WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    expect(rows.every((r: { definition_id: string }) => r.definition_id === v2Id)).toBe(true);
    const tasksAfter = await Promise.all(ids.map((id) => client.openTasks(id)));
    expect(tasksAfter.map((t) => t.map((x) => [x.id, x.elementId]))).toEqual(
      tasksBefore.map((t) => t.map((x) => [x.id, 'review2'])),
    );
    expect(await auditCounts(baton, 'process.instance_migrated', ids)).toEqual([1, 1, 1, 1]);
  });

  it.each([
    {
      title: 'an open element left unmapped',
      mappings: [{ sourceElementId: 'approve', targetElementId: 'approve' }],
      code: 'BAD_USER_INPUT',
      keys: ['review'],
      mention: 'not mapped',
    },
    {
      title: 'a mapping to an element the target lacks',
      mappings: [{ sourceElementId: 'review', targetElementId: 'nowhere' }],
      code: 'BAD_USER_INPUT',
      keys: ['review'],
      mention: 'does not have',
    },
    {
      title: 'a mapping that changes the element type',
      mappings: [{ sourceElementId: 'review', targetElementId: 'notify' }],
      code: 'BAD_USER_INPUT',
      keys: ['review'],
      mention: 'change its type',
    },
    {
      title: 'a mapping from an element the source lacks',
      mappings: [
        ...[{ sourceElementId: 'ghost', targetElementId: 'approve' }],
        { sourceElementId: 'review', targetElementId: 'review2' },
      ],
      code: 'BAD_USER_INPUT',
      keys: ['ghost'],
      mention: 'no element ghost',
    },
  ])(
    'refuses the whole batch for $title, naming each element, and starts nothing',
    async ({ mappings: bad, code, keys, mention }) => {
      const i = await client.start('batch-mig', {}, 1);
      const result = refusal(
        await startBatchMigration(client, { instanceIds: [i.id], targetDefinitionId: v2Id, mappings: bad }),
      );
      expect(result.code).toBe(code);
      expect(result.keys).toEqual(keys);
      expect(result.message).toContain(mention);
      expect(
        (await baton.dataSource.query(`SELECT definition_id FROM process_instances WHERE id = $1`, [i.id]))[0]
          .definition_id,
      ).toBe(v1Id);
    },
  );

  it('refuses an unknown target definition', async () => {
    const i = await client.start('batch-mig', {}, 1);
    const result = refusal(
      await startBatchMigration(client, {
        instanceIds: [i.id],
        targetDefinitionId: '00000000-0000-4000-8000-000000000002',
        mappings,
      }),
    );
    expect(result).toMatchObject({ code: 'NOT_FOUND', keys: ['targetDefinitionId'] });
  });

  it('fails an instance whose open element is no longer mapped when its turn comes, and migrates the others', async () => {
    // given three instances at review, checked fine when the batch starts (approve left unmapped)
    const ids = (await Promise.all([1, 2, 3].map(() => client.start('batch-mig', {}, 1)))).map((i) => i.id);
    const release = worker.hold();
    const batch = started(
      await startBatchMigration(client, { instanceIds: ids, targetDefinitionId: v2Id, mappings: [mappings[0]] }),
      'startBatchMigration',
    );
    // when one of them moves on to approve before the worker gets to it
    await client.completeOpenTask(ids[0], 'review');
    release();
    // then that item fails naming approve, and the others are migrated
    const done = await finished(client, [baton], batch.id);
    expect(done).toMatchObject({ state: 'COMPLETED', doneCount: 2, failedCount: 1 });
    expect(done.failures).toEqual([
      expect.objectContaining({ processInstanceId: ids[0], reason: 'MIGRATION_REFUSED', keys: ['approve'] }),
    ]);
    const rows = await baton.dataSource.query(
      `SELECT id, definition_id FROM process_instances WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    expect(Object.fromEntries(rows.map((r: { id: string; definition_id: string }) => [r.id, r.definition_id]))).toEqual(
      { [ids[0]]: v1Id, [ids[1]]: v2Id, [ids[2]]: v2Id },
    );
  });
});

describe('cancelBatchOperation and the list', () => {
  it('stops a running batch: nothing more is processed, and it cannot be stopped twice', async () => {
    const ids = (await startMany('batch-a', 3)).map((i) => i.id);
    const release = worker.hold();
    const batch = started(await startBatchCancel(client, { instanceIds: ids }), 'startBatchCancel');
    const stopped = await client.ok<{ cancelBatchOperation: Batch }>(
      `mutation($id: ID!) { cancelBatchOperation(id: $id) { ${BATCH_FIELDS} } }`,
      { id: batch.id },
    );
    expect(stopped.cancelBatchOperation).toMatchObject({ state: 'CANCELLED', pendingCount: 3 });
    release();
    await worker.wake();
    expect(await batchOf(client, batch.id)).toMatchObject({ state: 'CANCELLED', doneCount: 0 });
    expect(await states(ids)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE']);
    const again = refusal(
      await client.call(`mutation($id: ID!) { cancelBatchOperation(id: $id) { id } }`, { id: batch.id }),
    );
    expect(again.code).toBe('CONFLICT');
    expect(
      refusal(
        await client.call(`query($id: ID!) { batchOperation(id: $id) { id } }`, {
          id: '00000000-0000-4000-8000-000000000003',
        }),
      ).code,
    ).toBe('NOT_FOUND');
  });

  it('lists batches newest first, and another workspace sees none of them', async () => {
    const list = await client.ok<{ batchOperations: { nodes: Batch[]; totalCount: number } }>(
      `{ batchOperations(first: 2) { nodes { id state } totalCount pageInfo { hasNextPage } } }`,
    );
    expect(list.batchOperations.nodes).toHaveLength(2);
    expect(list.batchOperations.totalCount).toBeGreaterThan(2);
    const stranger = new ProcessClient(baton.url, (await signUp(baton.url)).token);
    const theirs = await stranger.ok<{ batchOperations: { totalCount: number } }>(`{ batchOperations { totalCount } }`);
    expect(theirs.batchOperations.totalCount).toBe(0);
    const peek = refusal(
      await stranger.call(`query($id: ID!) { batchOperation(id: $id) { id } }`, {
        id: list.batchOperations.nodes[0].id,
      }),
    );
    expect(peek.code).toBe('NOT_FOUND');
  });
});

describe('batchOperationProgress', () => {
  it('sends the batch now, then after each instance, and ends with the batch', async () => {
    // given a held batch of four and a subscriber
    const ids = (await startMany('batch-a', 4)).map((i) => i.id);
    const release = worker.hold();
    const batch = started(await startBatchCancel(client, { instanceIds: ids }), 'startBatchCancel');
    const seen: Batch[] = [];
    let completed = false;
    const ws = createClient({
      url: baton.url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${owner.token}` },
      retryAttempts: 0,
    });
    sockets.push(ws);
    ws.subscribe(
      {
        query: `subscription($id: ID!) { batchOperationProgress(id: $id) { state doneCount failedCount pendingCount } }`,
        variables: { id: batch.id },
      },
      {
        next: (message) => seen.push((message.data as { batchOperationProgress: Batch }).batchOperationProgress),
        error: (error) => seen.push({ state: `error ${JSON.stringify(error)}` } as Batch),
        complete: () => (completed = true),
      },
    );
    await expect.poll(() => seen.length, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(seen[0]).toMatchObject({ state: 'RUNNING', doneCount: 0, pendingCount: 4 });
    // when the worker runs
    release();
    await finished(client, [baton], batch.id);
    // then progress arrived in order and the subscription completed with the batch
    await expect.poll(() => completed, { timeout: 5_000 }).toBe(true);
    const counts = seen.map((s) => s.doneCount);
    expect(counts).toEqual([...counts].sort((x, y) => x - y));
    expect(seen.at(-1)).toMatchObject({ state: 'COMPLETED', doneCount: 4, pendingCount: 0 });
  });
});
