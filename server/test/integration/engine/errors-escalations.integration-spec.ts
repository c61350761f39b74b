import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { signUp } from '../identity.js';
import { bpmn, flow, Instance, path, ProcessClient, serviceTask, userTask } from './process-client.js';

/** BPMN errors and escalations through GraphQL on a real PostgreSQL: end events, job errors, boundaries, event sub-processes. */
let baton: RunningBaton;
let client: ProcessClient;

beforeAll(async () => {
  baton = await startTestApp();
  client = new ProcessClient(baton.url, (await signUp(baton.url)).token);
});
afterAll(async () => {
  await baton?.stop();
});

/** Global error and escalation definitions beside the process. */
function withGlobals(processXml: string): string {
  const globals = ['A', 'B'].map((code) => `<bpmn:error id="err-${code}" errorCode="${code}" /><bpmn:escalation id="esc-${code}" escalationCode="${code}" />`).join('');
  return processXml.replace('</bpmn:definitions>', `${globals}<bpmn:error id="err-any" /></bpmn:definitions>`);
}
const errorEnd = (id: string, code: string) => `<bpmn:endEvent id="${id}"><bpmn:errorEventDefinition errorRef="err-${code}" /></bpmn:endEvent>`;
const errorBoundary = (id: string, on: string, ref?: string, extra = '') =>
  `<bpmn:boundaryEvent id="${id}" attachedToRef="${on}">${extra}<bpmn:errorEventDefinition${ref ? ` errorRef="${ref}"` : ''} /></bpmn:boundaryEvent>`;
const escalationBoundary = (id: string, on: string, code: string, interrupting: boolean) =>
  `<bpmn:boundaryEvent id="${id}" attachedToRef="${on}" cancelActivity="${interrupting}"><bpmn:escalationEventDefinition escalationRef="esc-${code}" /></bpmn:boundaryEvent>`;
const subProcess = (id: string, body: string) => `<bpmn:subProcess id="${id}"><bpmn:startEvent id="${id}-s" />${body}</bpmn:subProcess>`;
const eventSubProcess = (id: string, start: string, body: string, interrupting = true) =>
  `<bpmn:subProcess id="${id}" triggeredByEvent="true"><bpmn:startEvent id="${id}-s" isInterrupting="${interrupting}">${start}</bpmn:startEvent>${body}</bpmn:subProcess>`;

const tasksOf = (instanceId: string): Promise<string[]> => client.openTaskIds(instanceId);

const complete = (instanceId: string, elementId: string): Promise<void> => client.completeOpenTask(instanceId, elementId);

async function jobOf(type: string, instanceId: string) {
  const job = (await client.activateJobs(type, 50)).find((j) => j.processInstanceId === instanceId);
  expect(job, `job ${type}`).toBeDefined();
  return job!;
}

function ended(instance: Instance, state: 'COMPLETED' | 'TERMINATED'): string[] {
  return instance.history.filter((h) => h.event === state && h.elementKind !== 'process').map((h) => h.elementId);
}

describe('error end events and error boundary events', () => {
  beforeAll(async () => {
    // start → sub [ fork → (review | throw: error "code") ] → done; boundaries on sub: catch-all → onAny, code A → onA
    // (the catch-all comes first in the document, so only the code's precedence can pick onA)
    await client.deploy(withGlobals(bpmn('errors', `<bpmn:startEvent id="s" />${flow('f1', 's', 'sub')}
      ${subProcess('sub', `${flow('sf1', 'sub-s', 'fork')}<bpmn:parallelGateway id="fork" />${flow('sf2', 'fork', 'review')}${userTask('review')}
        ${flow('sf3', 'review', 'sub-e')}<bpmn:endEvent id="sub-e" />${flow('sf4', 'fork', 'which')}
        <bpmn:exclusiveGateway id="which" default="toB" />${flow('toA', 'which', 'failA', '=code = "A"')}${flow('toB', 'which', 'failB')}
        ${errorEnd('failA', 'A')}${errorEnd('failB', 'B')}`)}
      ${flow('f2', 'sub', 'done')}${userTask('done')}${flow('f3', 'done', 'e')}<bpmn:endEvent id="e" />
      ${errorBoundary('catchAny', 'sub')}${flow('f5', 'catchAny', 'onAny')}${userTask('onAny')}
      ${errorBoundary('catchA', 'sub', 'err-A')}${flow('f4', 'catchA', 'onA')}${userTask('onA')}`)));
  });

  it('an error end event interrupts the sub-process: the boundary naming its code wins over the catch-all', async () => {
    // given a sub-process whose branch throws error "A" while a review task waits beside it
    const i = await client.start('errors', { code: 'A' });
    // then the boundary for "A" took over: review cancelled, the sub-process terminated, onA waits
    expect(await tasksOf(i.id)).toEqual(['onA']);
    const after = await client.instance(i.id);
    expect(ended(after, 'TERMINATED').sort()).toEqual(['failA', 'review', 'sub']);
    expect(path(after)).toEqual(['s', 'sub-s', 'fork', 'which', 'catchA']);
    expect(after.incidents).toEqual([]);
  });

  it('an error no boundary names goes to the catch-all', async () => {
    const i = await client.start('errors', { code: 'B' });
    expect(await tasksOf(i.id)).toEqual(['onAny']);
    await complete(i.id, 'onAny');
    expect((await client.instance(i.id)).state).toBe('COMPLETED');
  });

  it('an error end event nothing catches raises UNHANDLED_ERROR_EVENT on the end event', async () => {
    // given an error end event at the process level, with no catcher
    await client.deploy(withGlobals(bpmn('uncaught', `<bpmn:startEvent id="s" />${flow('f1', 's', 'fail')}${errorEnd('fail', 'A')}`)));
    // when started / then an incident names the element and the code, and the instance stays active
    const i = await client.start('uncaught');
    expect(i.state).toBe('ACTIVE');
    expect(i.incidents).toMatchObject([{ type: 'UNHANDLED_ERROR_EVENT', elementId: 'fail', state: 'ACTIVE' }]);
    expect(i.incidents[0].message).toContain('"A"');
  });
});

describe('throwError from job workers', () => {
  beforeAll(async () => {
    // outer [ inner [ charge (job) ] ] with: on charge code A (output mapping reason → declineReason), on outer catch-all
    await client.deploy(withGlobals(bpmn('payments', `<bpmn:startEvent id="s" />${flow('f1', 's', 'outer')}
      ${subProcess('outer', `${flow('of1', 'outer-s', 'inner')}${subProcess('inner', `${flow('if1', 'inner-s', 'charge')}${serviceTask('charge', 'charge')}${flow('if2', 'charge', 'inner-e')}<bpmn:endEvent id="inner-e" />`)}
        ${flow('of2', 'inner', 'outer-e')}<bpmn:endEvent id="outer-e" />
        ${errorBoundary('declined', 'charge', 'err-A', '<bpmn:extensionElements><zeebe:ioMapping><zeebe:output source="=reason" target="declineReason" /></zeebe:ioMapping></bpmn:extensionElements>')}
        ${flow('of3', 'declined', 'retryCard')}${userTask('retryCard')}${flow('of4', 'retryCard', 'outer-e2')}<bpmn:endEvent id="outer-e2" />`)}
      ${flow('f2', 'outer', 'e')}<bpmn:endEvent id="e" />
      ${errorBoundary('broken', 'outer')}${flow('f3', 'broken', 'fixIt')}${userTask('fixIt')}`)));
  });

  it('are caught by the error boundary of the job\'s own activity, with the variables for its output mapping', async () => {
    // given a waiting charge job / when the worker throws "A" with a reason
    const i = await client.start('payments');
    const job = await jobOf('charge', i.id);
    const thrown = await client.throwError(job.id, 'A', { reason: 'card expired' }, 'declined by bank');
    // then the job ended ERROR_THROWN, no incident, and the boundary path runs with the mapped variable
    expect(thrown.errors).toBeUndefined();
    expect(thrown.data?.throwError.state).toBe('ERROR_THROWN');
    const after = await client.instance(i.id);
    expect(after.incidents).toEqual([]);
    expect(await tasksOf(i.id)).toEqual(['retryCard']);
    expect(after.variables).toMatchObject({ declineReason: 'card expired' });
    expect(ended(after, 'TERMINATED')).toEqual(['charge']);
  });

  it('bubble up through sub-process scopes to a catch-all further out, terminating the scopes between', async () => {
    // given a waiting charge job / when the worker throws a code nothing inside names
    const i = await client.start('payments');
    const job = await jobOf('charge', i.id);
    expect((await client.throwError(job.id, 'B')).errors).toBeUndefined();
    // then the outer sub-process's catch-all caught it: charge, inner and outer terminated
    expect(await tasksOf(i.id)).toEqual(['fixIt']);
    const after = await client.instance(i.id);
    expect(ended(after, 'TERMINATED').sort()).toEqual(['charge', 'inner', 'outer']);
    const [row] = await baton.dataSource.query(`SELECT state FROM jobs WHERE id = $1`, [job.id]);
    expect(row.state).toBe('ERROR_THROWN');
  });

  it('with no catcher anywhere still become an incident', async () => {
    await client.deploy(bpmn('lonelyJob', `<bpmn:startEvent id="s" />${flow('f1', 's', 'work')}${serviceTask('work', 'lonely')}${flow('f2', 'work', 'e')}<bpmn:endEvent id="e" />`));
    const i = await client.start('lonelyJob');
    const job = await jobOf('lonely', i.id);
    await client.throwError(job.id, 'A');
    const after = await client.instance(i.id);
    expect(after.incidents).toMatchObject([{ type: 'UNHANDLED_ERROR_EVENT', elementId: 'work', jobId: job.id }]);
  });
});

describe('error event sub-processes', () => {
  it('interrupt their scope (inner event sub-process before the boundary outside), and the scope completes with them', async () => {
    // given sub [ work (job) | wait (task) ; error event sub-process → handle ] with a catch-all boundary on sub too
    await client.deploy(withGlobals(bpmn('errorEsp', `<bpmn:startEvent id="s" />${flow('f1', 's', 'sub')}
      ${subProcess('sub', `${flow('sf1', 'sub-s', 'fork')}<bpmn:parallelGateway id="fork" />${flow('sf2', 'fork', 'work')}${serviceTask('work', 'espWork')}
        ${flow('sf3', 'fork', 'wait')}${userTask('wait')}<bpmn:parallelGateway id="join" />${flow('sf4', 'work', 'join')}${flow('sf5', 'wait', 'join')}
        ${flow('sf6', 'join', 'sub-e')}<bpmn:endEvent id="sub-e" />
        ${eventSubProcess('onError', '<bpmn:errorEventDefinition errorRef="err-A" />', `${flow('ef1', 'onError-s', 'handle')}${userTask('handle')}${flow('ef2', 'handle', 'onError-e')}<bpmn:endEvent id="onError-e" />`)}`)}
      ${flow('f2', 'sub', 'after')}${userTask('after')}${flow('f3', 'after', 'e')}<bpmn:endEvent id="e" />
      ${errorBoundary('outside', 'sub')}${flow('f4', 'outside', 'e2')}<bpmn:endEvent id="e2" />`)));
    const i = await client.start('errorEsp');
    // when the job throws "A" with variables
    const job = await jobOf('espWork', i.id);
    expect((await client.throwError(job.id, 'A', { problem: 'stock' })).errors).toBeUndefined();
    // then the event sub-process runs (wait cancelled), not the boundary; its variables are visible
    expect(await tasksOf(i.id)).toEqual(['handle']);
    const during = await client.instance(i.id);
    expect(during.variables.problem).toBe('stock');
    expect(ended(during, 'TERMINATED').sort()).toEqual(['wait', 'work']);
    // when it completes / then the sub-process completes normally and the flow continues after it
    await complete(i.id, 'handle');
    expect(await tasksOf(i.id)).toEqual(['after']);
    expect(path(await client.instance(i.id))).toContain('sub');
  });

  it('at the process level catch an error end event and end the instance when done', async () => {
    await client.deploy(withGlobals(bpmn('processEsp', `<bpmn:startEvent id="s" />${flow('f1', 's', 'fork')}<bpmn:parallelGateway id="fork" />
      ${flow('f2', 'fork', 'busy')}${userTask('busy')}${flow('f3', 'busy', 'e')}<bpmn:endEvent id="e" />${flow('f4', 'fork', 'fail')}${errorEnd('fail', 'B')}
      ${eventSubProcess('onAny', '<bpmn:errorEventDefinition />', `${flow('ef1', 'onAny-s', 'cleanup')}${userTask('cleanup')}${flow('ef2', 'cleanup', 'onAny-e')}<bpmn:endEvent id="onAny-e" />`)}`)));
    const i = await client.start('processEsp');
    expect(await tasksOf(i.id)).toEqual(['cleanup']);
    await complete(i.id, 'cleanup');
    const done = await client.instance(i.id);
    expect(done.state).toBe('COMPLETED');
    expect(ended(done, 'TERMINATED').sort()).toEqual(['busy', 'fail']);
  });
});

describe('escalations', () => {
  beforeAll(async () => {
    // sub [ throw escalation (code from `level`) → work ] with escalation boundaries: A non-interrupting → notify, B interrupting → takeOver
    await client.deploy(withGlobals(bpmn('escalations', `<bpmn:startEvent id="s" />${flow('f1', 's', 'sub')}
      ${subProcess('sub', `${flow('sf1', 'sub-s', 'which')}<bpmn:exclusiveGateway id="which" default="toNone" />
        ${flow('toA', 'which', 'raiseA', '=level = "A"')}${flow('toB', 'which', 'raiseB', '=level = "B"')}${flow('toNone', 'which', 'raiseC')}
        <bpmn:intermediateThrowEvent id="raiseA"><bpmn:escalationEventDefinition escalationRef="esc-A" /></bpmn:intermediateThrowEvent>
        <bpmn:intermediateThrowEvent id="raiseB"><bpmn:escalationEventDefinition escalationRef="esc-B" /></bpmn:intermediateThrowEvent>
        <bpmn:intermediateThrowEvent id="raiseC"><bpmn:escalationEventDefinition escalationRef="esc-C" /></bpmn:intermediateThrowEvent>
        <bpmn:exclusiveGateway id="merge" />${flow('sf2', 'raiseA', 'merge')}${flow('sf3', 'raiseB', 'merge')}${flow('sf4', 'raiseC', 'merge')}
        ${flow('sf5', 'merge', 'work')}${userTask('work')}${flow('sf6', 'work', 'sub-e')}<bpmn:endEvent id="sub-e" />`)}
      ${flow('f2', 'sub', 'e')}<bpmn:endEvent id="e" />
      ${escalationBoundary('notifyA', 'sub', 'A', false)}${flow('f3', 'notifyA', 'notify')}${userTask('notify')}${flow('f4', 'notify', 'e3')}<bpmn:endEvent id="e3" />
      ${escalationBoundary('takeB', 'sub', 'B', true)}${flow('f5', 'takeB', 'takeOver')}${userTask('takeOver')}${flow('f6', 'takeOver', 'e4')}<bpmn:endEvent id="e4" />`)
      .replace('</bpmn:definitions>', '<bpmn:escalation id="esc-C" escalationCode="C" /></bpmn:definitions>')));
  });

  it('a non-interrupting boundary runs beside the scope, and the thrower continues', async () => {
    const i = await client.start('escalations', { level: 'A' });
    expect(await tasksOf(i.id)).toEqual(['notify', 'work']);
    await complete(i.id, 'notify');
    await complete(i.id, 'work');
    expect((await client.instance(i.id)).state).toBe('COMPLETED');
  });

  it('an interrupting boundary ends the scope and the thrower with it', async () => {
    const i = await client.start('escalations', { level: 'B' });
    expect(await tasksOf(i.id)).toEqual(['takeOver']);
    expect(ended(await client.instance(i.id), 'TERMINATED').sort()).toEqual(['raiseB', 'sub']);
  });

  it('an escalation nothing catches is not an error: the flow just continues', async () => {
    const i = await client.start('escalations', { level: 'C' });
    expect(await tasksOf(i.id)).toEqual(['work']);
    expect(i.incidents).toEqual([]);
  });

  it('escalation event sub-processes: non-interrupting ones run beside, an escalation end event reaches an interrupting one', async () => {
    // given a process whose branch throws A (caught by a non-interrupting event sub-process) and later ends with escalation B (interrupting)
    await client.deploy(withGlobals(bpmn('escalationEsp', `<bpmn:startEvent id="s" />${flow('f1', 's', 'raise')}
      <bpmn:intermediateThrowEvent id="raise"><bpmn:escalationEventDefinition escalationRef="esc-A" /></bpmn:intermediateThrowEvent>
      ${flow('f2', 'raise', 'work')}${userTask('work')}${flow('f3', 'work', 'giveUp')}<bpmn:endEvent id="giveUp"><bpmn:escalationEventDefinition escalationRef="esc-B" /></bpmn:endEvent>
      ${eventSubProcess('tell', '<bpmn:escalationEventDefinition escalationRef="esc-A" />', `${flow('tf1', 'tell-s', 'told')}${userTask('told')}${flow('tf2', 'told', 'tell-e')}<bpmn:endEvent id="tell-e" />`, false)}
      ${eventSubProcess('rescue', '<bpmn:escalationEventDefinition escalationRef="esc-B" />', `${flow('rf1', 'rescue-s', 'rescued')}${userTask('rescued')}${flow('rf2', 'rescued', 'rescue-e')}<bpmn:endEvent id="rescue-e" />`)}`)));
    const i = await client.start('escalationEsp');
    expect(await tasksOf(i.id)).toEqual(['told', 'work']);
    // when work completes → escalation end B / then the interrupting one ends "told" and runs alone
    await complete(i.id, 'work');
    expect(await tasksOf(i.id)).toEqual(['rescued']);
    await complete(i.id, 'rescued');
    const done = await client.instance(i.id);
    expect(done.state).toBe('COMPLETED');
    expect(ended(done, 'TERMINATED').sort()).toEqual(['giveUp', 'tell', 'told']);
  });
});
