import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { gql } from '../graphql-client.js';
import { addMember, Session, signUp } from '../identity.js';
import { bpmn, flow, ProcessClient, userTask } from './process-client.js';

interface Received {
  data: unknown[];
  errors: unknown[];
  closed: { code?: number } | null;
  stop: () => void;
}

let baton: RunningBaton;
let owner: Session;
let finance: Session;
let sales: Session;
let stranger: Session;
const clients: Client[] = [];

function wsClient(token: string | null): Client {
  const client = createClient({
    url: baton.url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
  clients.push(client);
  return client;
}

/** Subscribes and collects what arrives; resolves once the server acknowledged the subscription. */
async function listen(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<Received> {
  const received: Received = { data: [], errors: [], closed: null, stop: () => undefined };
  const client = wsClient(token);
  client.on('closed', (event) => (received.closed = event as { code?: number }));
  received.stop = client.subscribe({ query, variables }, {
    next: (message) => (message.errors ? received.errors.push(...message.errors) : received.data.push(message.data)),
    error: (error) => received.errors.push(error),
    complete: () => undefined,
  });
  // graphql-ws has no "subscribed" acknowledgement: give the server a moment to register the listener.
  await new Promise((done) => setTimeout(done, 400));
  return received;
}

const until = async (check: () => boolean, ms = 5_000) => {
  for (const end = Date.now() + ms; Date.now() < end && !check();) await new Promise((done) => setTimeout(done, 50));
};

beforeAll(async () => {
  baton = await startTestApp();
  owner = await signUp(baton.url);
  finance = await addMember(baton.url, owner, 'MEMBER');
  sales = await addMember(baton.url, owner, 'MEMBER');
  stranger = await signUp(baton.url);
  await gql(baton.url, `mutation { createGroup(input: { key: "finance", name: "Finance" }) { id } }`, {}, { token: owner.token });
  await gql(baton.url, `mutation($id: ID!) { addGroupMember(input: { groupKey: "finance", userId: $id }) { key } }`, { id: finance.userId }, { token: owner.token });
  await new ProcessClient(baton.url, owner.token).deploy(bpmn('approve', `<bpmn:startEvent id="s" />${flow('f1', 's', 'check')}
    ${userTask('check', '<zeebe:assignmentDefinition candidateGroups="finance" />')}${flow('f2', 'check', 'e')}<bpmn:endEvent id="e" />`));
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await baton?.stop();
});

describe('subscriptions over graphql-ws', () => {
  it('taskCreated reaches the candidate group, not other members nor other workspaces', async () => {
    // given three listeners: a finance member, a sales member and someone from another workspace
    const TASK_CREATED = `subscription { taskCreated { id elementId candidateGroups state } }`;
    const [inFinance, inSales, outside] = await Promise.all([listen(finance.token, TASK_CREATED), listen(sales.token, TASK_CREATED), listen(stranger.token, TASK_CREATED)]);
    // when the owner starts an instance that creates a finance task
    const instance = await new ProcessClient(baton.url, owner.token).start('approve');
    // then the finance member is told, the others are not
    await until(() => inFinance.data.length > 0);
    expect(inFinance.data).toEqual([{ taskCreated: expect.objectContaining({ elementId: 'check', candidateGroups: ['finance'], state: 'CREATED' }) }]);
    await new Promise((done) => setTimeout(done, 500));
    expect(inSales.data).toEqual([]);
    expect(outside.data).toEqual([]);
    expect([inFinance, inSales, outside].flatMap((r) => r.errors)).toEqual([]);
    [inFinance, inSales, outside].forEach((r) => r.stop());
    expect((await new ProcessClient(baton.url, owner.token).openTasks(instance.id))).toHaveLength(1);
  });

  it('taskUpdated tells the candidate about a claim, and processInstanceUpdated about completion', async () => {
    const client = new ProcessClient(baton.url, finance.token);
    const instance = await new ProcessClient(baton.url, owner.token).start('approve');
    const [task] = await client.openTasks(instance.id);
    const updates = await listen(finance.token, `subscription { taskUpdated { id assignee state } }`);
    const instanceUpdates = await listen(owner.token, `subscription($id: ID!) { processInstanceUpdated(id: $id) { id state } }`, { id: instance.id });
    // when the finance member claims and completes the task
    await client.ok(`mutation($id: ID!) { claimTask(id: $id) { id } }`, { id: task.id });
    expect((await client.completeTask(task.id)).errors).toBeUndefined();
    // then both changes of the task arrive in order, and the instance's completion too
    await until(() => updates.data.length >= 2 && instanceUpdates.data.some((d) => JSON.stringify(d).includes('COMPLETED')));
    expect(updates.data).toEqual([
      { taskUpdated: { id: task.id, assignee: finance.userId, state: 'CREATED' } },
      { taskUpdated: { id: task.id, assignee: finance.userId, state: 'COMPLETED' } },
    ]);
    expect(instanceUpdates.data.at(-1)).toEqual({ processInstanceUpdated: { id: instance.id, state: 'COMPLETED' } });
    updates.stop();
    instanceUpdates.stop();
  });

  it('refuses a connection without a token, a bad token, and another workspace’s instance', async () => {
    const anonymous = await listen(null, `subscription { taskCreated { id } }`);
    await until(() => anonymous.closed !== null);
    expect(anonymous.closed?.code).toBe(4403);
    const forged = await listen('not-a-token', `subscription { taskCreated { id } }`);
    await until(() => forged.errors.length > 0);
    expect(JSON.stringify(forged.errors)).toContain('UNAUTHENTICATED');
    const instance = await new ProcessClient(baton.url, owner.token).start('approve');
    const foreign = await listen(stranger.token, `subscription($id: ID!) { processInstanceUpdated(id: $id) { id } }`, { id: instance.id });
    await until(() => foreign.errors.length > 0);
    expect(JSON.stringify(foreign.errors)).toContain('NOT_FOUND');
    expect(foreign.data).toEqual([]);
  });
});
