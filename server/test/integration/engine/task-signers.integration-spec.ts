import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { codeOf, fieldsOf, GqlResult } from '../graphql-client.js';
import { addMember, Session, signUp } from '../identity.js';
import { bpmn, flow, ProcessClient, userTask } from './process-client.js';

/** Add a signer (加签) before and after, nested, through GraphQL on PostgreSQL. */
let baton: RunningBaton;
let owner: Session;
let alice: Session;
let bob: Session;
let carol: Session;
let stranger: Session;
const as = (s: Session) => new ProcessClient(baton.url, s.token);

const FIELDS = `id state elementId assignee formId signerOf signPosition afterSigner variables fieldPermissions events { action actorId fromUser toUser reason details }`;
const ADD = `mutation($input: AddSignerInput!) { addSigner(input: $input) { ${FIELDS} } }`;
const MINE = `query($f: TaskFilter) { tasks(filter: $f, first: 200) { nodes { ${FIELDS} } } }`;

interface SignTask {
  id: string;
  state: string;
  elementId: string;
  assignee: string | null;
  formId: string | null;
  signerOf: string | null;
  signPosition: string | null;
  afterSigner: string | null;
  variables: Record<string, unknown>;
  fieldPermissions: Record<string, string>;
  events: { action: string; actorId: string | null; fromUser: string | null; toUser: string | null; reason: string | null; details: Record<string, unknown> | null }[];
}

const approvalForm = {
  id: 'approval',
  components: [
    { id: 'a1', type: 'number', key: 'amount', label: 'Amount' },
    { id: 'a2', type: 'textfield', key: 'reason', label: 'Reason' },
    { id: 'a3', type: 'textfield', key: 'opinion', label: 'Opinion' },
  ],
};
const permissions = JSON.stringify({ amount: 'view', reason: 'required' }).replace(/"/g, '&quot;');

function addSigner(who: Session, id: string, userId: string, position: 'BEFORE' | 'AFTER', reason = '请财务把关 / finance check'): Promise<GqlResult<{ addSigner: SignTask }>> {
  return as(who).call(ADD, { input: { id, userId, position, reason } });
}

async function added(who: Session, id: string, userId: string, position: 'BEFORE' | 'AFTER'): Promise<SignTask> {
  const result = await addSigner(who, id, userId, position);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.addSigner;
}

/** The open tasks of the instance assigned to `who` (their inbox). */
async function inbox(who: Session, instanceId: string): Promise<SignTask[]> {
  const data = await as(owner).ok<{ tasks: { nodes: SignTask[] } }>(MINE, { f: { assignee: who.userId, state: 'CREATED', processInstanceId: instanceId } });
  return data.tasks.nodes;
}

async function taskById(id: string, instanceId: string): Promise<SignTask> {
  const data = await as(owner).ok<{ tasks: { nodes: SignTask[] } }>(MINE, { f: { processInstanceId: instanceId } });
  return data.tasks.nodes.find((t) => t.id === id)!;
}

async function complete(who: Session, id: string, variables: Record<string, unknown>): Promise<void> {
  const result = await as(who).completeTask(id, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
}

/** An instance at review (alice's), the draft done. */
async function atReview(): Promise<{ instanceId: string; reviewId: string }> {
  const instance = await as(owner).start('sign', { amount: 1200 });
  await as(owner).completeOpenTask(instance.id, 'draft');
  const [review] = await inbox(alice, instance.id);
  return { instanceId: instance.id, reviewId: review.id };
}

beforeAll(async () => {
  baton = await startTestApp();
  owner = await signUp(baton.url);
  [alice, bob, carol, stranger] = [await addMember(baton.url, owner, 'MEMBER'), await addMember(baton.url, owner, 'MEMBER'), await addMember(baton.url, owner, 'MEMBER'), await addMember(baton.url, owner, 'MEMBER')];
  await as(owner).deploy(bpmn('sign', `<bpmn:startEvent id="s" />${flow('f1', 's', 'draft')}${userTask('draft')}${flow('f2', 'draft', 'review')}
    ${userTask('review', `<zeebe:assignmentDefinition assignee="${alice.userId}" /><zeebe:formDefinition formId="approval" />
      <zeebe:properties><zeebe:property name="baton:fieldPermissions" value="${permissions}" /></zeebe:properties>`)}
    ${flow('f3', 'review', 'next')}${userTask('next')}${flow('f4', 'next', 'e')}<bpmn:endEvent id="e" />`), [approvalForm]);
});
afterAll(() => baton?.stop());

describe('add a signer before (前加签)', () => {
  it('suspends the task until the signer, who has the same form and step permissions, completes; then the assignee completes it', async () => {
    const { instanceId, reviewId } = await atReview();
    // when alice adds bob before her
    const review = await added(alice, reviewId, bob.userId, 'BEFORE');
    // then her task is suspended and out of her inbox; she may neither complete nor transfer it
    expect(review).toMatchObject({ state: 'SUSPENDED', assignee: alice.userId });
    expect(review.events).toEqual([expect.objectContaining({ action: 'SIGNER_ADDED', actorId: alice.userId, fromUser: alice.userId, toUser: bob.userId, reason: '请财务把关 / finance check' })]);
    expect(await inbox(alice, instanceId)).toEqual([]);
    expect(codeOf(await as(alice).completeTask(reviewId, { reason: 'x' }))).toBe('CONFLICT');
    expect(codeOf(await as(alice).call(`mutation($i: HandOverTaskInput!) { transferTask(input: $i) { id } }`, { i: { id: reviewId, toUserId: carol.userId, reason: 'r' } }))).toBe('CONFLICT');
    // and bob has a real task of the same step
    const [signer] = await inbox(bob, instanceId);
    expect(signer).toMatchObject({ elementId: 'review', formId: 'approval', signerOf: reviewId, signPosition: 'BEFORE', fieldPermissions: { amount: 'view', reason: 'required' }, variables: { amount: 1200 } });
    expect(review.events[0].details).toEqual({ position: 'BEFORE', signerTaskId: signer.id });
    // the step's permissions hold for the signer too
    expect(fieldsOf(await as(bob).completeTask(signer.id, { opinion: 'agree' }))).toEqual(['reason']);
    expect(fieldsOf(await as(bob).completeTask(signer.id, { amount: 1, reason: 'r' }))).toEqual(['amount']);
    // when bob completes, the task is alice's again, showing what bob submitted; the token has not moved
    await complete(bob, signer.id, { reason: 'bob ok', opinion: 'agree' });
    const [back] = await inbox(alice, instanceId);
    expect(back).toMatchObject({ id: reviewId, state: 'CREATED', variables: { amount: 1200, reason: 'bob ok', opinion: 'agree' } });
    expect(await as(owner).openTaskIds(instanceId)).toEqual(['review']);
    // when alice completes, the flow goes on with both submissions, alice's winning
    await complete(alice, reviewId, { reason: 'alice final' });
    expect(await as(owner).openTaskIds(instanceId)).toEqual(['next']);
    expect((await as(owner).instance(instanceId)).variables).toMatchObject({ reason: 'alice final', opinion: 'agree' });
    // recorded in the history and the audit log
    const events = (await as(owner).instance(instanceId)).history.map((h) => h.event);
    expect(events).toEqual(expect.arrayContaining(['SIGNER_ADDED', 'SIGNED']));
    const audit = await baton.dataSource.query(`SELECT actor_id, details FROM audit_events WHERE action = 'task.signer_added' AND target_id = $1`, [reviewId]);
    expect(audit).toEqual([{ actor_id: alice.userId, details: expect.objectContaining({ from: alice.userId, to: bob.userId, position: 'BEFORE' }) }]);
  });
});

describe('add a signer after (后加签)', () => {
  it('holds the flow after the assignee completes until the signer completes, then goes on with both submissions', async () => {
    const { instanceId, reviewId } = await atReview();
    const review = await added(alice, reviewId, bob.userId, 'AFTER');
    expect(review).toMatchObject({ state: 'CREATED', afterSigner: bob.userId });
    expect(await inbox(bob, instanceId)).toEqual([]);
    // a second after-signer is refused while one is pending
    expect(codeOf(await addSigner(alice, reviewId, carol.userId, 'AFTER'))).toBe('CONFLICT');
    // when alice completes, her task is done but the token waits for bob
    await complete(alice, reviewId, { reason: 'alice ok', opinion: 'fine' });
    expect((await taskById(reviewId, instanceId)).state).toBe('COMPLETED');
    const [signer] = await inbox(bob, instanceId);
    expect(signer).toMatchObject({ elementId: 'review', signPosition: 'AFTER', signerOf: reviewId, variables: { amount: 1200, reason: 'alice ok', opinion: 'fine' } });
    expect(await as(owner).openTaskIds(instanceId)).toEqual(['review']);
    // when bob completes, the flow goes on; bob's values win
    await complete(bob, signer.id, { reason: 'bob final' });
    expect(await as(owner).openTaskIds(instanceId)).toEqual(['next']);
    expect((await as(owner).instance(instanceId)).variables).toMatchObject({ reason: 'bob final', opinion: 'fine' });
    expect((await taskById(signer.id, instanceId)).events.map((e) => e.action)).toEqual(['SIGNED']);
  });
});

describe('nested signers and other actions', () => {
  it('a signer may add signers before and after themselves; the step comes back to the assignee in order', async () => {
    const { instanceId, reviewId } = await atReview();
    await added(alice, reviewId, bob.userId, 'BEFORE');
    const [bobTask] = await inbox(bob, instanceId);
    // bob adds carol before himself, then (once back) carol after himself
    expect((await added(bob, bobTask.id, carol.userId, 'BEFORE')).state).toBe('SUSPENDED');
    const [carolFirst] = await inbox(carol, instanceId);
    await complete(carol, carolFirst.id, { reason: 'carol 1' });
    expect((await inbox(bob, instanceId)).map((t) => t.id)).toEqual([bobTask.id]);
    await added(bob, bobTask.id, carol.userId, 'AFTER');
    await complete(bob, bobTask.id, { reason: 'bob' });
    const [carolAfter] = await inbox(carol, instanceId);
    expect(carolAfter).toMatchObject({ signPosition: 'AFTER', signerOf: bobTask.id });
    expect(await inbox(alice, instanceId)).toEqual([]);
    await complete(carol, carolAfter.id, { reason: 'carol 2', opinion: 'ok' });
    // back to alice, who completes the step
    const [back] = await inbox(alice, instanceId);
    expect(back).toMatchObject({ id: reviewId, variables: { reason: 'carol 2', opinion: 'ok' } });
    await complete(alice, reviewId, { reason: 'alice' });
    expect(await as(owner).openTaskIds(instanceId)).toEqual(['next']);
  });

  it('a return by the before-signer ends the whole step, the suspended task included', async () => {
    const { instanceId, reviewId } = await atReview();
    await added(alice, reviewId, bob.userId, 'BEFORE');
    const [bobTask] = await inbox(bob, instanceId);
    const returned = await as(bob).call(`mutation($i: ReturnTaskInput!) { returnTask(input: $i) { state } }`, { i: { id: bobTask.id, targetElementId: 'draft', reason: 'redo' } });
    expect(returned.errors).toBeUndefined();
    expect((await taskById(reviewId, instanceId)).state).toBe('CANCELED');
    expect(await as(owner).openTaskIds(instanceId)).toEqual(['draft']);
  });

  it('cancelling the instance cancels a suspended task', async () => {
    const { instanceId, reviewId } = await atReview();
    await added(alice, reviewId, bob.userId, 'BEFORE');
    await as(owner).ok(`mutation($id: ID!) { cancelProcessInstance(id: $id) { id } }`, { id: instanceId });
    const rows = await baton.dataSource.query(`SELECT state FROM user_tasks WHERE element_id = 'review' AND process_instance_id = $1`, [instanceId]);
    expect(rows.map((r: { state: string }) => r.state).sort()).toEqual(['CANCELED', 'CANCELED']);
  });
});

describe('add a signer: refusals', () => {
  it.each([
    { title: 'a task id that is not an id', input: () => ({ id: 'x', userId: bob.userId, position: 'BEFORE', reason: 'r' }), field: 'id' },
    { title: 'a signer that is not an id', input: (t: string) => ({ id: t, userId: 'bob', position: 'BEFORE', reason: 'r' }), field: 'userId' },
    { title: 'a signer outside the workspace', input: (t: string) => ({ id: t, userId: '00000000-0000-4000-8000-000000000001', position: 'AFTER', reason: 'r' }), field: 'userId' },
    { title: 'the current assignee', input: (t: string) => ({ id: t, userId: alice.userId, position: 'BEFORE', reason: 'r' }), field: 'userId' },
    { title: 'no reason', input: (t: string) => ({ id: t, userId: bob.userId, position: 'AFTER', reason: '' }), field: 'reason' },
    { title: 'a reason over 500 characters', input: (t: string) => ({ id: t, userId: bob.userId, position: 'AFTER', reason: 'x'.repeat(501) }), field: 'reason' },
  ])('refuses $title as BAD_USER_INPUT naming $field', async ({ input, field }) => {
    const { reviewId } = await atReview();
    const result = await as(alice).call(ADD, { input: input(reviewId) });
    expect([codeOf(result), fieldsOf(result)]).toEqual(['BAD_USER_INPUT', [field]]);
  });

  it('is FORBIDDEN to who may not act on the task, and a CONFLICT on a pending delegation', async () => {
    const { reviewId } = await atReview();
    for (const who of [bob, stranger]) expect(codeOf(await addSigner(who, reviewId, carol.userId, 'BEFORE'))).toBe('FORBIDDEN');
    await as(alice).ok(`mutation($i: HandOverTaskInput!) { delegateTask(input: $i) { id } }`, { i: { id: reviewId, toUserId: bob.userId, reason: 'r' } });
    expect(codeOf(await addSigner(bob, reviewId, carol.userId, 'AFTER'))).toBe('CONFLICT');
  });
});
