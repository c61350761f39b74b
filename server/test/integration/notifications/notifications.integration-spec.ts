import { RunningBaton } from '../../../src/bootstrap.js';
import { Db } from '../../../src/database/db.service.js';
import { NotificationKind } from '../../../src/modules/notification/notification-kind.js';
import { NotificationOutbox } from '../../../src/modules/notification/notification-outbox.service.js';
import { NotificationPoller } from '../../../src/modules/notification/notification-poller.js';
import { startTestApp } from '../app.js';
import { gql } from '../graphql-client.js';
import { Session, signUp } from '../identity.js';
import { ProcessClient } from '../engine/process-client.js';
import { join, ok, processXml, useSink } from './notification-fixtures.js';
import { Received, SmtpSink } from './smtp-sink.js';

const PASSWORD = 'smtp-s3cret-密码';
let baton: RunningBaton;
let sink: SmtpSink;
let poller: NotificationPoller;
let owner: Session;
let wang: Session & { name: string };
let li: Session & { name: string };
let zhao: Session & { name: string };
let process: ProcessClient;

interface OutboxRow { id: string; kind: string; state: string; attempts: number; last_error: string | null; payload: Record<string, unknown>; next_attempt_at: Date; recipient_email: string }

const outbox = (where = 'true', params: unknown[] = []): Promise<OutboxRow[]> =>
  baton.dataSource.query(`SELECT * FROM notification_outbox WHERE ${where} ORDER BY created_at`, params);

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const toAddress = (r: Received) => (r.mail.to as { value: { name: string; address: string }[] }).value[0];

beforeAll(async () => {
  baton = await startTestApp({ BATON_PUBLIC_URL: 'https://baton.example' });
  sink = await new SmtpSink().start();
  poller = baton.app.get(NotificationPoller);
  poller.settings.backoffBaseMs = 300;
  owner = await signUp(baton.url, { name: '张伟', workspaceName: 'Acme 研发' });
  wang = await join(baton.url, owner, { name: '王芳', locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
  li = await join(baton.url, owner, { name: 'Li Lei', locale: 'en', timeZone: 'America/New_York' });
  zhao = await join(baton.url, owner, { name: '赵敏', locale: 'en' });
  await ok(baton.url, owner, `mutation { createGroup(input: { key: "finance", name: "财务" }) { id } }`);
  for (const member of [li, zhao]) await ok(baton.url, owner, `mutation($id: ID!) { addGroupMember(input: { groupKey: "finance", userId: $id }) { key } }`, { id: member.userId });
  await useSink(baton.url, owner, sink.port);
  process = new ProcessClient(baton.url, owner.token);
  await process.deploy(processXml('renewal', '续费审批', '审批折扣 &lt;VIP&gt;',
    `<zeebe:assignmentDefinition assignee="=reviewer" /><zeebe:taskSchedule dueDate="=&quot;2030-01-31T12:00:00Z&quot;" />`));
  await process.deploy(processXml('contract', 'Contract review', 'Check contract',
    `<zeebe:assignmentDefinition candidateGroups="finance" candidateUsers="=extra" /><zeebe:taskSchedule dueDate="=&quot;2030-01-31T12:00:00Z&quot;" />`));
});
afterAll(async () => {
  await baton?.stop();
  await sink?.stop();
});
beforeEach(() => {
  sink.received.length = 0;
});

async function startRenewal(reviewer: string): Promise<{ instanceId: string; taskId: string }> {
  const instance = await process.start('renewal', { reviewer });
  return { instanceId: instance.id, taskId: (await process.openTasks(instance.id))[0].id };
}

describe('task notifications', () => {
  it('mails a new task to its assignee: zh-CN subject, both bodies, due date in their zone, link, Chinese names', async () => {
    // given a member who reads Chinese in Asia/Shanghai, when a process assigns her a task
    const { instanceId, taskId } = await startRenewal(wang.email);
    await poller.wake();
    const [received] = await sink.waitFor((r) => r.envelope.to.includes(wang.email));
    // then exactly one mail reached her, rendered for her
    const { mail, envelope } = received;
    expect(envelope.to).toEqual([wang.email]);
    expect(envelope.from).toBe('noreply@baton.example');
    expect(mail.from?.value[0]).toMatchObject({ name: 'Baton 通知', address: 'noreply@baton.example' });
    expect(toAddress(received)).toEqual({ name: '王芳', address: wang.email });
    expect(mail.subject).toBe('分配给您的任务：审批折扣 <VIP>（续费审批）');
    const link = `https://baton.example/inbox/${instanceId}/${taskId}`;
    expect(mail.text).toContain('王芳，您好：');
    expect(mail.text).toContain('流程“续费审批”中的任务“审批折扣 <VIP>”已分配给您。');
    expect(mail.text).toContain('截止时间：2030年1月31日 GMT+8 20:00');
    expect(mail.text).toContain(`打开任务：${link}`);
    expect(mail.html).toContain('<strong>审批折扣 &lt;VIP&gt;</strong>');
    expect(mail.html).toContain(`<a href="${link}">打开任务</a>`);
    expect(mail.html).toContain('href="https://baton.example/account"');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.headers.get('x-baton-notification')).toBe('TASK_ASSIGNED');
    const [row] = await outbox(`payload->>'taskId' = $1`, [taskId]);
    expect(row).toMatchObject({ kind: 'TASK_ASSIGNED', state: 'SENT', attempts: 1, recipient_email: wang.email });
    expect(mail.messageId).toBe(`<${row.id}@baton.local>`);
    // and the owner who started the process got nothing
    await poller.wake();
    expect(sink.to(owner.email)).toEqual([]);
  });

  it('mails each candidate once (group members and candidate users), in their own language and zone; claiming mails nobody', async () => {
    // given Li (in the finance group and named as candidate user) and Zhao (in the group)
    const instance = await process.start('contract', { extra: [li.email] });
    const [task] = await process.openTasks(instance.id);
    await poller.wake();
    // when the task is created, then each gets one English mail with their own wall-clock due date
    const [toLi] = await sink.waitFor((r) => r.envelope.to.includes(li.email));
    const [toZhao] = await sink.waitFor((r) => r.envelope.to.includes(zhao.email));
    expect(sink.received).toHaveLength(2);
    expect(toLi.mail.subject).toBe('New task to claim: Check contract (Contract review)');
    expect(toLi.mail.text).toContain('is waiting for you or your group to claim it');
    expect(toLi.mail.text).toContain('Due: January 31, 2030 at 07:00 AM EST');
    expect(toZhao.mail.text).toContain('Due: January 31, 2030 at 12:00 PM UTC');
    expect(toAddress(toZhao)).toEqual({ name: '赵敏', address: zhao.email });
    // when Zhao claims it, then nobody is mailed about her own claim
    await ok(baton.url, zhao, `mutation($id: ID!) { claimTask(id: $id) { id } }`, { id: task.id });
    await poller.wake();
    await sleep(300);
    expect(sink.received).toHaveLength(2);
  });

  it('mails the new assignee when someone else assigns the task', async () => {
    // given an unclaimed candidate task
    const instance = await process.start('contract', { extra: [] });
    const [task] = await process.openTasks(instance.id);
    await poller.wake();
    await sink.waitFor(() => true, 2);
    sink.received.length = 0;
    // when another code path (here: plain SQL, as an admin assignment would) sets the assignee
    await baton.dataSource.query(`UPDATE user_tasks SET assignee = $2 WHERE id = $1`, [task.id, li.userId]);
    await poller.wake();
    // then Li is told it is hers now
    const [mail] = await sink.waitFor((r) => r.envelope.to.includes(li.email));
    expect(mail.mail.subject).toBe('Task assigned to you: Check contract (Contract review)');
    expect(sink.received).toHaveLength(1);
  });

  it('sends nothing to a member who opted out, and again once they opt in', async () => {
    // given Wang switched task mail off
    await ok(baton.url, wang, `mutation { setNotificationPreference(kind: TASK_ASSIGNED, enabled: false) { kinds { kind enabled } } }`);
    // when a task is assigned to her
    const { taskId } = await startRenewal(wang.email);
    await poller.wake();
    await sleep(300);
    // then no mail is queued nor sent
    expect(await outbox(`payload->>'taskId' = $1`, [taskId])).toEqual([]);
    expect(sink.received).toEqual([]);
    // when she switches it on again, then the next task reaches her
    await ok(baton.url, wang, `mutation { setNotificationPreference(kind: TASK_ASSIGNED, enabled: true) { kinds { kind enabled } } }`);
    await startRenewal(wang.email);
    await poller.wake();
    await sink.waitFor((r) => r.envelope.to.includes(wang.email));
  });

  it('retries with back-off while the SMTP server is down, then sends exactly once', async () => {
    // given the mail server is down
    await sink.stop();
    // when a task is assigned to Li
    const { taskId } = await startRenewal(li.email);
    await poller.wake();
    // then the attempt failed and is scheduled later, with no secret in the error
    let [row] = await outbox(`payload->>'taskId' = $1`, [taskId]);
    expect(row).toMatchObject({ state: 'PENDING', attempts: 1 });
    expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
    expect(row.last_error).not.toContain(PASSWORD);
    expect(new Date(row.next_attempt_at).getTime()).toBeGreaterThan(Date.now());
    // and it is not retried before its time
    await poller.wake();
    expect((await outbox(`payload->>'taskId' = $1`, [taskId]))[0].attempts).toBe(1);
    // when the server is back and the back-off has passed
    await sink.start();
    await sleep(400);
    await poller.wake();
    // then the mail arrives once and stays sent
    await sink.waitFor((r) => r.envelope.to.includes(li.email));
    await sleep(300);
    await poller.wake();
    expect(sink.to(li.email)).toHaveLength(1);
    [row] = await outbox(`payload->>'taskId' = $1`, [taskId]);
    expect(row).toMatchObject({ state: 'SENT', attempts: 2 });
  });

  it('skips a mail whose reason is gone by the time it can be sent (task done, member opted out)', async () => {
    // given two queued mails that could not be sent yet
    await sink.stop();
    const done = await startRenewal(li.email);
    const optedOut = await startRenewal(wang.email);
    await poller.wake();
    expect((await outbox(`payload->>'taskId' = ANY($1) AND state = 'PENDING'`, [[done.taskId, optedOut.taskId]]))).toHaveLength(2);
    // when Li completes her task and Wang opts out meanwhile
    await ok(baton.url, li, `mutation($id: ID!) { completeTask(id: $id) { id } }`, { id: done.taskId });
    await ok(baton.url, wang, `mutation { setNotificationPreference(kind: TASK_ASSIGNED, enabled: false) { kinds { kind } } }`);
    await sink.start();
    await baton.dataSource.query(`UPDATE notification_outbox SET next_attempt_at = now() WHERE state = 'PENDING'`);
    await poller.wake();
    // then neither is sent, and the rows say why
    const rows = await outbox(`payload->>'taskId' = ANY($1)`, [[done.taskId, optedOut.taskId]]);
    expect(rows.map((r) => r.state)).toEqual(['SKIPPED', 'SKIPPED']);
    expect(rows.map((r) => r.last_error).sort()).toEqual(['the recipient opted out of this kind', 'the task is no longer open']);
    expect(sink.received).toEqual([]);
    await ok(baton.url, wang, `mutation { setNotificationPreference(kind: TASK_ASSIGNED, enabled: true) { kinds { kind } } }`);
  });
});

describe('SLA reminder and escalation (the engine calls the outbox; here the test does)', () => {
  const enqueue = (kind: Parameters<NotificationOutbox['enqueueTask']>[0], notification: Parameters<NotificationOutbox['enqueueTask']>[1]) =>
    baton.app.get(Db).tenant({ workspaceId: owner.workspaceId, userId: owner.userId }, () => baton.app.get(NotificationOutbox).enqueueTask(kind, notification));

  it('reminds the assignee once per event and escalates to a group, leaving out who opted out', async () => {
    // given Wang's open task
    const { taskId } = await startRenewal(wang.email);
    await poller.wake();
    await sink.waitFor((r) => r.envelope.to.includes(wang.email));
    sink.received.length = 0;
    // when the SLA reminder fires twice for the same timer
    expect(await enqueue(NotificationKind.TASK_SLA_REMINDER, { taskId, event: 'sla:timer-1' })).toBe(1);
    expect(await enqueue(NotificationKind.TASK_SLA_REMINDER, { taskId, event: 'sla:timer-1' })).toBe(0);
    await poller.wake();
    // then she is reminded once, in Chinese
    const [reminder] = await sink.waitFor((r) => r.envelope.to.includes(wang.email));
    expect(reminder.mail.subject).toBe('任务即将到期：审批折扣 <VIP>（续费审批）');
    expect(reminder.mail.text).toContain('将于 2030年1月31日 GMT+8 20:00 到期');
    expect(reminder.mail.headers.get('x-baton-notification')).toBe('TASK_SLA_REMINDER');
    // when Zhao opted out of escalations and the task escalates to the finance group
    await ok(baton.url, zhao, `mutation { setNotificationPreference(kind: TASK_ESCALATION, enabled: false) { kinds { kind } } }`);
    expect(await enqueue(NotificationKind.TASK_ESCALATION, { taskId, event: 'escalation:1', to: { groups: ['finance'] } })).toBe(1);
    await poller.wake();
    // then only Li hears of it, with who holds the task now
    const [escalation] = await sink.waitFor((r) => r.envelope.to.includes(li.email));
    expect(escalation.mail.subject).toBe('Overdue task escalated to you: 审批折扣 <VIP> (续费审批)');
    expect(escalation.mail.text).toContain('Currently with: 王芳');
    await sleep(200);
    expect(sink.to(zhao.email)).toEqual([]);
    expect(sink.received).toHaveLength(2);
  });

  it.each([
    { title: 'not a task kind', kind: NotificationKind.INVITATION, taskId: '00000000-0000-4000-8000-000000000001', event: 'x', code: 'BAD_USER_INPUT', field: 'kind' },
    { title: 'a task id that is no uuid', kind: NotificationKind.TASK_SLA_REMINDER, taskId: 'task-1', event: 'x', code: 'BAD_USER_INPUT', field: 'taskId' },
    { title: 'an event key with spaces', kind: NotificationKind.TASK_SLA_REMINDER, taskId: '00000000-0000-4000-8000-000000000001', event: 'a b', code: 'BAD_USER_INPUT', field: 'event' },
    { title: 'a task that does not exist', kind: NotificationKind.TASK_SLA_REMINDER, taskId: '00000000-0000-4000-8000-000000000001', event: 'x', code: 'NOT_FOUND', field: 'taskId' },
  ])('refuses $title', async ({ kind, taskId, event, code, field }) => {
    // given bad input, when enqueued, then a typed error names the field
    const error = await enqueue(kind as never, { taskId, event }).catch((e: { code: string; fields: { key: string }[] }) => e);
    expect(error).toMatchObject({ code, fields: [expect.objectContaining({ key: field })] });
  });
});

describe('invitation mail', () => {
  it('carries the accept link in the inviter’s language; the link is sealed until sent and wiped after', async () => {
    // given the owner invites someone with no account yet
    const email = 'new.colleague@example.com';
    const invited = await ok<{ inviteMember: { id: string; link: string; token: string } }>(baton.url, owner,
      `mutation { inviteMember(input: { email: "${email}", role: BUILDER }) { id link token } }`);
    const { link, token } = invited.inviteMember;
    expect(link).toBe(`https://baton.example/invite/${token}`);
    // then the queued row does not hold the token in clear
    const [queued] = await outbox(`event_key = $1`, [`invitation:${invited.inviteMember.id}`]);
    expect(JSON.stringify(queued.payload)).not.toContain(token);
    // when the poller sends it
    await poller.wake();
    const [received] = await sink.waitFor((r) => r.envelope.to.includes(email));
    // then it is in English (the inviter's language), names the workspace and role, and has the link in both bodies
    expect(received.mail.subject).toBe('张伟 invited you to Acme 研发');
    expect(received.mail.text).toContain('张伟 invited you to join the Baton workspace "Acme 研发" as Builder.');
    expect(received.mail.text).toContain(`Accept the invitation: ${link}`);
    expect(received.mail.html).toContain(`<a href="${link}">Accept the invitation</a>`);
    expect(received.mail.html).not.toContain('account settings');
    expect(received.mail.headers.get('x-baton-notification')).toBe('INVITATION');
    // and the row keeps no link once sent
    const [sent] = await outbox(`event_key = $1`, [`invitation:${invited.inviteMember.id}`]);
    expect(sent.state).toBe('SENT');
    expect(sent.payload).toEqual({ invitationId: invited.inviteMember.id });
    // and the token from the mail lets the person join
    const mailedToken = /\/invite\/([\w-]+)/.exec(received.mail.text ?? '')![1];
    const accepted = await gql(baton.url, `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id } } }`,
      { input: { token: mailedToken, name: '新同事', password: 'relay-baton-2026' } });
    expect(accepted.errors).toBeUndefined();
  });

  it('mails nothing when the workspace has SMTP switched off', async () => {
    // given SMTP switched off
    await ok(baton.url, owner, `mutation($input: SmtpSettingsInput!) { setSmtpSettings(input: $input) { enabled } }`,
      { input: { enabled: false, host: '127.0.0.1', port: sink.port, from: 'noreply@baton.example', user: 'baton' } });
    try {
      // when someone is invited and a task is assigned
      const invited = await ok<{ inviteMember: { id: string } }>(baton.url, owner, `mutation { inviteMember(input: { email: "quiet@example.com", role: MEMBER }) { id } }`);
      const { taskId } = await startRenewal(li.email);
      await poller.wake();
      // then nothing is queued
      expect(await outbox(`event_key = $1 OR payload->>'taskId' = $2`, [`invitation:${invited.inviteMember.id}`, taskId])).toEqual([]);
      expect(sink.received).toEqual([]);
    } finally {
      await useSink(baton.url, owner, sink.port);
    }
  });
});
