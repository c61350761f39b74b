import { RunningBaton } from '../../../src/bootstrap.js';
import { startEngineApp } from './engine-app.js';
import { EngineTime } from './engine-time.js';
import { bpmn, flow, path, ProcessClient, userTask } from './process-client.js';

/**
 * Cron cycles (Zeebe's `timeCycle` cron, six fields) for timer start events and non-interrupting boundary events,
 * in the workspace calendar's zone, the minimum-interval refusals, and due dates in the past. The engine clock moves.
 */
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
const cycle = (value: string) => timer(`<bpmn:timeCycle>${value}</bpmn:timeCycle>`);
const boundary = (id: string, on: string, definition: string, interrupting = true) =>
  `<bpmn:boundaryEvent id="${id}" attachedToRef="${on}" cancelActivity="${interrupting}">${definition}</bpmn:boundaryEvent>`;
const DEPLOY = `mutation($input: DeployProcessInput!) { deployProcess(input: $input) { id } }`;

interface TimerRow { element_id: string; state: string; fired_count: number; due_at: Date; interval: string | null }
async function timersOf(where: string, params: unknown[]): Promise<TimerRow[]> {
  return baton.dataSource.query(`SELECT element_id, state, fired_count, due_at, interval FROM timers WHERE ${where} ORDER BY created_at`, params);
}
const startTimers = (processId: string) =>
  timersOf(`definition_id IN (SELECT id FROM process_definitions WHERE bpmn_process_id = $1) AND process_instance_id IS NULL`, [processId]);
const instanceCount = async (processId: string): Promise<number> =>
  (await baton.dataSource.query(`SELECT count(*)::int AS n FROM process_instances WHERE bpmn_process_id = $1`, [processId]))[0].n;

/** Weekday (Mon, Tue…) and HH:MM:SS of an instant in a zone. */
function local(at: Date | number, timeZone: string): { weekday: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(at));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: get('weekday'), time: `${get('hour')}:${get('minute')}:${get('second')}` };
}

describe('cron timer start events', () => {
  it('0 0 9 * * MON-FRI starts an instance at 09:00 on weekdays in the workspace zone (Asia/Shanghai by default)', async () => {
    // given a process started on weekday mornings
    await client.deploy(bpmn('morning', `<bpmn:startEvent id="nine">${cycle('0 0 9 * * MON-FRI')}</bpmn:startEvent>${flow('f1', 'nine', 'work')}${userTask('work')}`));
    const [first] = await startTimers('morning');
    // then it is due at the next weekday 09:00 Shanghai time, within four days, with no end
    expect(first.interval).toBe('CRON_TZ=Asia/Shanghai 0 0 9 * * MON-FRI');
    expect(local(first.due_at, 'Asia/Shanghai').time).toBe('09:00:00');
    expect(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']).toContain(local(first.due_at, 'Asia/Shanghai').weekday);
    expect(first.due_at.getTime()).toBeGreaterThan(time.now());
    expect(first.due_at.getTime() - time.now()).toBeLessThanOrEqual(4 * 24 * HOUR);
    // when the clock reaches a second before it / then nothing started
    await time.advance(first.due_at.getTime() - time.now() - 1_000);
    expect(await instanceCount('morning')).toBe(0);
    // when it passes 09:00 / then one instance, and the timer is due at the next weekday 09:00
    await time.advance(2_000);
    expect(await instanceCount('morning')).toBe(1);
    const [second] = await startTimers('morning');
    expect(second).toMatchObject({ state: 'SCHEDULED', fired_count: 1 });
    expect(local(second.due_at, 'Asia/Shanghai').time).toBe('09:00:00');
    const gapDays = (second.due_at.getTime() - first.due_at.getTime()) / (24 * HOUR);
    expect(gapDays).toBe(local(first.due_at, 'Asia/Shanghai').weekday === 'Fri' ? 3 : 1);
    // when the clock reaches that one / then a second instance
    await time.advance(second.due_at.getTime() - time.now() + 1_000);
    expect(await instanceCount('morning')).toBe(2);
  });

  it('follows the zone of the workspace calendar', async () => {
    // given the workspace calendar in New York
    await client.ok(`mutation($input: SetBusinessCalendarInput!) { setBusinessCalendar(input: $input) { timeZone } }`, {
      input: { timeZone: 'America/New_York', holidaySet: null, weeklyHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, periods: [{ start: '09:00', end: '17:00' }] })), days: [] },
    });
    try {
      // when a process with a 07:30 daily cron is deployed / then it is due at 07:30 New York time
      await client.deploy(bpmn('ny', `<bpmn:startEvent id="early">${cycle('0 30 7 * * *')}</bpmn:startEvent>${flow('f1', 'early', 'work')}${userTask('work')}`));
      const [row] = await startTimers('ny');
      expect(row.interval).toBe('CRON_TZ=America/New_York 0 30 7 * * *');
      expect(local(row.due_at, 'America/New_York').time).toBe('07:30:00');
      expect(row.due_at.getTime() - time.now()).toBeLessThanOrEqual(24 * HOUR);
    } finally {
      await client.ok(`mutation($input: SetBusinessCalendarInput!) { setBusinessCalendar(input: $input) { timeZone } }`, {
        input: { timeZone: 'Asia/Shanghai', holidaySet: 'CN', weeklyHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, periods: [{ start: '09:00', end: '18:00' }] })), days: [] },
      });
    }
  });
});

describe('cron boundary cycles', () => {
  it('a non-interrupting hourly cron reminds beside the task; a clock jump fires once, not once per missed hour', async () => {
    // given a task with an hourly (minute 0) non-interrupting reminder
    await client.deploy(bpmn('hourlyNudge', `<bpmn:startEvent id="s" />${flow('f1', 's', 'work')}${userTask('work')}${flow('f2', 'work', 'e')}<bpmn:endEvent id="e" />
      ${boundary('nudge', 'work', cycle('0 0 * * * *'), false)}${flow('f3', 'nudge', 'reminder')}${userTask('reminder')}${flow('f4', 'reminder', 'e2')}<bpmn:endEvent id="e2" />`));
    const i = await client.start('hourlyNudge');
    const [row] = await timersOf(`process_instance_id = $1`, [i.id]);
    expect(local(row.due_at, 'UTC').time.endsWith(':00:00')).toBe(true);
    // when the clock passes the next full hour, then another / then two reminders
    await time.advance(row.due_at.getTime() - time.now() + 1_000);
    await time.advance(HOUR);
    expect(await client.openTaskIds(i.id)).toEqual(['reminder', 'reminder', 'work']);
    // when the clock jumps five hours / then one more reminder, and the next is due at the coming full hour
    await time.advance(5 * HOUR);
    await time.settle();
    expect(await client.openTaskIds(i.id)).toEqual(['reminder', 'reminder', 'reminder', 'work']);
    const [after] = await timersOf(`process_instance_id = $1`, [i.id]);
    expect(after).toMatchObject({ state: 'SCHEDULED', fired_count: 3 });
    expect(after.due_at.getTime()).toBeGreaterThan(time.now());
    expect(after.due_at.getTime() - time.now()).toBeLessThanOrEqual(HOUR);
    // when the task completes / then the cron timer is cancelled
    await client.completeOpenTask(i.id, 'work');
    expect((await timersOf(`process_instance_id = $1`, [i.id]))[0].state).toBe('CANCELED');
  });

  it('a FEEL cron that is invalid or fires too often is an EXPRESSION_ERROR incident naming the boundary event', async () => {
    // given the cycle from a variable
    await client.deploy(bpmn('feelCron', `<bpmn:startEvent id="s" />${flow('f1', 's', 'work')}${userTask('work')}${flow('f2', 'work', 'e')}<bpmn:endEvent id="e" />
      ${boundary('tick', 'work', cycle('=schedule'), false)}${flow('f3', 'tick', 'e2')}<bpmn:endEvent id="e2" />`));
    for (const [schedule, reason] of [['*/5 * * * * *', 'every 5 s; the shortest allowed interval is 60 s'], ['0 0 9 * * FUNDAY', 'not a valid cron expression']]) {
      // when started with it / then an incident on the task's activation naming the boundary event
      const i = await client.start('feelCron', { schedule });
      expect(i.incidents).toHaveLength(1);
      expect(i.incidents[0]).toMatchObject({ type: 'EXPRESSION_ERROR', elementId: 'work' });
      expect(i.incidents[0].message).toContain('tick');
      expect(i.incidents[0].message).toContain(reason);
    }
    // a valid one opens the timer
    const ok = await client.start('feelCron', { schedule: '0 */15 * * * *' });
    expect(ok.incidents).toEqual([]);
    expect((await timersOf(`process_instance_id = $1`, [ok.id]))[0].interval).toBe('CRON_TZ=Asia/Shanghai 0 */15 * * * *');
  });
});

describe('bad timer input at deploy', () => {
  it.each([
    ['a cron firing every second', cycle('* * * * * *'), 'shortest allowed interval is 60 s'],
    ['a five-field cron', cycle('0 9 * * MON-FRI'), 'six'],
    ['an invalid cron', cycle('0 0 9 * * FUNDAY'), 'not a valid cron expression'],
    ['an ISO cycle every 30 s', cycle('R/PT30S'), 'shortest allowed interval is 60 s'],
    ['a date in the past', timer('<bpmn:timeDate>2001-01-01T00:00:00Z</bpmn:timeDate>'), 'already passed'],
  ])('refuses %s, naming the start event', async (_title, definition, reason) => {
    const xml = bpmn('badStart', `<bpmn:startEvent id="when">${definition}</bpmn:startEvent>${flow('f1', 'when', 'work')}${userTask('work')}`);
    const result = await client.call(DEPLOY, { input: { bpmnXml: xml } });
    const error = result.errors?.[0] as { extensions?: Record<string, unknown> } | undefined;
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(error)).toContain('when');
    expect(JSON.stringify(error)).toContain(reason);
  });

  it('refuses a FEEL start cycle that fires too often, naming the start event', async () => {
    const xml = bpmn('badFeelStart', `<bpmn:startEvent id="when">${cycle('="*/10 * * * * *"')}</bpmn:startEvent>${flow('f1', 'when', 'work')}${userTask('work')}`);
    const result = await client.call(DEPLOY, { input: { bpmnXml: xml } });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).toContain('when');
    expect(JSON.stringify(result.errors)).toContain('every 10 s');
  });
});

describe('due dates in the past', () => {
  it('a FEEL date already past fires at once (as Zeebe), on the next poll', async () => {
    // given a catch event waiting for a date computed from a variable in the past
    await client.deploy(bpmn('late', `<bpmn:startEvent id="s" />${flow('f1', 's', 'at')}
      <bpmn:intermediateCatchEvent id="at">${timer('<bpmn:timeDate>=date and time(deadline)</bpmn:timeDate>')}</bpmn:intermediateCatchEvent>
      ${flow('f2', 'at', 'work')}${userTask('work')}`));
    const i = await client.start('late', { deadline: new Date(time.now() - 3 * HOUR).toISOString() });
    // when the poller runs, without the clock moving / then it fired
    await time.settle();
    expect(path(await client.instance(i.id))).toEqual(['s', 'at']);
    expect(await client.openTaskIds(i.id)).toEqual(['work']);
  });
});
