import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { codeOf } from '../graphql-client.js';
import { signUp } from '../identity.js';
import { bpmn, flow, ProcessClient, serviceTask, userTask } from './process-client.js';

/**
 * Workspace isolation for processes, tasks, jobs and incidents, aimed at B's real ids (operations.ts covers every
 * operation with sample ids). A's owner, the most powerful caller A has, neither sees nor changes anything of B.
 */
const ENGINE_TABLES = [
  'process_definitions', 'process_instances', 'element_instances', 'variables', 'user_tasks', 'jobs', 'incidents', 'process_history',
  'timers', 'message_subscriptions', 'messages', 'message_correlations', 'signal_subscriptions', 'signal_broadcasts', 'webhook_keys', 'webhook_deliveries',
];
let baton: RunningBaton;
let a: ProcessClient;
let b: ProcessClient;
let bWorkspaceId: string;
let foreign: { instanceId: string; taskId: string; jobId: string; incidentId: string };

const model = (id: string) => bpmn(id, `<bpmn:startEvent id="s" />${flow('f1', 's', 'fork')}<bpmn:parallelGateway id="fork" />
  ${flow('fa', 'fork', 'approve')}${flow('fb', 'fork', 'sync')}${flow('fc', 'fork', 'fail')}
  ${userTask('approve')}${serviceTask('sync', 'bravo-crm')}${serviceTask('fail', 'bravo-fail')}
  <bpmn:boundaryEvent id="recall" attachedToRef="approve" cancelActivity="false"><bpmn:signalEventDefinition signalRef="sig-recall" /></bpmn:boundaryEvent>
  ${flow('fr', 'recall', 'recalled')}<bpmn:endEvent id="recalled" />`).replace('</bpmn:definitions>', '<bpmn:signal id="sig-recall" name="bravo-recall" /></bpmn:definitions>');

async function snapshotOfB(): Promise<string> {
  const rows = [];
  for (const table of ENGINE_TABLES) {
    rows.push(await baton.dataSource.query(`SELECT to_jsonb(x) AS row FROM ${table} x WHERE workspace_id = $1 ORDER BY 1`, [bWorkspaceId]));
  }
  return JSON.stringify(rows);
}

beforeAll(async () => {
  baton = await startTestApp();
  a = new ProcessClient(baton.url, (await signUp(baton.url, { workspaceName: 'Alpha' })).token);
  const bSession = await signUp(baton.url, { workspaceName: 'Bravo' });
  bWorkspaceId = bSession.workspaceId;
  b = new ProcessClient(baton.url, bSession.token);
  await b.deploy(model('shared-id'));
  const instance = await b.start('shared-id', { secret: 'bravo-secret-value' });
  // B also waits on a timer and a message, and has one message buffered and one correlated
  await b.deploy(bpmn('bravo-events', `<bpmn:startEvent id="s" />${flow('f1', 's', 'fork')}<bpmn:parallelGateway id="fork" />${flow('fa', 'fork', 'later')}${flow('fb', 'fork', 'paid')}
    <bpmn:intermediateCatchEvent id="later"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
    <bpmn:intermediateCatchEvent id="paid"><bpmn:messageEventDefinition messageRef="m" /></bpmn:intermediateCatchEvent>`).replace('</bpmn:definitions>', '<bpmn:message id="m" name="bravo-paid" /></bpmn:definitions>'));
  await b.start('bravo-events');
  await b.published('bravo-paid', null, {}, 3_600_000);
  await b.start('bravo-events');
  // and a webhook key and a signal subscription (the boundary on approve)
  await b.ok(`mutation { rotateWebhookKey { header } }`);
  const [task] = await b.openTasks(instance.id);
  const [failing] = await b.activateJobs('bravo-fail');
  await b.call(`mutation($id: ID!) { failJob(id: $id, retries: 0, errorMessage: "bravo failure") { id } }`, { id: failing.id });
  const [job] = await b.activateJobs('bravo-crm', 1, 1000);
  const incidentId = (await b.instance(instance.id)).incidents[0].id;
  foreign = { instanceId: instance.id, taskId: task.id, jobId: job.id, incidentId };
  // A deploys a process with the same BPMN id: ids are per workspace
  await a.deploy(bpmn('shared-id', `<bpmn:startEvent id="s" />${flow('f1', 's', 'e')}<bpmn:endEvent id="e" />`));
  // let B's job lock expire, so only isolation (not the lock) can keep A's worker away from it
  await new Promise((resolve) => setTimeout(resolve, 1100));
});
afterAll(() => baton?.stop());

describe('A aims at B’s processes, tasks, jobs and incidents', () => {
  const cases = [
    { title: 'processInstance', q: `query($id: ID!) { processInstance(id: $id) { id variables } }`, id: () => foreign.instanceId },
    { title: 'cancelProcessInstance', q: `mutation($id: ID!) { cancelProcessInstance(id: $id) { id } }`, id: () => foreign.instanceId },
    { title: 'claimTask', q: `mutation($id: ID!) { claimTask(id: $id) { id } }`, id: () => foreign.taskId },
    { title: 'unclaimTask', q: `mutation($id: ID!) { unclaimTask(id: $id) { id } }`, id: () => foreign.taskId },
    { title: 'completeTask', q: `mutation($id: ID!) { completeTask(id: $id) { id } }`, id: () => foreign.taskId },
    { title: 'completeJob', q: `mutation($id: ID!) { completeJob(id: $id) { id } }`, id: () => foreign.jobId },
    { title: 'failJob', q: `mutation($id: ID!) { failJob(id: $id, retries: 0) { id } }`, id: () => foreign.jobId },
    { title: 'throwError', q: `mutation($id: ID!) { throwError(id: $id, errorCode: "X") { id } }`, id: () => foreign.jobId },
    { title: 'resolveIncident', q: `mutation($id: ID!) { resolveIncident(id: $id, retries: 3) { id } }`, id: () => foreign.incidentId },
  ];

  it.each(cases)('$title with B’s id is NOT_FOUND and changes nothing', async ({ q, id }) => {
    // given B's state / when A's owner sends B's id
    const before = await snapshotOfB();
    const result = await a.call(q, { id: id() });
    // then it does not exist for A, nothing of B leaks, and B is unchanged
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(JSON.stringify(result)).not.toContain('bravo-secret-value');
    expect(await snapshotOfB()).toBe(before);
  });

  it('lists, activates and starts only within A', async () => {
    const before = await snapshotOfB();
    // when A lists and works / then none of B's rows appear
    const lists = await a.ok<{ processDefinitions: { id: string; version: number }[]; processInstances: { totalCount: number }; tasks: { totalCount: number } }>(
      `{ processDefinitions { id version } processInstances { totalCount } tasks { totalCount } }`);
    expect(lists.processDefinitions.map((d) => d.version)).toEqual([1]);
    expect(lists.tasks.totalCount).toBe(0);
    expect(await a.activateJobs('bravo-crm', 100)).toEqual([]);
    expect((await a.broadcast('bravo-recall')).triggered).toEqual([]);
    // and starting "shared-id" runs A's own version (start → end), not B's
    const started = await a.start('shared-id');
    expect(started.state).toBe('COMPLETED');
    expect(lists.processInstances.totalCount).toBe(0);
    expect(await snapshotOfB()).toBe(before);
  });

  it('row-level security hides every engine row of B from A’s transactions', async () => {
    const [{ id: aWorkspace }] = await baton.dataSource.query(`SELECT id FROM workspaces WHERE name = 'Alpha'`);
    for (const table of ENGINE_TABLES) {
      const rows = await baton.dataSource.transaction(async (em) => {
        await em.query(`SELECT set_config('role', 'baton_app', true), set_config('baton.workspace_id', $1, true)`, [aWorkspace]);
        return em.query(`SELECT count(*)::int AS n FROM ${table} WHERE workspace_id = $1`, [bWorkspaceId]);
      });
      expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
    }
  });
});
