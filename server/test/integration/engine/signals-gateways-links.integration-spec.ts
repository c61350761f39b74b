import { randomUUID } from 'node:crypto';
import { RunningBaton } from '../../../src/bootstrap.js';
import { signUp } from '../identity.js';
import { startEngineApp } from './engine-app.js';
import { EngineTime } from './engine-time.js';
import { openEvents as openEventsOf } from './open-events.js';
import { bpmn, flow, path, ProcessClient, userTask } from './process-client.js';

/** Signals (broadcastSignal and throw events), event-based gateways and link events on a real PostgreSQL. */
let baton: RunningBaton;
let client: ProcessClient;
let time: EngineTime;
const HOUR = 3_600_000;

beforeAll(async () => ({ baton, client, time } = await startEngineApp()));
afterAll(async () => {
  await baton?.stop();
});

const signal = (id: string, name: string) => `<bpmn:signal id="${id}" name="${name}" />`;
const withGlobals = (xml: string, ...globals: string[]) => xml.replace('</bpmn:definitions>', `${globals.join('')}</bpmn:definitions>`);
const catchSignal = (id: string, ref: string) => `<bpmn:intermediateCatchEvent id="${id}"><bpmn:signalEventDefinition signalRef="${ref}" /></bpmn:intermediateCatchEvent>`;

const tasksOf = (instanceId: string): Promise<string[]> => client.openTaskIds(instanceId);

const complete = (instanceId: string, elementId: string): Promise<void> => client.completeOpenTask(instanceId, elementId);

const openEvents = (instanceId: string) => openEventsOf(baton, instanceId);

async function instancesOf(bpmnProcessId: string): Promise<{ id: string; state: string }[]> {
  return baton.dataSource.query(`SELECT id, state FROM process_instances WHERE bpmn_process_id = $1 ORDER BY created_at`, [bpmnProcessId]);
}

describe('broadcastSignal', () => {
  it('moves every waiting instance on once, with the variables; an instance that starts waiting later is not reached', async () => {
    // given two instances waiting for "stock-arrived"
    await client.deploy(withGlobals(bpmn('restock', `<bpmn:startEvent id="s" />${flow('f1', 's', 'arrived')}${catchSignal('arrived', 'sig')}${flow('f2', 'arrived', 'e')}<bpmn:endEvent id="e" />`), signal('sig', 'stock-arrived')));
    const first = await client.start('restock');
    const second = await client.start('restock');
    expect(await openEvents(first.id)).toEqual({ timers: 0, messages: 0, signals: 1 });
    // when the signal is broadcast / then both complete with its variables
    const result = await client.broadcast('stock-arrived', { sku: 'A-1' });
    expect(result.triggered.map((t) => t.processInstanceId).sort()).toEqual([first.id, second.id].sort());
    for (const id of [first.id, second.id]) {
      const done = await client.instance(id);
      expect(done.state).toBe('COMPLETED');
      expect(done.variables.sku).toBe('A-1');
    }
    // and a signal is not buffered: an instance started afterwards waits for the next one
    const third = await client.start('restock');
    expect(third.state).toBe('ACTIVE');
    expect((await client.broadcast('no-one-listens')).triggered).toEqual([]);
  });

  it('starts an instance of every process with a signal start event (the latest version)', async () => {
    await client.deploy(withGlobals(bpmn('onAlert', `<bpmn:startEvent id="s"><bpmn:signalEventDefinition signalRef="sig" /></bpmn:startEvent>${flow('f1', 's', 'react')}${userTask('react')}`), signal('sig', 'alert-raised')));
    await client.deploy(withGlobals(bpmn('onAlert', `<bpmn:startEvent id="s2"><bpmn:signalEventDefinition signalRef="sig" /></bpmn:startEvent>${flow('f1', 's2', 'react2')}${userTask('react2')}`), signal('sig', 'alert-raised')));
    const result = await client.broadcast('alert-raised', { level: 3 });
    expect(result.triggered).toMatchObject([{ bpmnProcessId: 'onAlert', elementId: 's2', started: true }]);
    const started = await client.instance(result.triggered[0].processInstanceId);
    expect(started.variables.level).toBe(3);
    expect(await tasksOf(started.id)).toEqual(['react2']);
  });

  it('interrupting and non-interrupting signal boundary events', async () => {
    await client.deploy(withGlobals(bpmn('guarded', `<bpmn:startEvent id="s" />${flow('f1', 's', 'work')}${userTask('work')}${flow('f2', 'work', 'e')}<bpmn:endEvent id="e" />
      <bpmn:boundaryEvent id="halt" attachedToRef="work"><bpmn:signalEventDefinition signalRef="stop" /></bpmn:boundaryEvent>${flow('f3', 'halt', 'halted')}${userTask('halted')}
      <bpmn:boundaryEvent id="ping" attachedToRef="work" cancelActivity="false"><bpmn:signalEventDefinition signalRef="hello" /></bpmn:boundaryEvent>${flow('f4', 'ping', 'pinged')}${userTask('pinged')}`),
      signal('stop', 'guard-stop'), signal('hello', 'guard-ping')));
    const i = await client.start('guarded');
    await client.broadcast('guard-ping');
    expect(await tasksOf(i.id)).toEqual(['pinged', 'work']);
    await client.broadcast('guard-stop');
    expect(await tasksOf(i.id)).toEqual(['halted', 'pinged']);
    expect(await openEvents(i.id)).toEqual({ timers: 0, messages: 0, signals: 0 });
  });

  it('refuses an empty name, naming the field', async () => {
    const result = await client.call(`mutation { broadcastSignal(input: { name: "  " }) { name } }`);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors?.[0].extensions?.fields)).toContain('name');
  });

  it('reaches only the caller\'s workspace', async () => {
    // given an instance of A waiting for a signal / when B broadcasts that name / then A's instance still waits
    const i = await client.start('restock');
    const other = new ProcessClient(baton.url, (await signUp(baton.url)).token);
    expect((await other.broadcast('stock-arrived')).triggered).toEqual([]);
    expect((await client.instance(i.id)).state).toBe('ACTIVE');
  });
});

describe('signal throw and end events', () => {
  it('are broadcast after their command commits: other instances and signal starts react, later subscriptions do not', async () => {
    // given a listener waiting for "order-shipped", and a process that throws it and then waits for it itself
    await client.deploy(withGlobals(bpmn('listener', `<bpmn:startEvent id="s" />${flow('f1', 's', 'heard')}${catchSignal('heard', 'sig')}${flow('f2', 'heard', 'e')}<bpmn:endEvent id="e" />`), signal('sig', 'order-shipped')));
    await client.deploy(withGlobals(bpmn('shipper', `<bpmn:startEvent id="s" />${flow('f1', 's', 'shout')}
      <bpmn:intermediateThrowEvent id="shout"><bpmn:signalEventDefinition signalRef="sig" /></bpmn:intermediateThrowEvent>${flow('f2', 'shout', 'echo')}${catchSignal('echo', 'sig')}
      ${flow('f3', 'echo', 'last')}<bpmn:endEvent id="last"><bpmn:signalEventDefinition signalRef="done" /></bpmn:endEvent>`), signal('sig', 'order-shipped'), signal('done', 'shipper-done')));
    await client.deploy(withGlobals(bpmn('afterShipping', `<bpmn:startEvent id="s"><bpmn:signalEventDefinition signalRef="done" /></bpmn:startEvent>${flow('f1', 's', 'invoice')}${userTask('invoice')}`), signal('done', 'shipper-done')));
    const listener = await client.start('listener');
    const before = (await instancesOf('afterShipping')).length;
    // when the shipper throws / then after the engine poller's pass the listener has moved on
    const shipper = await client.start('shipper');
    expect(shipper.activeElementIds).toEqual(['echo']);
    await time.settle();
    expect((await client.instance(listener.id)).state).toBe('COMPLETED');
    // and the shipper's own catch, opened after its throw, still waits
    expect((await client.instance(shipper.id)).activeElementIds).toEqual(['echo']);
    // when another broadcast reaches it / then its signal end event starts afterShipping once
    await client.broadcast('order-shipped');
    await time.settle();
    expect((await client.instance(shipper.id)).state).toBe('COMPLETED');
    expect(await instancesOf('afterShipping')).toHaveLength(before + 1);
    const [queued] = await baton.dataSource.query(`SELECT count(*)::int AS n FROM signal_broadcasts`);
    expect(queued.n).toBe(0);
  });
});

describe('event-based gateways', () => {
  beforeAll(async () => {
    // gateway → paid (message, key orderId) | cancelled (signal) | PT1H timer
    await client.deploy(withGlobals(bpmn('awaitPayment', `<bpmn:startEvent id="s" />${flow('f1', 's', 'gw')}<bpmn:eventBasedGateway id="gw" />
      ${flow('g1', 'gw', 'paid')}<bpmn:intermediateCatchEvent id="paid"><bpmn:messageEventDefinition messageRef="m-paid" /></bpmn:intermediateCatchEvent>${flow('p1', 'paid', 'ship')}${userTask('ship')}
      ${flow('g2', 'gw', 'cancelled')}${catchSignal('cancelled', 'sig')}${flow('c1', 'cancelled', 'refund')}${userTask('refund')}
      ${flow('g3', 'gw', 'late')}<bpmn:intermediateCatchEvent id="late"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>${flow('l1', 'late', 'remind')}${userTask('remind')}`),
      `<bpmn:message id="m-paid" name="order-paid"><bpmn:extensionElements><zeebe:subscription correlationKey="=orderId" /></bpmn:extensionElements></bpmn:message>`,
      signal('sig', 'orders-cancelled')));
  });

  it('the first event wins; the other subscriptions and the timer are withdrawn in the same transaction', async () => {
    const orderId = randomUUID();
    const i = await client.start('awaitPayment', { orderId });
    expect(i.activeElementIds).toEqual(['gw']);
    expect(await openEvents(i.id)).toEqual({ timers: 1, messages: 1, signals: 1 });
    // when the payment arrives / then only the paid branch runs, nothing else waits
    await client.published('order-paid', orderId, { amount: 10 });
    expect(await tasksOf(i.id)).toEqual(['ship']);
    expect(await openEvents(i.id)).toEqual({ timers: 0, messages: 0, signals: 0 });
    const after = await client.instance(i.id);
    expect(path(after)).toEqual(['s', 'gw', 'paid']);
    expect(after.variables.amount).toBe(10);
    // and a later timer or signal changes nothing
    await time.advance(HOUR + 1_000);
    expect(await tasksOf(i.id)).toEqual(['ship']);
  });

  it('a timer or a signal can win too', async () => {
    const slow = await client.start('awaitPayment', { orderId: randomUUID() });
    await time.advance(HOUR + 1_000);
    expect(await tasksOf(slow.id)).toEqual(['remind']);
    expect(await openEvents(slow.id)).toEqual({ timers: 0, messages: 0, signals: 0 });
    const cancelled = await client.start('awaitPayment', { orderId: randomUUID() });
    await client.broadcast('orders-cancelled');
    expect(await tasksOf(cancelled.id)).toEqual(['refund']);
    expect(await openEvents(cancelled.id)).toEqual({ timers: 0, messages: 0, signals: 0 });
  });

  it('takes a message that was buffered before it opened', async () => {
    const orderId = randomUUID();
    await client.published('order-paid', orderId, {}, 60_000);
    const i = await client.start('awaitPayment', { orderId });
    expect(await tasksOf(i.id)).toEqual(['ship']);
    expect(await openEvents(i.id)).toEqual({ timers: 0, messages: 0, signals: 0 });
  });
});

describe('link events', () => {
  it('a link throw continues at the link catch event of the same name in its scope', async () => {
    await client.deploy(bpmn('linked', `<bpmn:startEvent id="s" />${flow('f1', 's', 'first')}${userTask('first')}${flow('f2', 'first', 'goTo')}
      <bpmn:intermediateThrowEvent id="goTo"><bpmn:linkEventDefinition name="PAGE2" /></bpmn:intermediateThrowEvent>
      <bpmn:intermediateCatchEvent id="landing"><bpmn:linkEventDefinition name="PAGE2" /></bpmn:intermediateCatchEvent>${flow('f3', 'landing', 'second')}${userTask('second')}
      ${flow('f4', 'second', 'e')}<bpmn:endEvent id="e" />`));
    const i = await client.start('linked');
    await complete(i.id, 'first');
    expect(await tasksOf(i.id)).toEqual(['second']);
    await complete(i.id, 'second');
    const done = await client.instance(i.id);
    expect(done.state).toBe('COMPLETED');
    expect(path(done)).toEqual(['s', 'first', 'goTo', 'landing', 'second', 'e']);
  });
});
