import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { codeOf, fieldsOf } from '../graphql-client.js';
import { addMember, Session, signUp } from '../identity.js';
import { bpmn, flow, ProcessClient, userTask } from './process-client.js';

/**
 * The approval actions a model offers per user task (baton:approvalActions / baton:approvalVariable): exposed on the
 * task, enforced by the server (a voting step completes only with approve or reject; an action not offered is
 * refused), and refused at deploy when they name unknown actions.
 */
let baton: RunningBaton;
let owner: Session;
let alice: Session;
const as = (s: Session) => new ProcessClient(baton.url, s.token);
const APPROVAL = `query($filter: TaskFilter) { tasks(filter: $filter) { nodes { id elementId approval { actions variable } } } }`;
const COPY = `mutation($input: CopyTaskInput!) { copyTask(input: $input) { id } }`;
const TRANSFER = `mutation($input: HandOverTaskInput!) { transferTask(input: $input) { id assignee } }`;

const settings = (actions?: string, variable?: string) =>
  `<zeebe:assignmentDefinition assignee="${alice.userId}" /><zeebe:properties>${actions === undefined ? '' : `<zeebe:property name="baton:approvalActions" value="${actions}" />`}${
    variable === undefined ? '' : `<zeebe:property name="baton:approvalVariable" value="${variable}" />`
  }</zeebe:properties>`;

/** review → gateway on the vote → approvedEnd / rejectedEnd, so the path shows which answer the task gave. */
const voting = (id: string, actions: string, variable = 'approved') =>
  bpmn(id, `<bpmn:startEvent id="s" />${flow('f1', 's', 'review')}${userTask('review', settings(actions, variable))}${flow('f2', 'review', 'gw')}
    <bpmn:exclusiveGateway id="gw" default="no" />${flow('yes', 'gw', 'approvedEnd', `=${variable} = true`)}${flow('no', 'gw', 'rejectedEnd')}
    <bpmn:endEvent id="approvedEnd" /><bpmn:endEvent id="rejectedEnd" />`);

async function openTask(processId: string, variables: Record<string, unknown> = {}) {
  const instance = await as(owner).start(processId, variables);
  const { tasks } = await as(alice).ok<{ tasks: { nodes: { id: string; approval: { actions: string[]; variable: string } }[] } }>(APPROVAL, { filter: { processInstanceId: instance.id, state: 'CREATED' } });
  return { instanceId: instance.id, task: tasks.nodes[0] };
}

beforeAll(async () => {
  baton = await startTestApp();
  owner = await signUp(baton.url);
  alice = await addMember(baton.url, owner, 'MEMBER');
  await as(owner).deploy(voting('vote', 'approve,reject,return'));
  await as(owner).deploy(voting('approveOnly', 'approve,transfer', 'ok'));
  await as(owner).deploy(bpmn('plain', `<bpmn:startEvent id="s" />${flow('f1', 's', 'review')}${userTask('review', settings())}${flow('f2', 'review', 'e')}<bpmn:endEvent id="e" />`));
});
afterAll(() => baton?.stop());

describe('approval settings on a user task', () => {
  it('offers the defaults without settings: completed (no vote), handed over, copied, returned, signed', async () => {
    const { instanceId, task } = await openTask('plain');
    expect(task.approval).toEqual({ actions: ['return', 'transfer', 'delegate', 'addSigner', 'cc'], variable: 'approved' });
    await as(alice).ok(COPY, { input: { id: task.id, userIds: [owner.userId] } });
    expect((await as(alice).completeTask(task.id, {})).errors).toBeUndefined();
    expect((await as(owner).instance(instanceId)).state).toBe('COMPLETED');
  });

  it('completes a voting step only with approve (true) or reject (false) in its variable, and the flow follows the vote', async () => {
    const { instanceId, task } = await openTask('vote');
    expect(task.approval).toEqual({ actions: ['approve', 'reject', 'return'], variable: 'approved' });
    // no vote, or not a boolean: refused naming the variable, the task stays open
    for (const variables of [{}, { approved: 'yes' }]) {
      const refused = await as(alice).completeTask(task.id, variables);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(refused)).toEqual(['approved']);
    }
    expect(await as(owner).openTaskIds(instanceId)).toEqual(['review']);
    // reject: the vote is a process variable (the task has no form field for it) and the gateway takes "no"
    expect((await as(alice).completeTask(task.id, { approved: false, comment: '价格过低' })).errors).toBeUndefined();
    const done = await as(owner).instance(instanceId);
    expect(done.state).toBe('COMPLETED');
    expect(done.variables).toMatchObject({ approved: false });
    expect(done.history.filter((h) => h.event === 'COMPLETED').map((h) => h.elementId)).toContain('rejectedEnd');
  });

  it('takes only the answers offered: a step with approve alone refuses false, in its own variable', async () => {
    const { instanceId, task } = await openTask('approveOnly');
    expect(task.approval).toEqual({ actions: ['approve', 'transfer'], variable: 'ok' });
    const refused = await as(alice).completeTask(task.id, { ok: false });
    expect(fieldsOf(refused)).toEqual(['ok']);
    expect((await as(alice).completeTask(task.id, { ok: true })).errors).toBeUndefined();
    expect((await as(owner).instance(instanceId)).history.filter((h) => h.event === 'COMPLETED').map((h) => h.elementId)).toContain('approvedEnd');
  });

  it('refuses an action the model does not offer, naming it and the element', async () => {
    const { task } = await openTask('vote');
    const copied = await as(alice).call(COPY, { input: { id: task.id, userIds: [owner.userId] } });
    expect(codeOf(copied)).toBe('BAD_USER_INPUT');
    expect(copied.errors?.[0].message).toContain('"cc" at review');
    const moved = await as(alice).call(TRANSFER, { input: { id: task.id, toUserId: owner.userId, reason: 'away' } });
    expect(codeOf(moved)).toBe('BAD_USER_INPUT');
    // the step offering transfer takes it
    const other = await openTask('approveOnly');
    expect((await as(alice).ok<{ transferTask: { assignee: string } }>(TRANSFER, { input: { id: other.task.id, toUserId: owner.userId, reason: 'away' } })).transferTask.assignee).toBe(owner.userId);
  });

  it('refuses at deploy unknown actions and a bad variable name, naming the user task', async () => {
    for (const [actions, variable, text] of [
      ['approve,veto', undefined, 'unknown approval action(s) veto'],
      ['approve,reject', 'approved-by', 'not a plain variable name'],
    ] as const) {
      const result = await as(owner).call(`mutation($input: DeployProcessInput!) { deployProcess(input: $input) { id } }`, {
        input: { bpmnXml: bpmn('bad', `<bpmn:startEvent id="s" />${flow('f1', 's', 'decide')}${userTask('decide', settings(actions, variable))}${flow('f2', 'decide', 'e')}<bpmn:endEvent id="e" />`) },
      });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['decide']);
      expect(JSON.stringify(result.errors?.[0].extensions)).toContain(text);
    }
  });
});
