import { RunningBaton } from '../../../src/bootstrap.js';
import { startEngineApp } from './engine-app.js';
import { EngineTime } from './engine-time.js';
import { bpmn, flow, path, ProcessClient, userTask } from './process-client.js';

/** Timers through GraphQL on a real PostgreSQL; the engine clock moves instead of the test sleeping. */
let baton: RunningBaton;
let client: ProcessClient;
let time: EngineTime;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

beforeAll(async () => ({ baton, client, time } = await startEngineApp()));
afterAll(async () => {
  await baton?.stop();
});

const timer = (body: string) => `<bpmn:timerEventDefinition>${body}</bpmn:timerEventDefinition>`;
const duration = (value: string) => timer(`<bpmn:timeDuration>${value}</bpmn:timeDuration>`);
const catchTimer = (id: string, definition: string) => `<bpmn:intermediateCatchEvent id="${id}" name="${id}">${definition}</bpmn:intermediateCatchEvent>`;
const boundary = (id: string, on: string, definition: string, interrupting = true) =>
  `<bpmn:boundaryEvent id="${id}" attachedToRef="${on}" cancelActivity="${interrupting}">${definition}</bpmn:boundaryEvent>`;

async function timers(instanceId: string): Promise<{ element_id: string; state: string; fired_count: number }[]> {
  return baton.dataSource.query(`SELECT element_id, state, fired_count FROM timers WHERE process_instance_id = $1 ORDER BY created_at`, [instanceId]);
}

const tasksOf = (instanceId: string): Promise<string[]> => client.openTaskIds(instanceId);

describe('intermediate timer catch events', () => {
  it('wait for a static duration, then move on once', async () => {
    // given start → PT10M → end
    await client.deploy(bpmn('wait10', `<bpmn:startEvent id="s" />${flow('f1', 's', 'wait')}${catchTimer('wait', duration('PT10M'))}${flow('f2', 'wait', 'e')}<bpmn:endEvent id="e" />`));
    const i = await client.start('wait10');
    expect(i.activeElementIds).toEqual(['wait']);
    // when 9 minutes pass / then it still waits
    await time.advance(9 * MINUTE);
    expect((await client.instance(i.id)).state).toBe('ACTIVE');
    // when the 10th minute passes (and the poller is woken twice more) / then it completed, the timer fired once
    await time.advance(MINUTE + 1);
    await time.settle();
    const done = await client.instance(i.id);
    expect(done.state).toBe('COMPLETED');
    expect(path(done)).toEqual(['s', 'wait', 'e']);
    expect(await timers(i.id)).toEqual([{ element_id: 'wait', state: 'FIRED', fired_count: 1 }]);
  });

  it('take FEEL durations and dates evaluated on entry', async () => {
    // given a FEEL duration from a variable and a FEEL date computed from another
    await client.deploy(bpmn('feelTimers', `<bpmn:startEvent id="s" />${flow('f1', 's', 'd')}
      ${catchTimer('d', duration('=wait'))}${flow('f2', 'd', 'at')}
      ${catchTimer('at', timer('<bpmn:timeDate>=date and time(deadline)</bpmn:timeDate>'))}${flow('f3', 'at', 'e')}<bpmn:endEvent id="e" />`));
    const deadline = new Date(time.now() + 3 * HOUR).toISOString();
    const i = await client.start('feelTimers', { wait: 'PT1H', deadline });
    // when 1 hour passes / then the duration fired and the date waits
    await time.advance(HOUR + 1_000);
    expect((await client.instance(i.id)).activeElementIds).toEqual(['at']);
    // when the deadline passes / then done
    await time.advance(2 * HOUR);
    expect((await client.instance(i.id)).state).toBe('COMPLETED');
  });

  it('raise an incident naming the element for a value that is not ISO 8601', async () => {
    // given a FEEL duration that yields plain words
    await client.deploy(bpmn('badTimer', `<bpmn:startEvent id="s" />${flow('f1', 's', 'soon')}${catchTimer('soon', duration('=wait'))}${flow('f2', 'soon', 'e')}<bpmn:endEvent id="e" />`));
    // when started / then an EXPRESSION_ERROR incident names the element and the value
    const i = await client.start('badTimer', { wait: 'in a while' });
    expect(i.incidents).toMatchObject([{ type: 'EXPRESSION_ERROR', elementId: 'soon', state: 'ACTIVE' }]);
    expect(i.incidents[0].message).toContain('"in a while" is not an ISO 8601 duration');
  });
});

describe('boundary timers', () => {
  it('interrupting: the task is cancelled and the escalation path taken; completing first cancels the timer', async () => {
    // given a user task with a PT1H interrupting timer
    await client.deploy(bpmn('sla', `<bpmn:startEvent id="s" />${flow('f1', 's', 'work')}${userTask('work')}${flow('f2', 'work', 'e')}<bpmn:endEvent id="e" />
      ${boundary('late', 'work', duration('PT1H'))}${flow('f3', 'late', 'escalate')}${userTask('escalate')}${flow('f4', 'escalate', 'e2')}<bpmn:endEvent id="e2" />`));
    const late = await client.start('sla');
    const onTime = await client.start('sla');
    // when one task is completed in time and the hour passes
    expect((await client.completeTask((await client.openTasks(onTime.id))[0].id)).errors).toBeUndefined();
    await time.advance(HOUR + 1_000);
    // then the late one moved to escalate (its task cancelled); the other completed with its timer cancelled
    expect(await tasksOf(late.id)).toEqual(['escalate']);
    expect(await timers(late.id)).toEqual([{ element_id: 'late', state: 'FIRED', fired_count: 1 }]);
    expect((await client.instance(onTime.id)).state).toBe('COMPLETED');
    expect(await timers(onTime.id)).toEqual([{ element_id: 'late', state: 'CANCELED', fired_count: 0 }]);
    const [cancelled] = await baton.dataSource.query(`SELECT state FROM user_tasks WHERE process_instance_id = $1 AND element_id = 'work'`, [late.id]);
    expect(cancelled.state).toBe('CANCELED');
  });

  it('non-interrupting cycle R3/PT1H: three reminders beside the task, then no more; completing the task ends the cycle', async () => {
    // given a task with a repeating non-interrupting reminder
    await client.deploy(bpmn('remind', `<bpmn:startEvent id="s" />${flow('f1', 's', 'work')}${userTask('work')}${flow('f2', 'work', 'e')}<bpmn:endEvent id="e" />
      ${boundary('nudge', 'work', timer('<bpmn:timeCycle>R3/PT1H</bpmn:timeCycle>'), false)}${flow('f3', 'nudge', 'reminder')}${userTask('reminder')}${flow('f4', 'reminder', 'e2')}<bpmn:endEvent id="e2" />`));
    const i = await client.start('remind');
    const other = await client.start('remind');
    // when 2 hours pass, hour by hour / then two reminders, the task still open
    await time.advance(HOUR + 1_000);
    await time.advance(HOUR);
    expect(await tasksOf(i.id)).toEqual(['reminder', 'reminder', 'work']);
    // when 3 more hours pass / then the third and last reminder
    await time.advance(3 * HOUR);
    expect(await tasksOf(i.id)).toEqual(['reminder', 'reminder', 'reminder', 'work']);
    expect(await timers(i.id)).toEqual([{ element_id: 'nudge', state: 'FIRED', fired_count: 3 }]);
    // and the other instance, on the same clock, got its own three
    expect(await tasksOf(other.id)).toEqual(['reminder', 'reminder', 'reminder', 'work']);
    // when the task completes / then the reminders stay, the task is done
    const work = (await client.openTasks(i.id)).find((t) => t.elementId === 'work');
    expect((await client.completeTask(work!.id)).errors).toBeUndefined();
    expect(await tasksOf(i.id)).toEqual(['reminder', 'reminder', 'reminder']);
  });

  it('a cycle stops when its activity completes', async () => {
    // given an unbounded cycle on a task
    await client.deploy(bpmn('forever', `<bpmn:startEvent id="s" />${flow('f1', 's', 'work')}${userTask('work')}${flow('f2', 'work', 'e')}<bpmn:endEvent id="e" />
      ${boundary('tick', 'work', timer('<bpmn:timeCycle>R/PT1H</bpmn:timeCycle>'), false)}${flow('f3', 'tick', 'e2')}<bpmn:endEvent id="e2" />`));
    const i = await client.start('forever');
    await time.advance(HOUR + 1_000);
    expect(await timers(i.id)).toEqual([{ element_id: 'tick', state: 'SCHEDULED', fired_count: 1 }]);
    // when the task completes / then the timer is cancelled and never fires again
    expect((await client.completeTask((await client.openTasks(i.id))[0].id)).errors).toBeUndefined();
    await time.advance(5 * HOUR);
    expect(await timers(i.id)).toEqual([{ element_id: 'tick', state: 'CANCELED', fired_count: 1 }]);
  });
});

describe('timer start events', () => {
  it('a cycle R2/PT1H starts two instances an hour apart; a new version replaces the old timer', async () => {
    // given a process started by a cycle
    const xml = (tag: string) => bpmn('hourly', `<bpmn:startEvent id="tick" name="${tag}">${timer('<bpmn:timeCycle>R2/PT1H</bpmn:timeCycle>')}</bpmn:startEvent>${flow('f1', 'tick', 'work')}${userTask('work')}`);
    await client.deploy(xml('v1'));
    const count = async () => (await baton.dataSource.query(`SELECT count(*)::int AS n FROM process_instances WHERE bpmn_process_id = 'hourly'`))[0].n;
    // when 1, 2 and 3 hours pass / then 1, 2, 2 instances
    await time.advance(HOUR + 1_000);
    expect(await count()).toBe(1);
    await time.advance(HOUR);
    expect(await count()).toBe(2);
    await time.advance(HOUR);
    expect(await count()).toBe(2);
    // when version 2 is deployed / then only its timer is scheduled
    await client.deploy(xml('v2'));
    const scheduled = await baton.dataSource.query(
      `SELECT d.version FROM timers t JOIN process_definitions d ON d.id = t.definition_id WHERE d.bpmn_process_id = 'hourly' AND t.state = 'SCHEDULED'`,
    );
    expect(scheduled).toEqual([{ version: 2 }]);
  });

  it('a date starts one instance at that date; starting such a process by hand needs its start event', async () => {
    // given a process with a date start and a plain start (two start events)
    const at = new Date(time.now() + 2 * HOUR).toISOString();
    await client.deploy(bpmn('dated', `<bpmn:startEvent id="at">${timer(`<bpmn:timeDate>${at}</bpmn:timeDate>`)}</bpmn:startEvent>${flow('f1', 'at', 'work')}${userTask('work')}
      <bpmn:startEvent id="manual" />${flow('f2', 'manual', 'work')}`));
    await time.advance(HOUR);
    expect((await baton.dataSource.query(`SELECT count(*)::int AS n FROM process_instances WHERE bpmn_process_id = 'dated'`))[0].n).toBe(0);
    await time.advance(HOUR + 1_000);
    await time.advance(10 * HOUR);
    const started = await baton.dataSource.query(`SELECT id FROM process_instances WHERE bpmn_process_id = 'dated'`);
    expect(started).toHaveLength(1);
    // and by hand it starts at the plain start event
    const manual = await client.start('dated');
    expect(path(manual)).toEqual(['manual']);
  });

  it('a process with only timer starts cannot be started by hand when it has several', async () => {
    // given two timer start events and no plain one
    await client.deploy(bpmn('timersOnly', `<bpmn:startEvent id="a">${duration('PT1H')}</bpmn:startEvent><bpmn:startEvent id="b">${duration('PT2H')}</bpmn:startEvent>
      ${flow('f1', 'a', 'work')}${flow('f2', 'b', 'work')}${userTask('work')}`));
    // when started by hand / then a typed error
    const result = await client.call(`mutation { startProcessInstance(input: { bpmnProcessId: "timersOnly" }) { id } }`);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('timer or message');
  });
});

describe('clock jumps', () => {
  it('neither lose nor double a timer when the clock jumps back an hour and forward again', async () => {
    // given 20 instances waiting 30 minutes
    await client.deploy(bpmn('jumpy', `<bpmn:startEvent id="s" />${flow('f1', 's', 'wait')}${catchTimer('wait', duration('PT30M'))}${flow('f2', 'wait', 'e')}<bpmn:endEvent id="e" />`));
    const ids: string[] = [];
    for (let n = 0; n < 20; n++) ids.push((await client.start('jumpy')).id);
    // when the clock jumps back an hour / then nothing fires
    await time.advance(-HOUR);
    const open = async () => (await baton.dataSource.query(`SELECT count(*)::int AS n FROM process_instances WHERE id = ANY($1) AND state = 'ACTIVE'`, [ids]))[0].n;
    expect(await open()).toBe(20);
    // when it jumps forward two hours (30 minutes past due) / then every one fired exactly once
    await time.advance(2 * HOUR);
    await time.settle();
    expect(await open()).toBe(0);
    const [fired] = await baton.dataSource.query(
      `SELECT count(*)::int AS timers, sum(fired_count)::int AS fires FROM timers WHERE process_instance_id = ANY($1) AND state = 'FIRED'`,
      [ids],
    );
    expect(fired).toEqual({ timers: 20, fires: 20 });
    const [passes] = await baton.dataSource.query(
      `SELECT count(*)::int AS n FROM process_history WHERE process_instance_id = ANY($1) AND element_id = 'wait' AND event = 'COMPLETED'`,
      [ids],
    );
    expect(passes.n).toBe(20);
  });
});
