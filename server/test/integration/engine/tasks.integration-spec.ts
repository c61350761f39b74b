import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { codeOf, gql } from '../graphql-client.js';
import { addMember, Session, signUp } from '../identity.js';
import { bpmn, flow, ProcessClient, Task, TASK_FIELDS, userTask } from './process-client.js';

let baton: RunningBaton;
let owner: ProcessClient;
let inFinance: ProcessClient;
let outsider: ProcessClient;
let financeSession: Session;

const CLAIM = `mutation($id: ID!) { claimTask(id: $id) { ${TASK_FIELDS} } }`;
const UNCLAIM = `mutation($id: ID!) { unclaimTask(id: $id) { ${TASK_FIELDS} } }`;

beforeAll(async () => {
  baton = await startTestApp();
  const ownerSession = await signUp(baton.url);
  owner = new ProcessClient(baton.url, ownerSession.token);
  financeSession = await addMember(baton.url, ownerSession, 'MEMBER');
  inFinance = new ProcessClient(baton.url, financeSession.token);
  outsider = new ProcessClient(baton.url, (await addMember(baton.url, ownerSession, 'MEMBER')).token);
  await gql(baton.url, `mutation { createGroup(input: { key: "finance", name: "Finance" }) { id } }`, {}, { token: ownerSession.token });
  await gql(baton.url, `mutation($id: ID!) { addGroupMember(input: { groupKey: "finance", userId: $id }) { key } }`, { id: financeSession.userId }, { token: ownerSession.token });
  await owner.deploy(bpmn('discount', `<bpmn:startEvent id="s" />${flow('f1', 's', 'approve')}
    ${userTask('approve', `<zeebe:assignmentDefinition candidateGroups="=approverGroups" candidateUsers="auditor@example.com" />
      <zeebe:taskSchedule dueDate="=&quot;2030-01-31T12:00:00Z&quot;" /><zeebe:priorityDefinition priority="80" />
      <zeebe:ioMapping><zeebe:input source="=amount * 0.1" target="discount" /></zeebe:ioMapping>`)}
    ${flow('f2', 'approve', 'e')}<bpmn:endEvent id="e" />`));
  await owner.deploy(bpmn('assigned', `<bpmn:startEvent id="s" />${flow('f1', 's', 'review')}
    ${userTask('review', '<zeebe:assignmentDefinition assignee="=reviewer" />')}${flow('f2', 'review', 'e')}<bpmn:endEvent id="e" />`));
});
afterAll(() => baton?.stop());

async function discountTask(): Promise<Task & { instanceId: string }> {
  const instance = await owner.start('discount', { amount: 1000, approverGroups: ['finance'] });
  return { ...(await owner.openTasks(instance.id))[0], instanceId: instance.id };
}

describe('user tasks', () => {
  it('resolve FEEL assignment, schedule, priority and input mappings when created', async () => {
    // given / when an instance reaches the task
    const task = await discountTask();
    const full = await owner.ok<{ tasks: { nodes: { dueDate: string; priority: number; variables: object }[] } }>(
      `query($g: String) { tasks(filter: { candidateGroup: $g, state: CREATED }) { nodes { dueDate priority variables } } }`, { g: 'finance' });
    // then its candidates, due date, priority and local variables are set
    expect(task).toMatchObject({ candidateGroups: ['finance'], candidateUsers: ['auditor@example.com'], assignee: null, variables: { amount: 1000, discount: 100 } });
    expect(full.tasks.nodes[0]).toMatchObject({ dueDate: '2030-01-31T12:00:00.000Z', priority: 80 });
  });

  it('may be claimed and completed only by a candidate; others get FORBIDDEN', async () => {
    // given a task for the finance group
    const task = await discountTask();
    // when someone outside finance tries / then FORBIDDEN
    expect(codeOf(await outsider.call(CLAIM, { id: task.id }))).toBe('FORBIDDEN');
    expect(codeOf(await outsider.completeTask(task.id))).toBe('FORBIDDEN');
    // when a finance member claims it / then it is theirs, and others cannot claim it
    const claimed = await inFinance.ok<{ claimTask: Task }>(CLAIM, { id: task.id });
    expect(claimed.claimTask.assignee).toBe(financeSession.userId);
    expect(codeOf(await outsider.call(CLAIM, { id: task.id }))).toBe('FORBIDDEN');
    // when they unclaim and claim again, then complete / then the instance ends, discount local gone
    expect((await inFinance.ok<{ unclaimTask: Task }>(UNCLAIM, { id: task.id })).unclaimTask.assignee).toBeNull();
    await inFinance.ok(CLAIM, { id: task.id });
    const done = await inFinance.completeTask(task.id, { approved: true });
    expect(done.data?.completeTask.state).toBe('COMPLETED');
    const instance = await owner.instance(task.instanceId);
    expect(instance.state).toBe('COMPLETED');
    expect(instance.variables).toEqual({ amount: 1000, approverGroups: ['finance'], approved: true });
    expect(instance.history.find((h) => h.elementId === 'approve' && h.event === 'COMPLETED')?.actorId).toBe(financeSession.userId);
  });

  it('lets an admin act on any task, and a claimed task belongs to its assignee', async () => {
    // given a task claimed by a finance member
    const task = await discountTask();
    await inFinance.ok(CLAIM, { id: task.id });
    // when the owner claims / then CONFLICT (claimed by someone else); but the owner may complete it
    expect(codeOf(await owner.call(CLAIM, { id: task.id }))).toBe('CONFLICT');
    expect((await owner.completeTask(task.id)).errors).toBeUndefined();
    // and a completed task is a CONFLICT for everyone
    expect(codeOf(await inFinance.completeTask(task.id))).toBe('CONFLICT');
  });

  it('is assigned by a FEEL assignee (an email) and filtered by assignee', async () => {
    // given a task whose assignee is the finance member's email
    const instance = await owner.start('assigned', { reviewer: financeSession.email });
    const [task] = await owner.openTasks(instance.id);
    expect(task.assignee).toBe(financeSession.email);
    // then only that member (or an admin) may complete it
    expect(codeOf(await outsider.completeTask(task.id))).toBe('FORBIDDEN');
    const mine = await inFinance.ok<{ tasks: { totalCount: number } }>(`query($a: String) { tasks(filter: { assignee: $a }) { totalCount } }`, { a: financeSession.email });
    expect(mine.tasks.totalCount).toBe(1);
    expect((await inFinance.completeTask(task.id)).errors).toBeUndefined();
  });
});
