import { RunningBaton } from '../../../src/bootstrap.js';
import { SlaTimerHandler } from '../../../src/modules/sla/sla-timer-handler.js';
import { startTestApp } from '../app.js';
import { codeOf, fieldsOf, gql } from '../graphql-client.js';
import { addMember, Session, signUp } from '../identity.js';
import { EngineTime } from './engine-time.js';
import { bpmn, flow, ProcessClient, userTask } from './process-client.js';

/**
 * SLA policies (baton:sla) through GraphQL on a real PostgreSQL, on the business calendar, with the engine clock moved
 * instead of sleeping. The clock starts on a Saturday in Shanghai, so deadlines count from Monday 09:00 exactly.
 */
let baton: RunningBaton;
let owner: Session;
let member: Session;
let client: ProcessClient;
let time: EngineTime;
const HOUR = 3_600_000;
const sh = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).getTime();
const SATURDAY = sh('2025-03-08 12:00');

const sla = (policy: unknown) => `<zeebe:properties><zeebe:property name="baton:sla" value="${JSON.stringify(policy).replace(/"/g, '&quot;')}" /></zeebe:properties>`;
const esc = `<bpmn:escalation id="esc-late" escalationCode="LATE" />`;
const withEscalation = (xml: string) => xml.replace('</bpmn:definitions>', `${esc}</bpmn:definitions>`);
const SLA_FIELDS = `id elementId state assignee candidateGroups sla { state respondBy completeBy respondedAt atRiskAt } events { action actorId toUser details }`;

interface SlaTask {
  id: string;
  elementId: string;
  state: string;
  assignee: string | null;
  candidateGroups: string[];
  sla: { state: string; respondBy: string | null; completeBy: string | null; respondedAt: string | null; atRiskAt: string | null } | null;
  events: { action: string; actorId: string | null; toUser: string | null; details: Record<string, unknown> | null }[];
}

async function tasksOf(instanceId: string, state = 'CREATED'): Promise<SlaTask[]> {
  const data = await client.ok<{ tasks: { nodes: SlaTask[] } }>(`query($f: TaskFilter) { tasks(filter: $f) { nodes { ${SLA_FIELDS} } } }`, { f: { processInstanceId: instanceId, state } });
  return data.tasks.nodes;
}

async function one(instanceId: string, state = 'CREATED'): Promise<SlaTask> {
  const [task] = await tasksOf(instanceId, state);
  expect(task, `a ${state} task`).toBeDefined();
  return task;
}

async function deploySla(id: string, policy: unknown, after = '') {
  await client.deploy(withEscalation(bpmn(id, `<bpmn:startEvent id="s" />${flow('f1', 's', 'review')}${userTask('review', sla(policy))}${flow('f2', 'review', 'next')}${userTask('next')}
    ${flow('f3', 'next', 'e')}<bpmn:endEvent id="e" />${after}`)));
}

beforeAll(async () => {
  baton = await startTestApp();
  owner = await signUp(baton.url);
  member = await addMember(baton.url, owner, 'MEMBER');
  client = new ProcessClient(baton.url, owner.token);
  time = new EngineTime([baton]);
  time.clocks[0].setTo(SATURDAY);
});
afterAll(async () => {
  await baton?.stop();
});
beforeEach(() => time.clocks[0].setTo(SATURDAY));

describe('deploy-time validation of baton:sla', () => {
  it.each([
    { title: 'not JSON', policy: '{completeWithin: P1D' },
    { title: 'months', policy: JSON.stringify({ completeWithin: 'P1M' }) },
    { title: 'an unknown action', policy: JSON.stringify({ completeWithin: 'P1D', thresholds: [{ action: 'explode' }] }) },
    { title: 'reassign without a group', policy: JSON.stringify({ completeWithin: 'P1D', thresholds: [{ action: 'reassign' }] }) },
  ])('refuses $title as BAD_USER_INPUT naming the task', async ({ policy }) => {
    const xml = bpmn('bad-sla', `<bpmn:startEvent id="s" />${flow('f1', 's', 'approve')}${userTask('approve', `<zeebe:properties><zeebe:property name="baton:sla" value="${policy.replace(/"/g, '&quot;')}" /></zeebe:properties>`)}${flow('f2', 'approve', 'e')}<bpmn:endEvent id="e" />`);
    const result = await client.call(`mutation($input: DeployProcessInput!) { deployProcess(input: $input) { id } }`, { input: { bpmnXml: xml } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['approve']);
    expect(JSON.stringify(result.errors)).toContain('baton:sla');
  });
});

describe('deadlines and state', () => {
  beforeAll(() => deploySla('sla-state', { respondWithin: 'PT4H', completeWithin: 'P1D', atRiskBefore: 'PT1H' }));

  it('counts from Monday 09:00 on the default calendar, then moves ON_TRACK → AT_RISK → BREACHED, filterable', async () => {
    // given a task created on a Saturday
    const i = await client.start('sla-state');
    const task = await one(i.id);
    // then its deadlines are on working time: 4 h (with the lunch break) and one working day
    expect(task.sla).toMatchObject({ state: 'ON_TRACK', respondBy: new Date(sh('2025-03-10 14:00')).toISOString(), completeBy: new Date(sh('2025-03-10 18:00')).toISOString() });
    const filtered = async (slaState: string) =>
      (await client.ok<{ tasks: { nodes: { id: string }[] } }>(`query($f: TaskFilter) { tasks(filter: $f, first: 200) { nodes { id } } }`, { f: { slaState } })).tasks.nodes.map((n) => n.id);
    expect(await filtered('ON_TRACK')).toContain(task.id);
    // when the clock reaches Monday 13:30 (an hour before respondBy is 13:00)
    time.clocks[0].setTo(sh('2025-03-10 13:30'));
    expect((await one(i.id)).sla?.state).toBe('AT_RISK');
    expect(await filtered('AT_RISK')).toContain(task.id);
    expect(await filtered('ON_TRACK')).not.toContain(task.id);
    // and past respondBy without a claim
    time.clocks[0].setTo(sh('2025-03-10 14:00'));
    expect((await one(i.id)).sla?.state).toBe('BREACHED');
    expect(await filtered('BREACHED')).toContain(task.id);
  });

  it('a claim in time is the response; completing before completeBy keeps it ON_TRACK for good', async () => {
    const i = await client.start('sla-state');
    const task = await one(i.id);
    time.clocks[0].setTo(sh('2025-03-10 10:00'));
    // the claim's own answer already shows the response (the task's SLA is read with it, then again after the claim)
    const { claimTask } = await client.ok<{ claimTask: { sla: { respondedAt: string | null } } }>(
      `mutation($id: ID!) { claimTask(id: $id) { id sla { respondedAt } } }`, { id: task.id });
    expect(Math.abs(new Date(claimTask.sla.respondedAt!).getTime() - sh('2025-03-10 10:00'))).toBeLessThan(5_000);
    time.clocks[0].setTo(sh('2025-03-10 16:00'));
    const responded = (await one(i.id)).sla;
    expect(responded?.state).toBe('ON_TRACK');
    expect(Math.abs(new Date(responded!.respondedAt!).getTime() - sh('2025-03-10 10:00'))).toBeLessThan(5_000);
    expect((await client.completeTask(task.id)).errors).toBeUndefined();
    time.clocks[0].setTo(sh('2025-03-20 10:00'));
    expect((await one(i.id, 'COMPLETED')).sla?.state).toBe('ON_TRACK');
    // the inbox's list reads each task's SLA in its own query: a page of tasks gives the same answers
    const { tasks } = await client.ok<{ tasks: { nodes: { id: string; sla: { state: string; respondedAt: string | null } | null }[] } }>(
      `{ tasks(first: 100) { nodes { id sla { state respondedAt } } } }`);
    expect(tasks.nodes.find((t) => t.id === task.id)?.sla).toEqual({ state: 'ON_TRACK', respondedAt: responded!.respondedAt });
  });

  it('completeTask answers with the SLA as ended, the same as a later read (no response deadline left ahead)', async () => {
    time.clocks[0].setTo(sh('2025-03-10 09:30'));
    const i = await client.start('sla-state');
    const task = await one(i.id);
    const fields = 'state respondBy completeBy respondedAt atRiskAt';
    const { completeTask } = await client.ok<{ completeTask: { state: string; completedAt: string | null; sla: Record<string, unknown> } }>(
      `mutation($id: ID!) { completeTask(id: $id) { state completedAt sla { ${fields} } } }`, { id: task.id });
    expect(completeTask.state).toBe('COMPLETED');
    expect(completeTask.completedAt).not.toBeNull();
    const later = await client.ok<{ tasks: { nodes: { completedAt: string }[] } }>(
      `query($f: TaskFilter) { tasks(filter: $f) { nodes { completedAt } } }`, { f: { processInstanceId: i.id, state: 'COMPLETED' } });
    expect(completeTask.completedAt).toBe(later.tasks.nodes[0].completedAt);
    // an open task's next risk would be the response's (12:30); an ended one has only the completion's left
    expect(completeTask.sla.atRiskAt).not.toBe(new Date(sh('2025-03-10 12:30')).toISOString());
    expect(completeTask.sla).toEqual((await one(i.id, 'COMPLETED')).sla);
  });

  it('completed after completeBy stays BREACHED; its SLA timers are cancelled with the task', async () => {
    await deploySla('sla-late', { completeWithin: 'PT2H', thresholds: [{ offset: 'PT1H', action: 'remind' }] });
    const i = await client.start('sla-late');
    const task = await one(i.id);
    time.clocks[0].setTo(sh('2025-03-10 11:30'));
    expect((await client.completeTask(task.id)).errors).toBeUndefined();
    expect((await one(i.id, 'COMPLETED')).sla?.state).toBe('BREACHED');
    const timers = await baton.dataSource.query(`SELECT state FROM timers WHERE task_id = $1`, [task.id]);
    expect(timers).toEqual([{ state: 'CANCELED' }]);
  });

  it('counts over China\'s National Day week and its 调休 Saturday', async () => {
    await deploySla('sla-holiday', { completeWithin: 'PT2H' });
    time.clocks[0].setTo(sh('2025-09-30 17:00'));
    const i = await client.start('sla-holiday');
    // one hour left on Sep 30, Oct 1–8 off, so the second hour ends Oct 9 at 10:00 (the clock ran a few ms meanwhile)
    expect(Math.abs(new Date((await one(i.id)).sla!.completeBy!).getTime() - sh('2025-10-09 10:00'))).toBeLessThan(5_000);
  });

  it('a task without a policy has no sla and never matches the filter', async () => {
    await client.deploy(bpmn('no-sla', `<bpmn:startEvent id="s" />${flow('f1', 's', 't')}${userTask('t')}${flow('f2', 't', 'e')}<bpmn:endEvent id="e" />`));
    const i = await client.start('no-sla');
    const task = await one(i.id);
    expect(task.sla).toBeNull();
    for (const slaState of ['ON_TRACK', 'AT_RISK', 'BREACHED']) {
      const ids = (await client.ok<{ tasks: { nodes: { id: string }[] } }>(`query($f: TaskFilter) { tasks(filter: $f, first: 200) { nodes { id } } }`, { f: { slaState } })).tasks.nodes.map((n) => n.id);
      expect(ids).not.toContain(task.id);
    }
  });
});

describe('threshold actions (durable timers of kind SLA)', () => {
  it('remind the assignee before respondBy, once; not when already responded', async () => {
    await client.ok(`mutation { setOutboundAllowList(hosts: ["127.0.0.1"]) }`);
    await client.ok(`mutation($input: SmtpSettingsInput!) { setSmtpSettings(input: $input) { enabled } }`, { input: { host: '127.0.0.1', port: 2525, from: 'noreply@acme.example' } });
    // the model names the assignee, who has not responded (claimed) yet
    await client.deploy(bpmn('sla-remind', `<bpmn:startEvent id="s" />${flow('f1', 's', 'review')}${userTask('review', `<zeebe:assignmentDefinition assignee="${owner.userId}" />${sla({ respondWithin: 'PT2H', thresholds: [{ deadline: 'respond', offset: '-PT1H', action: 'remind' }] })}`)}${flow('f2', 'review', 'e')}<bpmn:endEvent id="e" />`));
    const i = await client.start('sla-remind');
    const task = await one(i.id);
    // when Monday 10:00 comes (an hour before respondBy 11:00), the poller fires the reminder
    await time.advance(sh('2025-03-10 10:00') - time.now());
    await time.settle();
    const after = await one(i.id);
    expect(after.events.map((e) => e.action)).toEqual(['SLA_REMIND']);
    expect(after.events[0].actorId).toBeNull();
    const outbox = await baton.dataSource.query(`SELECT kind FROM notification_outbox WHERE event_key LIKE $1`, [`task:${task.id}:sla:%`]);
    expect(outbox.map((r: { kind: string }) => r.kind)).toEqual(['TASK_SLA_REMINDER']);
    // firing again (every poller, later) does nothing more
    await time.advance(HOUR);
    expect((await one(i.id)).events).toHaveLength(1);
    // a second task claimed in time gets no reminder
    time.clocks[0].setTo(SATURDAY);
    const j = await client.start('sla-remind');
    await client.ok(`mutation($id: ID!) { claimTask(id: $id) { id } }`, { id: (await one(j.id)).id });
    await time.advance(sh('2025-03-10 10:30') - time.now());
    expect((await one(j.id)).events).toEqual([]);
  });

  it('reassign to a group when completeBy passes, and notify its manager group', async () => {
    await client.ok(`mutation { createGroup(input: { key: "leads", name: "Team leads" }) { key } }`);
    await client.ok(`mutation($u: ID!) { addGroupMember(input: { groupKey: "leads", userId: $u }) { key } }`, { u: member.userId });
    await deploySla('sla-reassign', { completeWithin: 'PT1H', thresholds: [{ action: 'reassign', group: 'leads' }, { action: 'notifyManager', group: 'leads' }] });
    const i = await client.start('sla-reassign');
    const task = await one(i.id);
    await client.ok(`mutation($id: ID!) { claimTask(id: $id) { id } }`, { id: task.id });
    await time.advance(sh('2025-03-10 10:00') - time.now());
    const after = await one(i.id);
    expect(after).toMatchObject({ id: task.id, assignee: null, candidateGroups: ['leads'] });
    // both thresholds fall due together: the poller fires them side by side, one after the other under the instance lock
    expect(after.events.map((e) => [e.action, e.toUser]).sort()).toEqual([['SLA_NOTIFY', 'group:leads'], ['SLA_REASSIGN', 'group:leads']]);
    // the member of "leads" may now work it
    const asMember = new ProcessClient(baton.url, member.token);
    expect((await asMember.completeTask(task.id)).errors).toBeUndefined();
    const audit = await baton.dataSource.query(`SELECT details->>'action' AS action FROM audit_events WHERE action = 'task.sla_action' AND target_id = $1 ORDER BY created_at`, [task.id]);
    expect(audit.map((a: { action: string }) => a.action).sort()).toEqual(['notifyManager', 'reassign']);
  });

  it('complete with a given outcome: the flow moves on with its variables', async () => {
    await client.deploy(bpmn('sla-auto', `<bpmn:startEvent id="s" />${flow('f1', 's', 'review')}${userTask('review', sla({ completeWithin: 'P1D', thresholds: [{ offset: 'PT2H', action: 'complete', variables: { approved: false } }] }))}
      ${flow('f2', 'review', 'gw')}<bpmn:exclusiveGateway id="gw" default="yes" />${flow('no', 'gw', 'rejected', '=approved = false')}${flow('yes', 'gw', 'approved')}
      ${userTask('rejected')}${userTask('approved')}${flow('f3', 'rejected', 'e1')}${flow('f4', 'approved', 'e2')}<bpmn:endEvent id="e1" /><bpmn:endEvent id="e2" />`));
    const i = await client.start('sla-auto');
    // completeBy Monday 18:00 + 2 h of working time = Tuesday 11:00
    await time.advance(sh('2025-03-11 10:59') - time.now());
    expect((await one(i.id)).elementId).toBe('review');
    await time.advance(sh('2025-03-11 11:00') - time.now());
    expect((await tasksOf(i.id)).map((t) => t.elementId)).toEqual(['rejected']);
    const done = await one(i.id, 'COMPLETED');
    expect(done.events.map((e) => e.action)).toEqual(['SLA_COMPLETE']);
    expect((await client.instance(i.id)).variables).toMatchObject({ approved: false });
  });

  it('throw a BPMN escalation from the task: an interrupting escalation boundary takes over', async () => {
    await deploySla('sla-escalate', { completeWithin: 'PT1H', thresholds: [{ action: 'escalate', escalationCode: 'LATE' }] },
      `<bpmn:boundaryEvent id="late" attachedToRef="review"><bpmn:escalationEventDefinition escalationRef="esc-late" /></bpmn:boundaryEvent>${flow('f9', 'late', 'manager')}${userTask('manager')}${flow('f10', 'manager', 'e9')}<bpmn:endEvent id="e9" />`);
    const i = await client.start('sla-escalate');
    await time.advance(sh('2025-03-10 10:00') - time.now());
    expect((await tasksOf(i.id)).map((t) => t.elementId)).toEqual(['manager']);
    const cancelled = await one(i.id, 'CANCELED');
    expect(cancelled.events[0]).toMatchObject({ action: 'SLA_ESCALATE', details: expect.objectContaining({ escalationCode: 'LATE', caughtBy: 'late' }) });
  });

  it('fires exactly once when two pollers race for the same SLA timer', async () => {
    await deploySla('sla-race', { completeWithin: 'PT1H', thresholds: [{ action: 'notifyManager', group: 'leads' }] });
    const hold = baton.app.get((await import('../../../src/modules/timer/timer-poller.js')).TimerPoller).hold();
    try {
      const i = await client.start('sla-race');
      const task = await one(i.id);
      time.clocks[0].setTo(sh('2025-03-10 10:00'));
      const [timer] = await baton.dataSource.query(`SELECT id, workspace_id FROM timers WHERE task_id = $1`, [task.id]);
      const handler = baton.app.get(SlaTimerHandler);
      const { Db } = await import('../../../src/database/db.service.js');
      const db = baton.app.get(Db);
      const outcomes = await Promise.all([0, 1, 2].map(() =>
        db.tenant({ workspaceId: timer.workspace_id, userId: owner.userId }, (em) => handler.fire(em, timer.id, time.clocks[0]))));
      expect(outcomes.filter((o) => o === 'fired')).toHaveLength(1);
      expect((await one(i.id)).events).toHaveLength(1);
    } finally {
      hold();
    }
  });
});

describe('business calendar API', () => {
  const SET = `mutation($input: SetBusinessCalendarInput!) { setBusinessCalendar(input: $input) { timeZone holidaySet customised weeklyHours { weekday periods { start end } } days { date kind source } } }`;
  const good = { timeZone: 'Asia/Shanghai', holidaySet: 'CN', weeklyHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, periods: [{ start: '09:00', end: '17:00' }] })), days: [{ date: '2025-03-11', kind: 'HOLIDAY', nameEn: 'Offsite', nameZhCn: '团建' }] };

  it('reads the default, lets admins set it, lists the year\'s holidays, and SLA deadlines follow it', async () => {
    const before = await client.ok<{ businessCalendar: { customised: boolean; timeZone: string; holidaySets: string[] } }>(`{ businessCalendar { customised timeZone holidaySets } }`);
    expect(before.businessCalendar).toEqual({ customised: false, timeZone: 'Asia/Shanghai', holidaySets: ['CN'] });
    const saved = await client.ok<{ setBusinessCalendar: { customised: boolean; days: unknown[] } }>(SET, { input: good });
    expect(saved.setBusinessCalendar.customised).toBe(true);
    const holidays = await client.ok<{ holidays: { date: string; kind: string; source: string; nameZhCn: string }[] }>(`{ holidays(year: 2025) { date kind source nameZhCn } }`);
    expect(holidays.holidays.filter((d) => d.kind === 'WORKDAY').map((d) => d.date)).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    expect(holidays.holidays.find((d) => d.date === '2025-03-11')).toMatchObject({ source: 'WORKSPACE', nameZhCn: '团建' });
    expect(holidays.holidays.find((d) => d.date === '2025-10-01')).toMatchObject({ source: 'CN', nameZhCn: '国庆节、中秋节' });
    // a new SLA task: Monday 09:00–17:00 (8 h), Tuesday the 11th off, so P1DT1H ends Wednesday 10:00
    await deploySla('sla-calendar', { completeWithin: 'P1DT1H' });
    const i = await client.start('sla-calendar');
    expect((await one(i.id)).sla?.completeBy).toBe(new Date(sh('2025-03-12 10:00')).toISOString());
    const preview = await client.ok<{ addWorkingTime: string }>(`query($s: DateTime!) { addWorkingTime(start: $s, duration: "PT9H") }`, { s: new Date(SATURDAY).toISOString() });
    expect(preview.addWorkingTime).toBe(new Date(sh('2025-03-12 10:00')).toISOString());
    await baton.dataSource.query(`DELETE FROM business_calendars`);
  });

  it('is the admins\' to set: a member gets FORBIDDEN', async () => {
    expect(codeOf(await gql(baton.url, SET, { input: good }, { token: member.token }))).toBe('FORBIDDEN');
  });

  it.each([
    { title: 'an unknown zone', patch: { timeZone: 'Mars/Base' }, field: 'input.timeZone' },
    { title: 'an unknown holiday list', patch: { holidaySet: 'XX' }, field: 'input.holidaySet' },
    { title: 'a bad time', patch: { weeklyHours: [{ weekday: 1, periods: [{ start: '9am', end: '17:00' }] }] }, field: 'input.weeklyHours.1[0].start' },
    { title: 'no working hours at all', patch: { weeklyHours: [] }, field: 'input.weeklyHours' },
    { title: 'a weekday twice', patch: { weeklyHours: [{ weekday: 1, periods: [] }, { weekday: 1, periods: [{ start: '09:00', end: '12:00' }] }] }, field: 'input.weeklyHours.1' },
    { title: 'a date that does not exist', patch: { days: [{ date: '2025-02-29', kind: 'HOLIDAY' }] }, field: 'input.days[0].date' },
  ])('refuses $title, naming the field', async ({ patch, field }) => {
    const result = await client.call(SET, { input: { ...good, ...patch } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toContain(field);
  });

  it('refuses a bad duration in the preview and a bad year', async () => {
    expect(fieldsOf(await client.call(`{ addWorkingTime(start: "2025-03-10T00:00:00Z", duration: "P1M") }`))).toEqual(['duration']);
    expect(fieldsOf(await client.call(`{ holidays(year: 99999) { date } }`))).toEqual(['year']);
  });
});
