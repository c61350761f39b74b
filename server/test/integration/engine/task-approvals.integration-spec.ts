import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { codeOf, fieldsOf } from '../graphql-client.js';
import { addMember, Session, signUp } from '../identity.js';
import { bpmn, flow, ProcessClient, userTask } from './process-client.js';

/** Approval actions that move no token — transfer, delegate / resolve, carbon copy — through GraphQL on PostgreSQL. */
let baton: RunningBaton;
let owner: Session;
let alice: Session;
let bob: Session;
let carol: Session;
let stranger: Session;
const as = (s: Session) => new ProcessClient(baton.url, s.token);
const FIELDS = `id state assignee owner delegationState events { action actorId fromUser toUser reason }`;

interface ApprovalTask {
  id: string;
  state: string;
  assignee: string | null;
  owner: string | null;
  delegationState: string | null;
  events: { action: string; actorId: string | null; fromUser: string | null; toUser: string | null; reason: string | null }[];
}

const TRANSFER = `mutation($input: HandOverTaskInput!) { transferTask(input: $input) { ${FIELDS} } }`;
const DELEGATE = `mutation($input: HandOverTaskInput!) { delegateTask(input: $input) { ${FIELDS} } }`;
const RESOLVE = `mutation($input: ResolveTaskInput!) { resolveTask(input: $input) { ${FIELDS} } }`;
const COPY = `mutation($input: CopyTaskInput!) { copyTask(input: $input) { id recipientId read task { id elementId } } }`;
const INBOX = `query($unread: Boolean) { copiedToMe(unread: $unread) { totalCount nodes { id read note copiedById task { id elementId state variables } } } }`;

/** A task assigned to Alice (the model names her), candidates group "approvers" (Bob and Alice). */
async function aliceTask(): Promise<{ instanceId: string; taskId: string }> {
  const instance = await as(owner).start('approve', { amount: 1200 });
  const [task] = await as(owner).openTasks(instance.id);
  return { instanceId: instance.id, taskId: task.id };
}

beforeAll(async () => {
  baton = await startTestApp();
  owner = await signUp(baton.url);
  [alice, bob, carol, stranger] = [await addMember(baton.url, owner, 'MEMBER'), await addMember(baton.url, owner, 'MEMBER'), await addMember(baton.url, owner, 'MEMBER'), await addMember(baton.url, owner, 'MEMBER')];
  const o = as(owner);
  await o.ok(`mutation { createGroup(input: { key: "approvers", name: "Approvers" }) { key } }`);
  await o.ok(`mutation { createGroup(input: { key: "finance", name: "Finance" }) { key } }`);
  for (const [group, who] of [['approvers', alice], ['approvers', bob], ['finance', carol]] as const) {
    await o.ok(`mutation($g: String!, $u: ID!) { addGroupMember(input: { groupKey: $g, userId: $u }) { key } }`, { g: group, u: who.userId });
  }
  await o.deploy(bpmn('approve', `<bpmn:startEvent id="s" />${flow('f1', 's', 'review')}${userTask('review', `<zeebe:assignmentDefinition assignee="${alice.userId}" candidateGroups="approvers" />`)}
    ${flow('f2', 'review', 'e')}<bpmn:endEvent id="e" />`));
});
afterAll(() => baton?.stop());

describe('transfer (转交)', () => {
  it('hands the task to another member with who and why, in the task events, the history and the audit log', async () => {
    const { instanceId, taskId } = await aliceTask();
    const moved = (await as(alice).ok<{ transferTask: ApprovalTask }>(TRANSFER, { input: { id: taskId, toUserId: bob.userId, reason: '出差一周 / travelling' } })).transferTask;
    expect(moved).toMatchObject({ assignee: bob.userId, owner: null, delegationState: null });
    expect(moved.events).toEqual([{ action: 'TRANSFERRED', actorId: alice.userId, fromUser: alice.userId, toUser: bob.userId, reason: '出差一周 / travelling' }]);
    expect((await as(owner).instance(instanceId)).history.filter((h) => h.event === 'TRANSFERRED')).toEqual([expect.objectContaining({ elementId: 'review', actorId: alice.userId })]);
    const audit = await baton.dataSource.query(`SELECT actor_id, details FROM audit_events WHERE action = 'task.transferred' AND target_id = $1`, [taskId]);
    expect(audit).toEqual([{ actor_id: alice.userId, details: expect.objectContaining({ from: alice.userId, to: bob.userId, reason: '出差一周 / travelling' }) }]);
    // Alice no longer may act; Bob completes it
    expect(codeOf(await as(alice).completeTask(taskId))).toBe('FORBIDDEN');
    expect((await as(bob).completeTask(taskId)).errors).toBeUndefined();
  });

  it('is refused to someone who is neither the assignee nor a candidate: FORBIDDEN', async () => {
    const { taskId } = await aliceTask();
    for (const mutation of [TRANSFER, DELEGATE]) {
      expect(codeOf(await as(stranger).call(mutation, { input: { id: taskId, toUserId: stranger.userId, reason: 'mine now' } }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await as(stranger).call(COPY, { input: { id: taskId, userIds: [stranger.userId] } }))).toBe('FORBIDDEN');
    // a candidate who is not the assignee of a claimed task may not either (the task is Alice's)
    expect(codeOf(await as(bob).call(TRANSFER, { input: { id: taskId, toUserId: carol.userId, reason: 'x' } }))).toBe('FORBIDDEN');
  });

  it.each([
    { title: 'a task id that is not an id', input: () => ({ id: 'x', toUserId: bob.userId, reason: 'r' }), field: 'id' },
    { title: 'a target that is not an id', input: (t: string) => ({ id: t, toUserId: 'bob', reason: 'r' }), field: 'toUserId' },
    { title: 'a target outside the workspace', input: (t: string) => ({ id: t, toUserId: '00000000-0000-4000-8000-000000000001', reason: 'r' }), field: 'toUserId' },
    { title: 'no reason', input: (t: string) => ({ id: t, toUserId: bob.userId, reason: '  ' }), field: 'reason' },
    { title: 'a reason over 500 characters', input: (t: string) => ({ id: t, toUserId: bob.userId, reason: 'x'.repeat(501) }), field: 'reason' },
    { title: 'the current assignee', input: (t: string) => ({ id: t, toUserId: alice.userId, reason: 'r' }), field: 'toUserId' },
  ])('refuses $title as BAD_USER_INPUT naming $field', async ({ input, field }) => {
    const { taskId } = await aliceTask();
    const result = await as(alice).call(TRANSFER, { input: input(taskId) });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual([field]);
  });
});

describe('delegate (委托) and resolve', () => {
  it('the delegate works the task and resolves it back to the owner, who completes it', async () => {
    const { taskId } = await aliceTask();
    const delegated = (await as(alice).ok<{ delegateTask: ApprovalTask }>(DELEGATE, { input: { id: taskId, toUserId: carol.userId, reason: 'Carol knows the customer' } })).delegateTask;
    expect(delegated).toMatchObject({ assignee: carol.userId, owner: alice.userId, delegationState: 'PENDING' });
    // a pending delegation can be neither completed nor delegated again
    expect(codeOf(await as(carol).completeTask(taskId))).toBe('CONFLICT');
    expect(codeOf(await as(carol).call(DELEGATE, { input: { id: taskId, toUserId: bob.userId, reason: 'again' } }))).toBe('CONFLICT');
    // only the delegate (the assignee now) may resolve
    expect(codeOf(await as(alice).call(RESOLVE, { input: { id: taskId } }))).toBe('FORBIDDEN');
    const resolved = (await as(carol).ok<{ resolveTask: ApprovalTask }>(RESOLVE, { input: { id: taskId, comment: '已核实 / checked' } })).resolveTask;
    expect(resolved).toMatchObject({ assignee: alice.userId, owner: alice.userId, delegationState: 'RESOLVED' });
    expect(resolved.events.map((e) => [e.action, e.actorId, e.toUser, e.reason])).toEqual([
      ['DELEGATED', alice.userId, carol.userId, 'Carol knows the customer'],
      ['RESOLVED', carol.userId, alice.userId, '已核实 / checked'],
    ]);
    expect((await as(alice).completeTask(taskId)).errors).toBeUndefined();
    const audit = await baton.dataSource.query(`SELECT action FROM audit_events WHERE target_id = $1 ORDER BY created_at`, [taskId]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['task.delegated', 'task.resolved']);
  });

  it('resolving a task that is not delegated is a CONFLICT; delegating to yourself is refused', async () => {
    const { taskId } = await aliceTask();
    expect(codeOf(await as(alice).call(RESOLVE, { input: { id: taskId } }))).toBe('CONFLICT');
    const self = await as(alice).call(DELEGATE, { input: { id: taskId, toUserId: alice.userId, reason: 'me' } });
    expect([codeOf(self), fieldsOf(self)]).toEqual(['BAD_USER_INPUT', ['toUserId']]);
  });
});

describe('carbon copy (抄送)', () => {
  it('puts a read-only entry in each recipient\'s CC inbox without holding the flow; read / unread', async () => {
    const { instanceId, taskId } = await aliceTask();
    const copies = (await as(alice).ok<{ copyTask: { recipientId: string; read: boolean }[] }>(COPY, { input: { id: taskId, userIds: [bob.userId], groupKeys: ['finance'], note: 'FYI' } })).copyTask;
    expect(copies.map((c) => c.recipientId).sort()).toEqual([bob.userId, carol.userId].sort());
    // copying again to the same people adds nothing
    expect((await as(alice).ok<{ copyTask: unknown[] }>(COPY, { input: { id: taskId, userIds: [bob.userId] } })).copyTask).toEqual([]);
    const inbox = (await as(carol).ok<{ copiedToMe: { totalCount: number; nodes: { id: string; read: boolean; note: string; copiedById: string; task: { id: string; variables: Record<string, unknown> } }[] } }>(INBOX, { unread: true })).copiedToMe;
    const entry = inbox.nodes.find((n) => n.task.id === taskId)!;
    expect(entry).toMatchObject({ read: false, note: 'FYI', copiedById: alice.userId, task: { variables: { amount: 1200 } } });
    // the CC is read-only: Carol still may not complete the task
    expect(codeOf(await as(carol).completeTask(taskId))).toBe('FORBIDDEN');
    const read = await as(carol).ok<{ markTaskCopyRead: { read: boolean } }>(`mutation($id: ID!) { markTaskCopyRead(id: $id) { read } }`, { id: entry.id });
    expect(read.markTaskCopyRead.read).toBe(true);
    expect((await as(carol).ok<{ copiedToMe: { nodes: { id: string }[] } }>(INBOX, { unread: true })).copiedToMe.nodes.map((n) => n.id)).not.toContain(entry.id);
    const unread = await as(carol).ok<{ markTaskCopyRead: { read: boolean } }>(`mutation($id: ID!) { markTaskCopyRead(id: $id, read: false) { read } }`, { id: entry.id });
    expect(unread.markTaskCopyRead.read).toBe(false);
    // someone else's copy is not there for Bob
    expect(codeOf(await as(bob).call(`mutation($id: ID!) { markTaskCopyRead(id: $id) { read } }`, { id: entry.id }))).toBe('NOT_FOUND');
    // and the flow goes on as if nothing happened
    expect((await as(alice).completeTask(taskId)).errors).toBeUndefined();
    expect((await as(owner).instance(instanceId)).state).toBe('COMPLETED');
    expect((await as(owner).instance(instanceId)).history.map((h) => h.event)).toContain('COPIED');
  });

  it.each([
    { title: 'no recipient', input: (t: string) => ({ id: t }), field: 'userIds' },
    { title: 'a user outside the workspace', input: (t: string) => ({ id: t, userIds: ['00000000-0000-4000-8000-000000000001'] }), field: 'userIds[0]' },
    { title: 'an unknown group', input: (t: string) => ({ id: t, groupKeys: ['nobody'] }), field: 'groupKeys[0]' },
    { title: 'a user id that is not an id', input: (t: string) => ({ id: t, userIds: ['carol'] }), field: 'userIds[0]' },
    { title: 'a note over 500 characters', input: (t: string) => ({ id: t, userIds: [bob.userId], note: 'x'.repeat(501) }), field: 'note' },
  ])('refuses $title as BAD_USER_INPUT naming $field', async ({ input, field }) => {
    const { taskId } = await aliceTask();
    const result = await as(alice).call(COPY, { input: input(taskId) });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual([field]);
  });
});
