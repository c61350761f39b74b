import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { codeOf, fieldsOf, gql, GqlResult } from '../graphql-client.js';
import { addMember, Session, signUp } from '../identity.js';
import { bpmn, flow, ProcessClient, userTask } from './process-client.js';

/** Return to an earlier user task (退回) through GraphQL on PostgreSQL: which tokens end, joins, multi-instance, refusals. */
let baton: RunningBaton;
let owner: Session;
let alice: Session;
let bob: Session;
let stranger: Session;
const as = (s: Session) => new ProcessClient(baton.url, s.token);

const RETURN = `mutation($input: ReturnTaskInput!) { returnTask(input: $input) { id state elementId events { action actorId reason details } } }`;
const TARGETS = `query($taskId: ID!) { returnTargets(taskId: $taskId) { elementId name } }`;

interface Returned {
  id: string;
  state: string;
  elementId: string;
  events: { action: string; actorId: string; reason: string; details: { targetElementId: string; terminated: string[] } }[];
}

async function taskOf(instanceId: string, elementId: string): Promise<string> {
  const task = (await as(owner).openTasks(instanceId)).find((t) => t.elementId === elementId);
  expect(task, `open task ${elementId}`).toBeDefined();
  return task!.id;
}

function returnTask(who: Session, id: string, targetElementId: string, reason = '材料不全 / incomplete'): Promise<GqlResult<{ returnTask: Returned }>> {
  return as(who).call(RETURN, { input: { id, targetElementId, reason } });
}

async function returned(who: Session, id: string, targetElementId: string): Promise<Returned> {
  const result = await returnTask(who, id, targetElementId);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.returnTask;
}

/** Element instances still open (active or parked at a join), by element id, sorted. */
async function openTokens(instanceId: string): Promise<string[]> {
  const rows: { element_id: string; state: string }[] = await baton.dataSource.query(
    `SELECT element_id, state FROM element_instances WHERE process_instance_id = $1 AND state IN ('ACTIVE', 'WAITING') AND id <> $1 ORDER BY element_id, state`,
    [instanceId],
  );
  return rows.map((r) => `${r.element_id}:${r.state}`);
}

const line = (id: string, body: string) => bpmn(id, `<bpmn:startEvent id="s" />${body}<bpmn:endEvent id="e" />`);

beforeAll(async () => {
  baton = await startTestApp();
  owner = await signUp(baton.url);
  [alice, bob, stranger] = [await addMember(baton.url, owner, 'MEMBER'), await addMember(baton.url, owner, 'MEMBER'), await addMember(baton.url, owner, 'MEMBER')];
  const o = as(owner);
  // draft (assigned by FEEL, so a return evaluates it again) → review → approve
  await o.deploy(line('ret-line', `${flow('f1', 's', 'draft')}${userTask('draft', '<zeebe:assignmentDefinition assignee="=drafter" />')}${flow('f2', 'draft', 'review')}
    ${userTask('review', `<zeebe:assignmentDefinition assignee="${alice.userId}" />`)}${flow('f3', 'review', 'approve')}${userTask('approve')}${flow('f4', 'approve', 'e')}`));
  // P → fork → [A], [B] → join → C
  await o.deploy(line('ret-fork', `${flow('f1', 's', 'P')}${userTask('P')}${flow('f2', 'P', 'fork')}<bpmn:parallelGateway id="fork" />
    ${flow('f3', 'fork', 'A')}${userTask('A')}${flow('f4', 'fork', 'B')}${userTask('B')}${flow('f5', 'A', 'join')}${flow('f6', 'B', 'join')}
    <bpmn:parallelGateway id="join" />${flow('f7', 'join', 'C')}${userTask('C')}${flow('f8', 'C', 'e')}`));
  // fork → [P2 → A], [B] → join → C: a return inside one branch
  await o.deploy(line('ret-branch', `${flow('f1', 's', 'fork')}<bpmn:parallelGateway id="fork" />${flow('f2', 'fork', 'P2')}${userTask('P2')}${flow('f3', 'P2', 'A')}
    ${userTask('A')}${flow('f4', 'fork', 'B')}${userTask('B')}${flow('f5', 'A', 'join')}${flow('f6', 'B', 'join')}
    <bpmn:parallelGateway id="join" />${flow('f7', 'join', 'C')}${userTask('C')}${flow('f8', 'C', 'e')}`));
  // before → mi (three parallel approvers) → after
  await o.deploy(line('ret-mi', `${flow('f1', 's', 'before')}${userTask('before')}${flow('f2', 'before', 'mi')}
    <bpmn:userTask id="mi" name="mi"><bpmn:multiInstanceLoopCharacteristics isSequential="false"><bpmn:loopCardinality xsi:type="bpmn:tFormalExpression">3</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>
    ${flow('f3', 'mi', 'after')}${userTask('after')}${flow('f4', 'after', 'e')}`));
  // draft → vote, a step offering approve and reject only
  await o.deploy(line('ret-vote-only', `${flow('f1', 's', 'draft')}${userTask('draft')}${flow('f2', 'draft', 'vote')}
    ${userTask('vote', '<zeebe:properties><zeebe:property name="baton:approvalActions" value="approve,reject" /></zeebe:properties>')}${flow('f3', 'vote', 'e')}`));
  // outer → sub [inner1 → inner2] → end: a task inside a sub-process returns only inside it
  await o.deploy(line('ret-sub', `${flow('f1', 's', 'outer')}${userTask('outer')}${flow('f2', 'outer', 'sub')}
    <bpmn:subProcess id="sub"><bpmn:startEvent id="ss" />${flow('g1', 'ss', 'inner1')}${userTask('inner1')}${flow('g2', 'inner1', 'inner2')}${userTask('inner2')}${flow('g3', 'inner2', 'se')}<bpmn:endEvent id="se" /></bpmn:subProcess>
    ${flow('f3', 'sub', 'e')}`));
});
afterAll(() => baton?.stop());

describe('return (退回) on a line', () => {
  it('lists the upstream user tasks, nearest first', async () => {
    // given an instance at approve
    const instance = await as(owner).start('ret-line', { drafter: alice.userId });
    await as(owner).completeOpenTask(instance.id, 'draft');
    await as(owner).completeOpenTask(instance.id, 'review');
    // when the assignee asks where it may return to
    const targets = (await as(owner).ok<{ returnTargets: { elementId: string; name: string }[] }>(TARGETS, { taskId: await taskOf(instance.id, 'approve') })).returnTargets;
    // then review and draft, nearest first
    expect(targets).toEqual([{ elementId: 'review', name: 'review' }, { elementId: 'draft', name: 'draft' }]);
  });

  it('cancels the task, activates a fresh earlier task with its assignment evaluated again, and records it', async () => {
    // given alice drafted and the draft named bob as the next drafter
    const instance = await as(owner).start('ret-line', { drafter: alice.userId });
    const firstDraft = await taskOf(instance.id, 'draft');
    expect((await as(alice).completeTask(firstDraft, { drafter: bob.userId })).errors).toBeUndefined();
    const reviewId = await taskOf(instance.id, 'review');
    // when alice returns the review to the draft
    const result = await returned(alice, reviewId, 'draft');
    // then the review is cancelled with a RETURNED event; a fresh draft task is bob's
    expect(result).toMatchObject({ id: reviewId, state: 'CANCELED', elementId: 'review' });
    expect(result.events).toEqual([{ action: 'RETURNED', actorId: alice.userId, reason: '材料不全 / incomplete', details: { targetElementId: 'draft', terminated: ['review'] } }]);
    const [draft] = await as(owner).openTasks(instance.id);
    expect(draft).toMatchObject({ elementId: 'draft', assignee: bob.userId });
    expect(draft.id).not.toBe(firstDraft);
    // and the history and the audit log have it
    const history = (await as(owner).instance(instance.id)).history;
    expect(history.filter((h) => h.event === 'RETURNED')).toEqual([expect.objectContaining({ elementId: 'review', actorId: alice.userId })]);
    expect(history.filter((h) => h.elementId === 'review').map((h) => h.event)).toEqual(['STARTED', 'TERMINATED', 'RETURNED']);
    const audit = await baton.dataSource.query(`SELECT actor_id, details FROM audit_events WHERE action = 'task.returned' AND target_id = $1`, [reviewId]);
    expect(audit).toEqual([{ actor_id: alice.userId, details: expect.objectContaining({ from: 'review', to: 'draft', reason: '材料不全 / incomplete' }) }]);
    // and the flow runs on from the draft to the end
    await as(owner).completeOpenTask(instance.id, 'draft');
    await as(owner).completeOpenTask(instance.id, 'review');
    await as(owner).completeOpenTask(instance.id, 'approve');
    expect((await as(owner).instance(instance.id)).state).toBe('COMPLETED');
  });
});

describe('return (退回) and parallel joins', () => {
  it('a branch returning before the split ends every branch and the token parked at the join; the join fires once later', async () => {
    // given P done, B done (parked at the join), A open
    const instance = await as(owner).start('ret-fork');
    await as(owner).completeOpenTask(instance.id, 'P');
    await as(owner).completeOpenTask(instance.id, 'B');
    expect(await openTokens(instance.id)).toEqual(['A:ACTIVE', 'join:WAITING']);
    // when A returns to P
    const result = await returned(owner, await taskOf(instance.id, 'A'), 'P');
    // then only P is open: nothing waits at the join
    expect(result.events[0].details.terminated.sort()).toEqual(['A', 'join']);
    expect(await openTokens(instance.id)).toEqual(['P:ACTIVE']);
    expect(await as(owner).openTaskIds(instance.id)).toEqual(['P']);
    // and the split runs again; the join fires once both branches are done
    await as(owner).completeOpenTask(instance.id, 'P');
    expect(await as(owner).openTaskIds(instance.id)).toEqual(['A', 'B']);
    await as(owner).completeOpenTask(instance.id, 'A');
    await as(owner).completeOpenTask(instance.id, 'B');
    expect(await as(owner).openTaskIds(instance.id)).toEqual(['C']);
    await as(owner).completeOpenTask(instance.id, 'C');
    expect((await as(owner).instance(instance.id)).state).toBe('COMPLETED');
  });

  it('a return before the split cancels the other branch\'s open task too', async () => {
    const instance = await as(owner).start('ret-fork');
    await as(owner).completeOpenTask(instance.id, 'P');
    const bTask = await taskOf(instance.id, 'B');
    await returned(owner, await taskOf(instance.id, 'A'), 'P');
    expect((await as(owner).ok<{ tasks: { nodes: { id: string; state: string }[] } }>(`query($f: TaskFilter) { tasks(filter: $f) { nodes { id state } } }`, { f: { processInstanceId: instance.id } }))
      .tasks.nodes.find((t) => t.id === bTask)?.state).toBe('CANCELED');
    expect(await openTokens(instance.id)).toEqual(['P:ACTIVE']);
  });

  it('a return inside one branch leaves the other branch and its token parked at the join', async () => {
    // given B done (parked at the join), P2 done, A open
    const instance = await as(owner).start('ret-branch');
    await as(owner).completeOpenTask(instance.id, 'B');
    await as(owner).completeOpenTask(instance.id, 'P2');
    // when A returns to P2
    await returned(owner, await taskOf(instance.id, 'A'), 'P2');
    // then B's token still waits at the join, and the join fires when the branch arrives again
    expect(await openTokens(instance.id)).toEqual(['P2:ACTIVE', 'join:WAITING']);
    await as(owner).completeOpenTask(instance.id, 'P2');
    await as(owner).completeOpenTask(instance.id, 'A');
    expect(await as(owner).openTaskIds(instance.id)).toEqual(['C']);
    expect(await openTokens(instance.id)).toEqual(['C:ACTIVE']);
  });
});

describe('return (退回) from a multi-instance activity and a sub-process', () => {
  it('one approver of a multi-instance task returns the whole activity', async () => {
    const instance = await as(owner).start('ret-mi');
    await as(owner).completeOpenTask(instance.id, 'before');
    const approvers = await as(owner).openTasks(instance.id);
    expect(approvers).toHaveLength(3);
    await as(owner).completeTask(approvers[0].id);
    // when the second approver returns to "before"
    await returned(owner, approvers[1].id, 'before');
    // then every approver's task and the body are gone; "before" starts afresh and then three approvers again
    expect(await openTokens(instance.id)).toEqual(['before:ACTIVE']);
    await as(owner).completeOpenTask(instance.id, 'before');
    expect(await as(owner).openTaskIds(instance.id)).toEqual(['mi', 'mi', 'mi']);
  });

  it('a task inside a sub-process returns inside it only', async () => {
    const instance = await as(owner).start('ret-sub');
    await as(owner).completeOpenTask(instance.id, 'outer');
    await as(owner).completeOpenTask(instance.id, 'inner1');
    const inner2 = await taskOf(instance.id, 'inner2');
    expect((await as(owner).ok<{ returnTargets: { elementId: string }[] }>(TARGETS, { taskId: inner2 })).returnTargets.map((t) => t.elementId)).toEqual(['inner1']);
    const outside = await returnTask(owner, inner2, 'outer');
    expect([codeOf(outside), fieldsOf(outside)]).toEqual(['BAD_USER_INPUT', ['targetElementId']]);
    await returned(owner, inner2, 'inner1');
    expect(await openTokens(instance.id)).toEqual(['inner1:ACTIVE', 'sub:ACTIVE']);
  });
});

describe('return (退回) refusals', () => {
  it.each([
    { title: 'a task downstream', target: 'C', message: "'C' is not a user task upstream of 'A'" },
    { title: 'a gateway upstream', target: 'fork', message: "'fork' is not a user task upstream of 'A'" },
    { title: 'the task itself', target: 'A', message: "'A' is not a user task upstream of 'A'" },
    { title: 'a task of the other branch', target: 'B', message: "'B' is not a user task upstream of 'A'" },
    { title: 'an element the process does not have', target: 'Task_X', message: "'Task_X' is not a user task upstream of 'A'" },
  ])('refuses $title as BAD_USER_INPUT naming targetElementId, in en and zh-CN', async ({ target, message }) => {
    const instance = await as(owner).start('ret-fork');
    await as(owner).completeOpenTask(instance.id, 'P');
    const aTask = await taskOf(instance.id, 'A');
    const result = await returnTask(owner, aTask, target);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields).toEqual([{ key: 'targetElementId', message: expect.stringContaining(message) }]);
    const zh = await gql(baton.url, RETURN, { input: { id: aTask, targetElementId: target, reason: 'r' } }, { token: owner.token, lang: 'zh-CN' });
    expect(zh.errors![0].extensions!.fields![0].message).toContain(`“${target}”不是“A”同一作用域内的上游用户任务`);
    // and nothing moved
    expect(await openTokens(instance.id)).toEqual(['A:ACTIVE', 'B:ACTIVE']);
  });

  it.each([
    { title: 'a task id that is not an id', input: () => ({ id: 'x', targetElementId: 'P', reason: 'r' }), field: 'id' },
    { title: 'no reason', input: (t: string) => ({ id: t, targetElementId: 'P', reason: ' ' }), field: 'reason' },
    { title: 'a reason over 500 characters', input: (t: string) => ({ id: t, targetElementId: 'P', reason: 'x'.repeat(501) }), field: 'reason' },
    { title: 'an empty target', input: (t: string) => ({ id: t, targetElementId: '', reason: 'r' }), field: 'targetElementId' },
  ])('refuses $title as BAD_USER_INPUT naming $field', async ({ input, field }) => {
    const instance = await as(owner).start('ret-fork');
    await as(owner).completeOpenTask(instance.id, 'P');
    const result = await as(owner).call(RETURN, { input: input(await taskOf(instance.id, 'A')) });
    expect([codeOf(result), fieldsOf(result)]).toEqual(['BAD_USER_INPUT', [field]]);
  });

  it('is refused (ACTION_NOT_ALLOWED) at a step whose baton:approvalActions leave out return and addSigner', async () => {
    const instance = await as(owner).start('ret-vote-only');
    await as(owner).completeOpenTask(instance.id, 'draft');
    const vote = await taskOf(instance.id, 'vote');
    const refused = await returnTask(owner, vote, 'draft');
    expect([codeOf(refused), refused.errors![0].extensions!.reason]).toEqual(['BAD_USER_INPUT', 'ACTION_NOT_ALLOWED']);
    const signer = await as(owner).call(`mutation($i: AddSignerInput!) { addSigner(input: $i) { id } }`, { i: { id: vote, userId: bob.userId, position: 'AFTER', reason: 'r' } });
    expect([codeOf(signer), signer.errors![0].extensions!.reason]).toEqual(['BAD_USER_INPUT', 'ACTION_NOT_ALLOWED']);
    expect(await as(owner).openTaskIds(instance.id)).toEqual(['vote']);
  });

  it('is FORBIDDEN to who may not act on the task, and a CONFLICT once the task is closed', async () => {
    const instance = await as(owner).start('ret-line', { drafter: alice.userId });
    await as(owner).completeOpenTask(instance.id, 'draft');
    const review = await taskOf(instance.id, 'review');
    // the review is alice's: bob and a stranger may neither return it nor list its targets
    for (const who of [bob, stranger]) {
      expect(codeOf(await returnTask(who, review, 'draft'))).toBe('FORBIDDEN');
      expect(codeOf(await as(who).call(TARGETS, { taskId: review }))).toBe('FORBIDDEN');
    }
    await as(alice).completeTask(review);
    expect(codeOf(await returnTask(alice, review, 'draft'))).toBe('CONFLICT');
    expect((await as(alice).ok<{ returnTargets: unknown[] }>(TARGETS, { taskId: review })).returnTargets).toEqual([]);
    expect(codeOf(await as(owner).call(TARGETS, { taskId: '00000000-0000-4000-8000-000000000001' }))).toBe('NOT_FOUND');
  });
});
