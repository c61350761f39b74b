import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { signUp } from '../identity.js';
import { bpmn, flow, path, ProcessClient, serviceTask, userTask } from './process-client.js';

/** Element behaviours beyond the corpus: variable scopes, sub-processes, terminate, cancel, inclusive joins. */
let baton: RunningBaton;
let client: ProcessClient;

const script = (id: string, expression: string, result: string, extra = '') =>
  `<bpmn:scriptTask id="${id}"><bpmn:extensionElements><zeebe:script expression="${expression}" resultVariable="${result}" />${extra}</bpmn:extensionElements></bpmn:scriptTask>`;
const io = (inputs: [string, string][], outputs: [string, string][] = []) =>
  `<zeebe:ioMapping>${inputs.map(([s, t]) => `<zeebe:input source="${s}" target="${t}" />`).join('')}${outputs.map(([s, t]) => `<zeebe:output source="${s}" target="${t}" />`).join('')}</zeebe:ioMapping>`;

beforeAll(async () => {
  baton = await startTestApp();
  client = new ProcessClient(baton.url, (await signUp(baton.url)).token);
});
afterAll(() => baton?.stop());

describe('variables and scopes (Zeebe semantics)', () => {
  it('keeps inputs local, propagates outputs, and drops a sub-process scope with its locals', async () => {
    // given a sub-process with a local input, a script writing into it, and an output mapping
    await client.deploy(bpmn('scopes', `<bpmn:startEvent id="s" />${flow('f1', 's', 'sub')}
      <bpmn:subProcess id="sub"><bpmn:extensionElements>${io([['=price * qty', 'total']], [['=total * 2', 'gross']])}</bpmn:extensionElements>
        <bpmn:startEvent id="ss" />${flow('g1', 'ss', 'calc')}${script('calc', '=total - 5', 'total')}${flow('g2', 'calc', 'se')}<bpmn:endEvent id="se" />
      </bpmn:subProcess>${flow('f2', 'sub', 'e')}<bpmn:endEvent id="e" />`));
    // when run
    const instance = await client.start('scopes', { price: 10, qty: 3 });
    // then total stayed inside the sub-process (the script updated the local), only gross came out
    expect(instance.state).toBe('COMPLETED');
    expect(instance.variables).toEqual({ price: 10, qty: 3, gross: 50 });
    expect(path(instance)).toEqual(['s', 'ss', 'calc', 'se', 'sub', 'e']);
  });

  it('merges task results into the process scope when the task has no output mappings', async () => {
    // given a user task with an input mapping only
    await client.deploy(bpmn('merge', `<bpmn:startEvent id="s" />${flow('f1', 's', 't')}
      ${userTask('t', io([['=customer.name', 'name']]))}${flow('f2', 't', 'e')}<bpmn:endEvent id="e" />`));
    const instance = await client.start('merge', { customer: { name: 'ACME' } });
    const [task] = await client.openTasks(instance.id);
    expect(task.variables).toEqual({ customer: { name: 'ACME' }, name: 'ACME' });
    // when completed with a new and a local name / then both propagate: name updates the local (then dropped), rating goes to the root
    await client.completeTask(task.id, { rating: 5, name: 'ACME Ltd' });
    expect((await client.instance(instance.id)).variables).toEqual({ customer: { name: 'ACME' }, rating: 5 });
  });
});

describe('ending', () => {
  it('a terminate end event ends the other branches of its scope', async () => {
    // given a fork into a user task and an immediate terminate end
    await client.deploy(bpmn('terminate', `<bpmn:startEvent id="s" />${flow('f1', 's', 'fork')}<bpmn:parallelGateway id="fork" />
      ${flow('fa', 'fork', 'wait')}${flow('fb', 'fork', 'stop')}${userTask('wait')}${flow('fw', 'wait', 'e')}<bpmn:endEvent id="e" />
      <bpmn:endEvent id="stop"><bpmn:terminateEventDefinition /></bpmn:endEvent>`));
    // when run / then the instance completed and the task was cancelled
    const instance = await client.start('terminate');
    expect(instance.state).toBe('COMPLETED');
    expect(instance.history.filter((h) => h.event === 'TERMINATED').map((h) => h.elementId)).toEqual(['wait']);
    const [task] = await baton.dataSource.query(`SELECT state FROM user_tasks WHERE process_instance_id = $1`, [instance.id]);
    expect(task.state).toBe('CANCELED');
  });

  it('cancelProcessInstance terminates every token, task and job', async () => {
    // given an instance waiting at a task and a job
    await client.deploy(bpmn('cancel-me', `<bpmn:startEvent id="s" />${flow('f1', 's', 'fork')}<bpmn:parallelGateway id="fork" />
      ${flow('fa', 'fork', 't')}${flow('fb', 'fork', 'j')}${userTask('t')}${serviceTask('j', 'never:done')}`));
    const instance = await client.start('cancel-me');
    expect(instance.activeElementIds.sort()).toEqual(['j', 't']);
    // when cancelled
    const result = await client.ok<{ cancelProcessInstance: { state: string; activeElementIds: string[] } }>(
      `mutation($id: ID!) { cancelProcessInstance(id: $id) { state activeElementIds } }`, { id: instance.id });
    // then nothing is left to do
    expect(result.cancelProcessInstance).toEqual({ state: 'TERMINATED', activeElementIds: [] });
    const rows = await baton.dataSource.query(
      `SELECT (SELECT state FROM user_tasks WHERE process_instance_id = $1) AS task, (SELECT state FROM jobs WHERE process_instance_id = $1) AS job`, [instance.id]);
    expect(rows[0]).toEqual({ task: 'CANCELED', job: 'CANCELED' });
  });
});

describe('conditional flows leaving an activity', () => {
  it.each([
    { title: 'takes every true condition', vars: { vip: true, big: true }, tasks: ['bigDeal', 'vipDesk'] },
    { title: 'takes the default flow when no condition holds', vars: { vip: false, big: false }, tasks: ['standard'] },
  ])('$title', async ({ vars, tasks }) => {
    // given a task with two conditional flows and a default flow
    await client.deploy(bpmn('activity-flows', `<bpmn:startEvent id="s" />${flow('f1', 's', 'triage')}
      <bpmn:task id="triage" default="toStandard" />
      ${flow('toVip', 'triage', 'vipDesk', '=vip')}${flow('toBig', 'triage', 'bigDeal', '=big')}${flow('toStandard', 'triage', 'standard')}
      ${userTask('vipDesk')}${userTask('bigDeal')}${userTask('standard')}`));
    // when started / then the tokens follow the conditions
    const instance = await client.start('activity-flows', vars);
    expect((await client.openTasks(instance.id)).map((t) => t.elementId).sort()).toEqual(tasks);
  });
});

describe('inclusive join', () => {
  it('waits only for branches that can still reach it', async () => {
    // given an inclusive split taking two of three branches, one of which ends before the join
    await client.deploy(bpmn('incl', `<bpmn:startEvent id="s" />${flow('f1', 's', 'split')}<bpmn:inclusiveGateway id="split" />
      ${flow('toA', 'split', 'a', '=a')}${flow('toB', 'split', 'b', '=b')}${flow('toC', 'split', 'c', '=c')}
      ${userTask('a')}${userTask('b')}${userTask('c')}
      ${flow('ja', 'a', 'join')}${flow('jb', 'b', 'join')}${flow('jc', 'c', 'join')}<bpmn:inclusiveGateway id="join" />
      ${flow('f2', 'join', 'after')}${userTask('after')}`));
    const instance = await client.start('incl', { a: true, b: true, c: false });
    const tasks = await client.openTasks(instance.id);
    expect(tasks.map((t) => t.elementId).sort()).toEqual(['a', 'b']);
    // when a completes, the join waits for b (b can still reach it)
    await client.completeTask(tasks.find((t) => t.elementId === 'a')!.id);
    expect((await client.openTasks(instance.id)).map((t) => t.elementId)).toEqual(['b']);
    // when b completes, the join fires once
    await client.completeTask(tasks.find((t) => t.elementId === 'b')!.id);
    expect((await client.openTasks(instance.id)).map((t) => t.elementId)).toEqual(['after']);
  });
});

describe('incidents on expressions', () => {
  it('a non-boolean condition raises an incident; resolving it runs the gateway again', async () => {
    // given a condition that is not a boolean for this input
    await client.deploy(bpmn('bad-cond', `<bpmn:startEvent id="s" />${flow('f1', 's', 'gw')}<bpmn:exclusiveGateway id="gw" default="other" />
      ${flow('yes', 'gw', 'e', '=flag')}${flow('other', 'gw', 'e')}<bpmn:endEvent id="e" />`));
    const instance = await client.start('bad-cond', { flag: 'maybe' });
    // then an incident holds the token at the gateway
    expect(instance.state).toBe('ACTIVE');
    expect(instance.incidents).toMatchObject([{ type: 'CONDITION_ERROR', elementId: 'gw', state: 'ACTIVE' }]);
    // when resolved with the cause unchanged / then the retry raises a new incident
    const resolved = await client.ok<{ resolveIncident: { state: string } }>(`mutation($id: ID!) { resolveIncident(id: $id) { state } }`, { id: instance.incidents[0].id });
    expect(resolved.resolveIncident.state).toBe('RESOLVED');
    const after = await client.instance(instance.id);
    expect(after.incidents.map((i) => i.state)).toEqual(['RESOLVED', 'ACTIVE']);
  });

  it('refuses a model that loops forever without a wait state, and stores nothing', async () => {
    // given a loop of script tasks
    await client.deploy(bpmn('spin', `<bpmn:startEvent id="s" />${flow('f1', 's', 'x')}${script('x', '=n + 1', 'n')}${flow('f2', 'x', 'x')}`));
    // when started / then BAD_USER_INPUT explains, and the transaction left no instance behind
    const result = await client.call(`mutation { startProcessInstance(input: { bpmnProcessId: "spin", variables: { n: 0 } }) { id } }`);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('wait state');
    expect((await baton.dataSource.query(`SELECT count(*)::int AS n FROM process_instances WHERE bpmn_process_id = 'spin'`))[0].n).toBe(0);
  });
});
