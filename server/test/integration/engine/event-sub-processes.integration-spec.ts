import { randomUUID } from 'node:crypto';
import { RunningBaton } from '../../../src/bootstrap.js';
import { startEngineApp } from './engine-app.js';
import { EngineTime } from './engine-time.js';
import { openEvents as openEventsOf } from './open-events.js';
import { bpmn, flow, Instance, ProcessClient, userTask } from './process-client.js';

/** Timer, message and signal event sub-processes, interrupting and not, at process and sub-process level. */
let baton: RunningBaton;
let client: ProcessClient;
let time: EngineTime;
const HOUR = 3_600_000;

beforeAll(async () => ({ baton, client, time } = await startEngineApp()));
afterAll(async () => {
  await baton?.stop();
});

const eventSubProcess = (id: string, start: string, task: string, interrupting: boolean) =>
  `<bpmn:subProcess id="${id}" triggeredByEvent="true"><bpmn:startEvent id="${id}-s" isInterrupting="${interrupting}">${start}</bpmn:startEvent>
    ${flow(`${id}-f1`, `${id}-s`, task)}${userTask(task)}${flow(`${id}-f2`, task, `${id}-e`)}<bpmn:endEvent id="${id}-e" /></bpmn:subProcess>`;
const timer = (duration: string) => `<bpmn:timerEventDefinition><bpmn:timeDuration>${duration}</bpmn:timeDuration></bpmn:timerEventDefinition>`;
const cycle = (value: string) => `<bpmn:timerEventDefinition><bpmn:timeCycle>${value}</bpmn:timeCycle></bpmn:timerEventDefinition>`;

const tasksOf = (instanceId: string): Promise<string[]> => client.openTaskIds(instanceId);

const complete = (instanceId: string, elementId: string): Promise<void> => client.completeOpenTask(instanceId, elementId);

const openEvents = (instanceId: string) => openEventsOf(baton, instanceId);

const terminated = (i: Instance) => i.history.filter((h) => h.event === 'TERMINATED').map((h) => h.elementId).sort();

describe('timer event sub-processes', () => {
  it('non-interrupting cycle: a reminder every hour beside the work, stopping when the process ends', async () => {
    // given work with a non-interrupting R2/PT1H reminder event sub-process
    await client.deploy(bpmn('remind', `<bpmn:startEvent id="s" />${flow('f1', 's', 'work')}${userTask('work')}${flow('f2', 'work', 'e')}<bpmn:endEvent id="e" />
      ${eventSubProcess('reminder', cycle('R2/PT1H'), 'nudge', false)}`));
    const i = await client.start('remind');
    expect(await openEvents(i.id)).toEqual({ timers: 1, messages: 0, signals: 0 });
    // when two hours pass / then two reminders wait beside the work, the cycle is used up
    await time.advance(HOUR + 1_000);
    await time.advance(HOUR + 1_000);
    expect(await tasksOf(i.id)).toEqual(['nudge', 'nudge', 'work']);
    expect((await openEvents(i.id)).timers).toBe(0);
    // when everything is done / then the instance completes
    for (const task of await client.openTasks(i.id)) expect((await client.completeTask(task.id)).errors).toBeUndefined();
    expect((await client.instance(i.id)).state).toBe('COMPLETED');
  });

  it('interrupting timer in a sub-process: ends the sub-process\'s work, withdraws its other event sub-processes, and the flow goes on', async () => {
    // given sub [ work ; timeout PT2H (interrupting) ; note (message, non-interrupting) ] → after
    await client.deploy(bpmn('deadline', `<bpmn:startEvent id="s" />${flow('f1', 's', 'sub')}
      <bpmn:subProcess id="sub"><bpmn:startEvent id="sub-s" />${flow('sf1', 'sub-s', 'work')}${userTask('work')}${flow('sf2', 'work', 'sub-e')}<bpmn:endEvent id="sub-e" />
        ${eventSubProcess('timeout', timer('PT2H'), 'late', true)}
        ${eventSubProcess('note', '<bpmn:messageEventDefinition messageRef="m-note" />', 'read', false)}</bpmn:subProcess>
      ${flow('f2', 'sub', 'after')}${userTask('after')}${flow('f3', 'after', 'e')}<bpmn:endEvent id="e" />`)
      .replace('</bpmn:definitions>', `<bpmn:message id="m-note" name="deadline-note"><bpmn:extensionElements><zeebe:subscription correlationKey="=caseId" /></bpmn:extensionElements></bpmn:message></bpmn:definitions>`));
    const caseId = randomUUID();
    const i = await client.start('deadline', { caseId });
    expect(await openEvents(i.id)).toEqual({ timers: 1, messages: 1, signals: 0 });
    // when the deadline passes
    await time.advance(2 * HOUR + 1_000);
    // then work is terminated, the message subscription withdrawn, and "late" runs in the sub-process
    expect(await tasksOf(i.id)).toEqual(['late']);
    expect(await openEvents(i.id)).toEqual({ timers: 0, messages: 0, signals: 0 });
    expect(terminated(await client.instance(i.id))).toEqual(['work']);
    expect((await client.published('deadline-note', caseId)).correlations).toEqual([]);
    // when late completes / then the sub-process completes and the flow continues
    await complete(i.id, 'late');
    expect(await tasksOf(i.id)).toEqual(['after']);
  });

  it('a sub-process that completes first cancels its event sub-processes\' timers', async () => {
    const i = await client.start('deadline', { caseId: randomUUID() });
    await complete(i.id, 'work');
    expect(await tasksOf(i.id)).toEqual(['after']);
    expect(await openEvents(i.id)).toEqual({ timers: 0, messages: 0, signals: 0 });
  });
});

describe('message and signal event sub-processes', () => {
  beforeAll(async () => {
    // process: work; event sub-processes: "update" message (non-interrupting, key = caseId), "abort" signal (interrupting)
    await client.deploy(bpmn('casework', `<bpmn:startEvent id="s" />${flow('f1', 's', 'work')}${userTask('work')}${flow('f2', 'work', 'e')}<bpmn:endEvent id="e" />
      ${eventSubProcess('update', '<bpmn:messageEventDefinition messageRef="m-update" />', 'review', false)}
      ${eventSubProcess('abort', '<bpmn:signalEventDefinition signalRef="sig-abort" />', 'wrapUp', true)}`)
      .replace('</bpmn:definitions>', `<bpmn:message id="m-update" name="case-update"><bpmn:extensionElements><zeebe:subscription correlationKey="=caseId" /></bpmn:extensionElements></bpmn:message>
        <bpmn:signal id="sig-abort" name="abort-all-cases" /></bpmn:definitions>`));
  });

  it('a non-interrupting message start runs for every message, with its variables, and keeps listening', async () => {
    const caseId = randomUUID();
    const i = await client.start('casework', { caseId });
    await client.published('case-update', caseId, { note: 'first' });
    await client.published('case-update', caseId, { note: 'second' });
    expect(await tasksOf(i.id)).toEqual(['review', 'review', 'work']);
    expect((await client.instance(i.id)).variables.note).toBe('second');
    expect((await openEvents(i.id)).messages).toBe(1);
  });

  it('an interrupting signal start ends everything else, including running non-interrupting event sub-processes', async () => {
    // given a case with a review running beside the work
    const caseId = randomUUID();
    const i = await client.start('casework', { caseId });
    await client.published('case-update', caseId);
    // when the abort signal is broadcast with a reason
    const broadcast = await client.broadcast('abort-all-cases', { reason: 'recall' });
    expect(broadcast.triggered).toContainEqual({ processInstanceId: i.id, bpmnProcessId: 'casework', elementId: 'abort-s', started: false });
    // then only wrapUp is left, nothing else listens, and the instance ends with it
    expect(await tasksOf(i.id)).toEqual(['wrapUp']);
    expect(await openEvents(i.id)).toEqual({ timers: 0, messages: 0, signals: 0 });
    expect(terminated(await client.instance(i.id))).toEqual(['review', 'update', 'work']);
    await complete(i.id, 'wrapUp');
    const done = await client.instance(i.id);
    expect(done.state).toBe('COMPLETED');
    expect(done.variables.reason).toBe('recall');
  });
});
