import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { signUp } from '../identity.js';
import { bpmn, flow, INSTANCE_FIELDS, Instance, path, ProcessClient, serviceTask, userTask } from './process-client.js';

/** Call activities through GraphQL on a real PostgreSQL: child instances, variables, incidents, cancel, errors, locking. */
let baton: RunningBaton;
let client: ProcessClient;

beforeAll(async () => {
  baton = await startTestApp();
  client = new ProcessClient(baton.url, (await signUp(baton.url)).token);
});
afterAll(async () => {
  await baton?.stop();
});

interface Tree extends Instance {
  parentInstanceId: string | null;
  parentElementInstanceId: string | null;
  rootInstanceId: string;
  calledInstances: { id: string; bpmnProcessId: string; state: string; callActivityId: string; callElementInstanceId: string; activeIncidentCount: number }[];
  activeElementInstances: { id: string; elementId: string; elementKind: string }[];
}

const TREE = `${INSTANCE_FIELDS} parentInstanceId parentElementInstanceId rootInstanceId
  calledInstances { id bpmnProcessId state callActivityId callElementInstanceId activeIncidentCount } activeElementInstances { id elementId elementKind }`;

async function tree(id: string): Promise<Tree> {
  return (await client.ok<{ processInstance: Tree }>(`query($id: ID!) { processInstance(id: $id) { ${TREE} } }`, { id })).processInstance;
}

async function child(parentId: string, index = 0): Promise<Tree> {
  const called = (await tree(parentId)).calledInstances[index];
  expect(called, `called instance ${index} of ${parentId}`).toBeDefined();
  return tree(called.id);
}

async function complete(instanceId: string, elementId: string, variables: Record<string, unknown> = {}): Promise<void> {
  const task = (await client.openTasks(instanceId)).find((t) => t.elementId === elementId);
  expect(task, `task ${elementId}`).toBeDefined();
  const result = await client.completeTask(task!.id, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
}

const called = (processId: string, extra = '', attrs = '') =>
  `<bpmn:extensionElements><zeebe:calledElement processId="${processId}" ${attrs} />${extra}</bpmn:extensionElements>`;
const callActivity = (id: string, processId: string, extra = '', attrs = '') => `<bpmn:callActivity id="${id}">${called(processId, extra, attrs)}</bpmn:callActivity>`;
const mapping = (inputs: [string, string][], outputs: [string, string][] = []) =>
  `<zeebe:ioMapping>${inputs.map(([s, t]) => `<zeebe:input source="${s}" target="${t}" />`).join('')}${outputs.map(([s, t]) => `<zeebe:output source="${s}" target="${t}" />`).join('')}</zeebe:ioMapping>`;
/** start → body → end */
const line = (id: string, body: string, first: string, last: string) =>
  bpmn(id, `<bpmn:startEvent id="s" />${flow('f1', 's', first)}${body}${flow('f9', last, 'e')}<bpmn:endEvent id="e" />`);
const script = (id: string, expression: string, result: string) =>
  `<bpmn:scriptTask id="${id}"><bpmn:extensionElements><zeebe:script expression="${expression}" resultVariable="${result}" /></bpmn:extensionElements></bpmn:scriptTask>`;

describe('a call activity starts a child instance and waits for it', () => {
  beforeAll(async () => {
    await client.deploy(line('ca-child', userTask('work'), 'work', 'work'));
    await client.deploy(line('ca-parent', `${callActivity('call', 'ca-child', mapping([['=a + 1', 'x']], [['=answer * 2', 'doubled']]))}${flow('f2', 'call', 'after')}${userTask('after')}`, 'call', 'after'));
  });

  it('in the same transaction, with the parent variables and the input mappings, and knowing its parent', async () => {
    // given a parent with a = 1 / when it starts
    const parent = await client.start('ca-parent', { a: 1 });
    // then the child runs already, started by the call activity's element instance
    const p = await tree(parent.id);
    expect(p.activeElementIds).toEqual(['call']);
    expect(p.calledInstances).toMatchObject([{ bpmnProcessId: 'ca-child', state: 'ACTIVE', callActivityId: 'call', activeIncidentCount: 0 }]);
    const c = await child(parent.id);
    expect(c).toMatchObject({ parentInstanceId: parent.id, rootInstanceId: parent.id, variables: { a: 1, x: 2 }, activeElementIds: ['work'] });
    expect(c.parentElementInstanceId).toBe(p.activeElementInstances.find((e) => e.elementId === 'call')?.id);
    expect(p.rootInstanceId).toBe(parent.id);
  });

  it("completes with the child's outputs mapped, then the parent goes on", async () => {
    // given a waiting child / when its task completes with answer = 21
    const parent = await client.start('ca-parent', { a: 1 });
    const c = await child(parent.id);
    await complete(c.id, 'work', { answer: 21 });
    // then the child completed, only the output mapping reached the parent, and the parent moved on
    expect((await tree(c.id)).state).toBe('COMPLETED');
    const p = await tree(parent.id);
    expect(p.variables).toEqual({ a: 1, doubled: 42 });
    expect(p.activeElementIds).toEqual(['after']);
    expect(p.calledInstances[0].state).toBe('COMPLETED');
  });

  it('a child that needs no wait completes inside the parent command; without output mappings all its variables propagate', async () => {
    // given a child of one script task and a call without mappings
    await client.deploy(line('ca-quick', script('calc', '=n * 10', 'tenfold'), 'calc', 'calc'));
    await client.deploy(line('ca-quick-parent', `${callActivity('call', 'ca-quick')}${flow('f2', 'call', 'after')}${userTask('after')}`, 'call', 'after'));
    // when the parent starts / then the child ran and completed in the same call
    const parent = await client.start('ca-quick-parent', { n: 4 });
    expect(parent.activeElementIds).toEqual(['after']);
    expect(parent.variables).toEqual({ n: 4, tenfold: 40 });
    expect(path(parent)).toEqual(['s', 'call']);
    expect((await tree(parent.id)).calledInstances).toMatchObject([{ bpmnProcessId: 'ca-quick', state: 'COMPLETED' }]);
  });

  it('propagateAllParentVariables / propagateAllChildVariables = false pass only the mappings', async () => {
    // given a call that passes only its input mapping down and nothing without output mappings up
    await client.deploy(line('ca-narrow', `${callActivity('call', 'ca-quick', mapping([['=secret + 1', 'n']]), 'propagateAllParentVariables="false" propagateAllChildVariables="false"')}
      ${flow('f2', 'call', 'after')}${userTask('after')}`, 'call', 'after'));
    // when it runs
    const parent = await client.start('ca-narrow', { secret: 1, other: 'x' });
    // then the child saw only n, and the parent got nothing back
    expect(parent.variables).toEqual({ secret: 1, other: 'x' });
    const c = await tree((await tree(parent.id)).calledInstances[0].id);
    expect(c.state).toBe('COMPLETED');
    const [row] = await baton.dataSource.query(`SELECT count(*)::int AS n FROM process_history WHERE process_instance_id = $1 AND element_id = 'calc' AND event = 'COMPLETED'`, [c.id]);
    expect(row.n).toBe(1);
  });

  it('calls the process a FEEL expression names', async () => {
    await client.deploy(line('ca-feel', `${callActivity('call', '=which')}${flow('f2', 'call', 'after')}${userTask('after')}`, 'call', 'after'));
    const parent = await client.start('ca-feel', { which: 'ca-quick', n: 1 });
    expect(parent.variables).toMatchObject({ tenfold: 10 });
  });
});

describe('incidents and unknown processes', () => {
  it('an unknown called process is an incident naming the call activity; deploying it and resolving starts the child', async () => {
    // given a parent calling a process nobody deployed yet
    await client.deploy(line('ca-later-parent', `${callActivity('callLater', 'ca-later')}${flow('f2', 'callLater', 'after')}${userTask('after')}`, 'callLater', 'after'));
    const parent = await client.start('ca-later-parent');
    // then the call activity holds an incident that names it and the process
    expect(parent.incidents).toMatchObject([{ type: 'CALLED_ELEMENT_ERROR', elementId: 'callLater', state: 'ACTIVE' }]);
    expect(parent.incidents[0].message).toContain('callLater');
    expect(parent.incidents[0].message).toContain('"ca-later"');
    expect((await tree(parent.id)).calledInstances).toEqual([]);
    // when the process is deployed and the incident resolved / then the child starts
    await client.deploy(line('ca-later', userTask('inner'), 'inner', 'inner'));
    await client.ok(`mutation($id: ID!) { resolveIncident(id: $id) { state } }`, { id: parent.incidents[0].id });
    const c = await child(parent.id);
    expect(c.activeElementIds).toEqual(['inner']);
  });

  it("an incident in the child is visible from the parent, through two levels", async () => {
    // given parent → middle → leaf, where the leaf's gateway selects no flow
    await client.deploy(bpmn('ca-leaf', `<bpmn:startEvent id="s" />${flow('f1', 's', 'gw')}<bpmn:exclusiveGateway id="gw" />
      ${flow('f2', 'gw', 'e', '=false')}<bpmn:endEvent id="e" />`));
    await client.deploy(line('ca-middle', callActivity('callLeaf', 'ca-leaf'), 'callLeaf', 'callLeaf'));
    await client.deploy(line('ca-top', callActivity('callMiddle', 'ca-middle'), 'callMiddle', 'callMiddle'));
    // when the top starts
    const top = await client.start('ca-top');
    // then the top counts the leaf's incident at its call activity
    expect(top.incidents).toEqual([]);
    const t = await tree(top.id);
    expect(t.calledInstances).toMatchObject([{ bpmnProcessId: 'ca-middle', callActivityId: 'callMiddle', activeIncidentCount: 1 }]);
    const leaf = await child(t.calledInstances[0].id);
    expect(leaf.incidents).toMatchObject([{ type: 'CONDITION_ERROR', elementId: 'gw' }]);
    expect(leaf.rootInstanceId).toBe(top.id);
  });
});

describe('cancelling', () => {
  beforeAll(async () => {
    await client.deploy(line('cc-leaf', userTask('leafTask'), 'leafTask', 'leafTask'));
    await client.deploy(line('cc-middle', `<bpmn:parallelGateway id="fork" />${flow('f2', 'fork', 'middleTask')}${userTask('middleTask')}${flow('f3', 'fork', 'callLeaf')}
      ${callActivity('callLeaf', 'cc-leaf')}${flow('f4', 'middleTask', 'join')}${flow('f5', 'callLeaf', 'join')}<bpmn:parallelGateway id="join" />`, 'fork', 'join'));
    await client.deploy(line('cc-top', callActivity('callMiddle', 'cc-middle'), 'callMiddle', 'callMiddle'));
  });

  it('cancelling the parent cancels its children and theirs, with their tasks', async () => {
    // given top → middle (a task and a call) → leaf (a task)
    const top = await client.start('cc-top');
    const middle = await child(top.id);
    const leaf = await child(middle.id);
    expect((await client.openTasks(middle.id)).map((t) => t.elementId)).toEqual(['middleTask']);
    expect((await client.openTasks(leaf.id)).map((t) => t.elementId)).toEqual(['leafTask']);
    // when the top is cancelled
    await client.ok(`mutation($id: ID!) { cancelProcessInstance(id: $id) { id } }`, { id: top.id });
    // then every instance of the tree ended TERMINATED, with no open task or token left
    for (const id of [top.id, middle.id, leaf.id]) expect((await tree(id)).state).toBe('TERMINATED');
    const [open] = await baton.dataSource.query(
      `SELECT count(*)::int AS n FROM element_instances WHERE process_instance_id = ANY($1::uuid[]) AND state IN ('ACTIVE', 'WAITING')`,
      [[top.id, middle.id, leaf.id]],
    );
    expect(open.n).toBe(0);
    const tasks = await baton.dataSource.query(`SELECT state FROM user_tasks WHERE process_instance_id = ANY($1::uuid[])`, [[middle.id, leaf.id]]);
    expect(tasks.map((t: { state: string }) => t.state)).toEqual(['CANCELED', 'CANCELED']);
  });

  it('a called instance cannot be cancelled on its own: the error names the root', async () => {
    const top = await client.start('cc-top');
    const middle = await child(top.id);
    const result = await client.call(`mutation($id: ID!) { cancelProcessInstance(id: $id) { id } }`, { id: middle.id });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain(top.id);
    expect((await tree(middle.id)).state).toBe('ACTIVE');
  });
});

describe('errors thrown in the child', () => {
  const withError = (xml: string) => xml.replace('</bpmn:definitions>', '<bpmn:error id="err-A" errorCode="A" /></bpmn:definitions>');
  const errorBoundary = (on: string) => `<bpmn:boundaryEvent id="caught" attachedToRef="${on}"><bpmn:errorEventDefinition errorRef="err-A" /></bpmn:boundaryEvent>`;

  beforeAll(async () => {
    // the child fails at once (error end event) or after its task (error end event), or its job throws
    await client.deploy(withError(bpmn('ce-now', `<bpmn:startEvent id="s" />${flow('f1', 's', 'fail')}<bpmn:endEvent id="fail"><bpmn:errorEventDefinition errorRef="err-A" /></bpmn:endEvent>`)));
    await client.deploy(withError(line('ce-later', `${userTask('review')}${flow('f2', 'review', 'fail')}<bpmn:endEvent id="fail"><bpmn:errorEventDefinition errorRef="err-A" /></bpmn:endEvent>`, 'review', 'review')
      .replace(`${flow('f9', 'review', 'e')}<bpmn:endEvent id="e" />`, '')));
    await client.deploy(line('ce-job', serviceTask('charge', 'ce-charge'), 'charge', 'charge'));
    for (const calledId of ['ce-now', 'ce-later', 'ce-job']) {
      await client.deploy(withError(line(`ce-parent-${calledId}`, `${callActivity('call', calledId)}${flow('f2', 'call', 'after')}${userTask('after')}
        ${errorBoundary('call')}${flow('f3', 'caught', 'handle')}${userTask('handle')}${flow('f4', 'handle', 'e2')}<bpmn:endEvent id="e2" />`, 'call', 'after')));
    }
  });

  it("an error the child throws at once is caught by the call activity's boundary (same transaction)", async () => {
    const parent = await client.start('ce-parent-ce-now');
    expect(parent.activeElementIds).toEqual(['handle']);
    expect(parent.incidents).toEqual([]);
    const p = await tree(parent.id);
    expect(p.calledInstances).toMatchObject([{ bpmnProcessId: 'ce-now', state: 'TERMINATED' }]);
    expect(path(parent)).toEqual(['s', 'caught']);
  });

  it('an error the child throws in a later command terminates the child and takes the boundary path', async () => {
    // given a child waiting at its review task
    const parent = await client.start('ce-parent-ce-later');
    const c = await child(parent.id);
    // when the review completes and the child's error end event throws "A"
    await complete(c.id, 'review');
    // then the child is TERMINATED (no incident), and the parent left the call activity by its error boundary
    const after = await tree(c.id);
    expect(after.state).toBe('TERMINATED');
    expect(after.incidents).toEqual([]);
    expect((await tree(parent.id)).activeElementIds).toEqual(['handle']);
  });

  it("a job's throwError in the child reaches the parent's boundary", async () => {
    const parent = await client.start('ce-parent-ce-job');
    const c = await child(parent.id);
    const job = (await client.activateJobs('ce-charge', 50)).find((j) => j.processInstanceId === c.id);
    expect(job).toBeDefined();
    const thrown = await client.throwError(job!.id, 'A');
    expect(thrown.errors).toBeUndefined();
    expect((await tree(c.id)).state).toBe('TERMINATED');
    expect((await tree(parent.id)).activeElementIds).toEqual(['handle']);
  });

  it('an error no one catches is an incident in the child, at its thrower', async () => {
    await client.deploy(withError(line('ce-uncaught', callActivity('call', 'ce-now'), 'call', 'call')));
    const parent = await client.start('ce-uncaught');
    const c = await child(parent.id);
    expect(c.state).toBe('ACTIVE');
    expect(c.incidents).toMatchObject([{ type: 'UNHANDLED_ERROR_EVENT', elementId: 'fail' }]);
    expect((await tree(parent.id)).calledInstances[0].activeIncidentCount).toBe(1);
  });
});

describe('locking a tree of instances', () => {
  it('two children completed at the same instant reach the parent join one after the other', async () => {
    // given a parent calling the same child twice in parallel, joined after
    await client.deploy(line('cl-child', userTask('work'), 'work', 'work'));
    await client.deploy(line('cl-parent', `<bpmn:parallelGateway id="fork" />${flow('f2', 'fork', 'c1')}${flow('f3', 'fork', 'c2')}
      ${callActivity('c1', 'cl-child')}${callActivity('c2', 'cl-child')}${flow('f4', 'c1', 'join')}${flow('f5', 'c2', 'join')}
      <bpmn:parallelGateway id="join" />${flow('f6', 'join', 'after')}${userTask('after')}`, 'fork', 'after'));
    const parents = await Promise.all(Array.from({ length: 10 }, () => client.start('cl-parent')));
    // when, for each parent, both children's tasks complete at the same time
    await Promise.all(parents.map(async (parent) => {
      const p = await tree(parent.id);
      const tasks = await Promise.all(p.calledInstances.map(async (c) => (await client.openTasks(c.id))[0]));
      const results = await Promise.all(tasks.map((t) => client.completeTask(t.id)));
      for (const r of results) expect(r.errors).toBeUndefined();
    }));
    // then every parent joined exactly once and waits at "after"
    for (const parent of parents) {
      const p = await tree(parent.id);
      expect(p.activeElementIds).toEqual(['after']);
      expect(p.history.filter((h) => h.elementId === 'join' && h.event === 'COMPLETED')).toHaveLength(1);
    }
  });
});
