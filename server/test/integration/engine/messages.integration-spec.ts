import { randomUUID } from 'node:crypto';
import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { signUp } from '../identity.js';
import { EngineTime } from './engine-time.js';
import { bpmn, flow, ProcessClient, userTask } from './process-client.js';

/** publishMessage through GraphQL on a real PostgreSQL: correlation keys, buffering, message ids, start events. */
let baton: RunningBaton;
let client: ProcessClient;
let time: EngineTime;

beforeAll(async () => {
  baton = await startTestApp();
  client = new ProcessClient(baton.url, (await signUp(baton.url)).token);
  time = new EngineTime([baton]);
  await client.deploy(orderProcess);
});
afterAll(async () => {
  await baton?.stop();
});

const message = (name: string, key = '=orderId') =>
  `<bpmn:message id="m-${name}" name="${name}"><bpmn:extensionElements><zeebe:subscription correlationKey="${key}" /></bpmn:extensionElements></bpmn:message>`;

/** A document with global messages beside the process. */
function withMessages(processXml: string, ...messages: string[]): string {
  return processXml.replace('</bpmn:definitions>', `${messages.join('')}</bpmn:definitions>`);
}

/** start → wait for "paid" (key = orderId) → end */
const orderProcess = withMessages(
  bpmn('order', `<bpmn:startEvent id="s" />${flow('f1', 's', 'paid')}<bpmn:intermediateCatchEvent id="paid"><bpmn:messageEventDefinition messageRef="m-paid" /></bpmn:intermediateCatchEvent>
    ${flow('f2', 'paid', 'e')}<bpmn:endEvent id="e" />`),
  message('paid'),
);

async function subscriptions(instanceId: string): Promise<{ element_id: string; correlation_key: string; state: string }[]> {
  return baton.dataSource.query(`SELECT element_id, correlation_key, state FROM message_subscriptions WHERE process_instance_id = $1 ORDER BY created_at`, [instanceId]);
}

describe('intermediate message catch events', () => {
  it('correlate by the key evaluated when the subscription opened, and set the message variables', async () => {
    // given an order waiting for "paid" with its orderId as key
    const orderId = randomUUID();
    const i = await client.start('order', { orderId });
    expect(await subscriptions(i.id)).toEqual([{ element_id: 'paid', correlation_key: orderId, state: 'OPEN' }]);
    // when "paid" arrives for another order / then nothing moves
    expect((await client.published('paid', randomUUID(), { amount: 1 })).correlations).toEqual([]);
    expect((await client.instance(i.id)).state).toBe('ACTIVE');
    // when it arrives for this order / then it completes with the message's variables
    const published = await client.published('paid', orderId, { amount: 42 });
    expect(published.correlations).toEqual([{ processInstanceId: i.id, bpmnProcessId: 'order', elementId: 'paid', started: false }]);
    const done = await client.instance(i.id);
    expect(done.state).toBe('COMPLETED');
    expect(done.variables).toMatchObject({ orderId, amount: 42 });
    expect(await subscriptions(i.id)).toEqual([{ element_id: 'paid', correlation_key: orderId, state: 'CLOSED' }]);
  });

  it('a message published before the subscription opens is buffered for its time to live', async () => {
    // given "paid" published first with a minute to live
    const early = randomUUID();
    expect((await client.published('paid', early, { amount: 7 }, 60_000)).correlations).toEqual([]);
    // when the order starts / then the buffered message correlates at once
    const i = await client.start('order', { orderId: early });
    expect(i.state).toBe('COMPLETED');
    expect(i.variables.amount).toBe(7);
    // and a message whose time to live ran out does not
    const late = randomUUID();
    await client.published('paid', late, {}, 1_000);
    await time.advance(2_000);
    expect((await client.start('order', { orderId: late })).state).toBe('ACTIVE');
  });

  it('a message correlates once per process: the oldest waiting instance takes it, the next message the next one', async () => {
    // given two orders waiting with the same key
    const orderId = randomUUID();
    const first = await client.start('order', { orderId });
    const second = await client.start('order', { orderId });
    // when one message arrives / then only the first moves
    await client.published('paid', orderId, {}, 60_000);
    expect((await client.instance(first.id)).state).toBe('COMPLETED');
    expect((await client.instance(second.id)).state).toBe('ACTIVE');
    // when a second one arrives / then the second moves
    await client.published('paid', orderId);
    expect((await client.instance(second.id)).state).toBe('COMPLETED');
  });

  it('a repeated message id within the time to live is refused and correlates once', async () => {
    // given a message with an id, buffered for an hour
    const orderId = randomUUID();
    const messageId = `pay-${orderId}`;
    await client.published('paid', orderId, {}, 3_600_000, messageId);
    // when it is published again / then CONFLICT naming the id, and only one order ever gets it
    const again = await client.publish('paid', orderId, {}, 3_600_000, messageId);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0].message).toContain(messageId);
    const first = await client.start('order', { orderId });
    const second = await client.start('order', { orderId });
    expect([first.state, second.state]).toEqual(['COMPLETED', 'ACTIVE']);
    // when the first has expired / then the id may be used again
    await time.advance(3_600_001);
    await client.published('paid', orderId, {}, 0, messageId);
    expect((await client.instance(second.id)).state).toBe('COMPLETED');
  });

  it('two concurrent publishes of one id correlate once', async () => {
    // given one waiting order / when the same message id is published 10 times at once
    const orderId = randomUUID();
    const i = await client.start('order', { orderId });
    const results = await Promise.all(Array.from({ length: 10 }, () => client.publish('paid', orderId, {}, 60_000, `dup-${orderId}`)));
    // then one succeeds, nine get CONFLICT, and the order passed its catch event once
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(9);
    const done = await client.instance(i.id);
    expect(done.history.filter((h) => h.elementId === 'paid' && h.event === 'COMPLETED')).toHaveLength(1);
  });
});

describe('receive tasks and message boundary events', () => {
  it('a receive task waits for its message', async () => {
    await client.deploy(withMessages(bpmn('receiver', `<bpmn:startEvent id="s" />${flow('f1', 's', 'r')}<bpmn:receiveTask id="r" messageRef="m-shipped" />${flow('f2', 'r', 'e')}<bpmn:endEvent id="e" />`), message('shipped')));
    const orderId = randomUUID();
    const i = await client.start('receiver', { orderId });
    expect(i.activeElementIds).toEqual(['r']);
    await client.published('shipped', orderId, { carrier: 'SF' });
    const done = await client.instance(i.id);
    expect(done.state).toBe('COMPLETED');
    expect(done.variables.carrier).toBe('SF');
  });

  it('interrupting boundary cancels the task; non-interrupting runs beside it for every message', async () => {
    // given a task with an interrupting "cancelled" and a non-interrupting "note" boundary
    await client.deploy(withMessages(bpmn('boundaries', `<bpmn:startEvent id="s" />${flow('f1', 's', 'work')}${userTask('work')}${flow('f2', 'work', 'e')}<bpmn:endEvent id="e" />
      <bpmn:boundaryEvent id="stop" attachedToRef="work"><bpmn:messageEventDefinition messageRef="m-cancelled" /></bpmn:boundaryEvent>${flow('f3', 'stop', 'e2')}<bpmn:endEvent id="e2" />
      <bpmn:boundaryEvent id="note" attachedToRef="work" cancelActivity="false"><bpmn:messageEventDefinition messageRef="m-note" /></bpmn:boundaryEvent>${flow('f4', 'note', 'read')}${userTask('read')}`),
      message('cancelled'), message('note')));
    const orderId = randomUUID();
    const i = await client.start('boundaries', { orderId });
    // when two notes arrive / then two read tasks beside the still-open work
    await client.published('note', orderId);
    await client.published('note', orderId);
    expect((await client.openTasks(i.id)).map((t) => t.elementId).sort()).toEqual(['read', 'read', 'work']);
    // when "cancelled" arrives / then work is cancelled, its subscriptions closed, the reads stay
    await client.published('cancelled', orderId);
    expect((await client.openTasks(i.id)).map((t) => t.elementId).sort()).toEqual(['read', 'read']);
    expect((await subscriptions(i.id)).filter((s) => s.state === 'OPEN')).toEqual([]);
  });
});

describe('message start events', () => {
  it('start an instance with the variables; one active instance per correlation key', async () => {
    await client.deploy(withMessages(bpmn('onOrder', `<bpmn:startEvent id="placed"><bpmn:messageEventDefinition messageRef="m-placed" /></bpmn:startEvent>${flow('f1', 'placed', 'work')}${userTask('work')}`), message('placed')));
    // when published / then an instance started with the message's variables
    const key = randomUUID();
    const published = await client.published('placed', key, { customer: 'Acme' });
    expect(published.correlations).toMatchObject([{ bpmnProcessId: 'onOrder', elementId: 'placed', started: true }]);
    const started = await client.instance(published.correlations[0].processInstanceId);
    expect(started.variables.customer).toBe('Acme');
    // when published again with the same key while it runs / then no second instance; another key starts one
    expect((await client.published('placed', key)).correlations).toEqual([]);
    expect((await client.published('placed', randomUUID())).correlations).toHaveLength(1);
  });
});

describe('bad input', () => {
  it.each([
    { title: 'an unknown message name', input: { name: 'no-such-message' }, code: 'BAD_USER_INPUT', mentions: 'no-such-message' },
    { title: 'an empty name', input: { name: '  ' }, code: 'BAD_USER_INPUT', mentions: 'name' },
    { title: 'a negative time to live', input: { name: 'paid', timeToLive: -1 }, code: 'BAD_USER_INPUT', mentions: 'timeToLive' },
    { title: 'variables that are not an object', input: { name: 'paid', variables: [1, 2] }, code: 'BAD_USER_INPUT', mentions: 'variables' },
  ])('refuses $title', async ({ input, code, mentions }) => {
    // given bad input / when published / then a typed error naming the field or the name
    const result = await client.call(`mutation($input: PublishMessageInput!) { publishMessage(input: $input) { id } }`, { input });
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(JSON.stringify(result.errors)).toContain(mentions);
  });

  it('a message of another workspace never reaches this one', async () => {
    // given an order waiting in workspace A, and workspace B with the same process
    const orderId = randomUUID();
    const i = await client.start('order', { orderId });
    const other = new ProcessClient(baton.url, (await signUp(baton.url)).token);
    await other.deploy(orderProcess);
    // when B publishes A's key / then A's order still waits
    expect((await other.published('paid', orderId, {}, 60_000)).correlations).toEqual([]);
    await time.settle();
    expect((await client.instance(i.id)).state).toBe('ACTIVE');
  });
});
