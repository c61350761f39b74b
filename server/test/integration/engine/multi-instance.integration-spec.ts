import { RunningBaton } from '../../../src/bootstrap.js';
import { startEngineApp } from './engine-app.js';
import { EngineTime } from './engine-time.js';
import { bpmn, flow, ProcessClient, Task } from './process-client.js';

/** Multi-instance tasks, sub-processes and call activities, and countersign modes, through GraphQL on a real PostgreSQL. */
let baton: RunningBaton;
let client: ProcessClient;
let time: EngineTime;

beforeAll(async () => ({ baton, client, time } = await startEngineApp()));
afterAll(async () => {
  await baton?.stop();
});

interface LoopSpec {
  collection?: string;
  element?: string;
  output?: string;
  outputElement?: string;
  sequential?: boolean;
  completion?: string;
  cardinality?: string;
}

function loop({ collection, element, output, outputElement, sequential, completion, cardinality }: LoopSpec): string {
  const attrs = [
    collection && `inputCollection="${collection}"`,
    element && `inputElement="${element}"`,
    output && `outputCollection="${output}"`,
    outputElement && `outputElement="${outputElement}"`,
  ].filter(Boolean).join(' ');
  return `<bpmn:multiInstanceLoopCharacteristics isSequential="${sequential ?? false}">
    ${attrs ? `<bpmn:extensionElements><zeebe:loopCharacteristics ${attrs} /></bpmn:extensionElements>` : ''}
    ${cardinality ? `<bpmn:loopCardinality xsi:type="bpmn:tFormalExpression">${cardinality}</bpmn:loopCardinality>` : ''}
    ${completion ? `<bpmn:completionCondition xsi:type="bpmn:tFormalExpression">${completion}</bpmn:completionCondition>` : ''}
  </bpmn:multiInstanceLoopCharacteristics>`;
}

/** start → the multi-instance element `mi` → after (user task) → end */
const around = (id: string, mi: string, extra = '') =>
  bpmn(id, `<bpmn:startEvent id="s" />${flow('f1', 's', 'mi')}${mi}${flow('f2', 'mi', 'after')}<bpmn:userTask id="after" />${flow('f3', 'after', 'e')}<bpmn:endEvent id="e" />${extra}`);
const miUserTask = (spec: LoopSpec, extensions = '') => `<bpmn:userTask id="mi">${extensions ? `<bpmn:extensionElements>${extensions}</bpmn:extensionElements>` : ''}${loop(spec)}</bpmn:userTask>`;

async function miTasks(instanceId: string): Promise<Task[]> {
  return (await client.openTasks(instanceId)).filter((t) => t.elementId === 'mi');
}

async function completeTask(task: Task, variables: Record<string, unknown> = {}): Promise<void> {
  const result = await client.completeTask(task.id, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
}

async function locals(elementInstanceId: string): Promise<Record<string, unknown>> {
  const rows: { name: string; value: unknown }[] = await baton.dataSource.query(`SELECT name, value FROM variables WHERE scope_id = $1`, [elementInstanceId]);
  return Object.fromEntries(rows.map((r) => [r.name, r.value]));
}

async function taskElementInstance(taskId: string): Promise<string> {
  const [row] = await baton.dataSource.query(`SELECT element_instance_id FROM user_tasks WHERE id = $1`, [taskId]);
  return row.element_instance_id;
}

describe('parallel multi-instance user task', () => {
  beforeAll(async () => {
    await client.deploy(around('mi-parallel', miUserTask(
      { collection: '=reviewers', element: 'reviewer', output: 'decisions', outputElement: '={who: reviewer, ok: ok}' },
      '<zeebe:assignmentDefinition assignee="=reviewer" /><zeebe:ioMapping><zeebe:input source="=&quot;review #&quot; + string(loopCounter)" target="label" /></zeebe:ioMapping>',
    )));
  });

  it('one task per item, each with its item and loop counter as locals; the output collection keeps the input order', async () => {
    // given three reviewers
    const i = await client.start('mi-parallel', { reviewers: ['ann', 'bob', 'cy'] });
    // then three tasks, assigned by the item, each with its locals
    const tasks = await miTasks(i.id);
    expect(tasks.map((t) => t.assignee).sort()).toEqual(['ann', 'bob', 'cy']);
    const cy = tasks.find((t) => t.assignee === 'cy')!;
    expect(await locals(await taskElementInstance(cy.id))).toEqual({ reviewer: 'cy', loopCounter: 3, label: 'review #3' });
    // when they complete in reverse order, each with its own answer
    for (const task of [...tasks].sort((a, b) => (b.assignee ?? '').localeCompare(a.assignee ?? ''))) {
      await completeTask(task, { ok: task.assignee !== 'bob' });
    }
    // then the body completed and the collection is in the order of the input
    const after = await client.instance(i.id);
    expect(after.activeElementIds).toEqual(['after']);
    expect(after.variables.decisions).toEqual([{ who: 'ann', ok: true }, { who: 'bob', ok: false }, { who: 'cy', ok: true }]);
    // the counters and the output collection were the body's locals: gone with it
    expect(Object.keys(after.variables).sort()).toEqual(['decisions', 'ok', 'reviewers']);
    expect(after.history.filter((h) => h.elementId === 'mi' && h.event === 'COMPLETED').map((h) => h.elementKind)).toEqual(['userTask', 'userTask', 'userTask', 'multiInstanceBody']);
  });

  it('an empty collection completes the activity at once with an empty output collection', async () => {
    const i = await client.start('mi-parallel', { reviewers: [] });
    expect(i.activeElementIds).toEqual(['after']);
    expect(i.variables.decisions).toEqual([]);
  });

  it.each([
    { title: 'a collection that is not a list', variables: { reviewers: 'ann' }, message: 'not a list' },
    { title: 'a missing collection', variables: {}, message: 'not a list' },
    { title: 'a collection above the cardinality limit (1,000)', variables: { reviewers: Array.from({ length: 1001 }, (_, n) => `u${n}`) }, message: 'more than the limit of 1000' },
  ])('$title is an incident naming the element, and no task is created', async ({ variables, message }) => {
    const i = await client.start('mi-parallel', variables);
    expect(i.incidents).toMatchObject([{ type: 'EXPRESSION_ERROR', elementId: 'mi', state: 'ACTIVE' }]);
    expect(i.incidents[0].message).toContain('mi');
    expect(i.incidents[0].message).toContain(message);
    expect(await client.openTasks(i.id)).toEqual([]);
  });
});

describe('sequential multi-instance and completion conditions', () => {
  it('creates one task at a time, the next with the next item', async () => {
    await client.deploy(around('mi-seq', miUserTask({ collection: '=steps', element: 'step', sequential: true, output: 'done', outputElement: '=step + &quot;!&quot;' }, '<zeebe:assignmentDefinition assignee="=step" />')));
    const i = await client.start('mi-seq', { steps: ['a', 'b', 'c'] });
    for (const step of ['a', 'b', 'c']) {
      const tasks = await miTasks(i.id);
      expect(tasks.map((t) => t.assignee)).toEqual([step]);
      await completeTask(tasks[0]);
    }
    const after = await client.instance(i.id);
    expect(after.activeElementIds).toEqual(['after']);
    expect(after.variables.done).toEqual(['a!', 'b!', 'c!']);
  });

  it('a completion condition on the counters ends the body and terminates the remaining instances', async () => {
    // given five parallel tasks (loop cardinality) that are done when three have completed
    await client.deploy(around('mi-quorum', miUserTask({ cardinality: '=5', completion: '=numberOfCompletedInstances >= 3 and numberOfActiveInstances = 2 and numberOfInstances = 5' })));
    const i = await client.start('mi-quorum');
    const tasks = await miTasks(i.id);
    expect(tasks).toHaveLength(5);
    // when three complete
    for (const task of tasks.slice(0, 3)) await completeTask(task);
    // then the other two are cancelled and the flow goes on
    const after = await client.instance(i.id);
    expect(after.activeElementIds).toEqual(['after']);
    expect(after.history.filter((h) => h.elementId === 'mi' && h.event === 'TERMINATED')).toHaveLength(2);
    const states = await baton.dataSource.query(`SELECT state, count(*)::int AS n FROM user_tasks WHERE process_instance_id = $1 AND element_id = 'mi' GROUP BY state ORDER BY state`, [i.id]);
    expect(states).toEqual([{ state: 'CANCELED', n: 2 }, { state: 'COMPLETED', n: 3 }]);
  });

  it('the completion condition sees the completed instance and its loop counter', async () => {
    await client.deploy(around('mi-stop', miUserTask({ collection: '=[1, 2, 3, 4]', element: 'n', sequential: true, completion: '=loopCounter = 2 or stop = true' })));
    const i = await client.start('mi-stop', { stop: false });
    await completeTask((await miTasks(i.id))[0]);
    await completeTask((await miTasks(i.id))[0]);
    expect((await client.instance(i.id)).activeElementIds).toEqual(['after']);
  });

  it('a boundary timer belongs to the body: firing it ends every inner instance', async () => {
    await client.deploy(around('mi-timeout', miUserTask({ collection: '=[1, 2, 3]' }), `<bpmn:boundaryEvent id="late" attachedToRef="mi"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
      ${flow('f4', 'late', 'e2')}<bpmn:endEvent id="e2" />`));
    const i = await client.start('mi-timeout');
    expect(await miTasks(i.id)).toHaveLength(3);
    const [timers] = await baton.dataSource.query(`SELECT count(*)::int AS n FROM timers WHERE process_instance_id = $1 AND state = 'SCHEDULED'`, [i.id]);
    expect(timers.n).toBe(1);
    await time.advance(61 * 60_000);
    const after = await client.instance(i.id);
    expect(after.state).toBe('COMPLETED');
    expect(await miTasks(i.id)).toEqual([]);
  });
});

describe('multi-instance sub-processes and call activities', () => {
  it('a parallel sub-process runs one scope per item (one job each) and completes when all have', async () => {
    await client.deploy(around('mi-sub', `<bpmn:subProcess id="mi">${loop({ collection: '=[&quot;ubuntu&quot;, &quot;windows&quot;, &quot;macos&quot;]', element: 'os', output: 'reports', outputElement: '=report' })}
      <bpmn:startEvent id="ss" />${flow('sf1', 'ss', 'run')}<bpmn:serviceTask id="run"><bpmn:extensionElements><zeebe:taskDefinition type="mi-run-tests" />
      <zeebe:ioMapping><zeebe:output source="=result" target="report" /></zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>${flow('sf2', 'run', 'se')}<bpmn:endEvent id="se" /></bpmn:subProcess>`));
    const i = await client.start('mi-sub');
    const jobs = (await client.activateJobs('mi-run-tests', 10)).filter((j) => j.processInstanceId === i.id);
    expect(jobs.map((j) => j.variables.os).sort()).toEqual(['macos', 'ubuntu', 'windows']);
    for (const job of jobs) expect((await client.completeJob(job.id, { result: `${job.variables.os as string} ok` })).errors).toBeUndefined();
    const after = await client.instance(i.id);
    expect(after.activeElementIds).toEqual(['after']);
    expect(after.variables.reports).toEqual(['ubuntu ok', 'windows ok', 'macos ok']);
  });

  it('a multi-instance call activity starts one child per item', async () => {
    await client.deploy(bpmn('mi-called', `<bpmn:startEvent id="s" />${flow('f1', 's', 'calc')}<bpmn:scriptTask id="calc"><bpmn:extensionElements>
      <zeebe:script expression="=item * item" resultVariable="square" /></bpmn:extensionElements></bpmn:scriptTask>${flow('f2', 'calc', 'e')}<bpmn:endEvent id="e" />`));
    await client.deploy(around('mi-calls', `<bpmn:callActivity id="mi"><bpmn:extensionElements><zeebe:calledElement processId="mi-called" />
      <zeebe:ioMapping><zeebe:output source="=square" target="square" /></zeebe:ioMapping></bpmn:extensionElements>
      ${loop({ collection: '=[2, 3, 4]', element: 'item', output: 'squares', outputElement: '=square' })}</bpmn:callActivity>`));
    const i = await client.start('mi-calls');
    expect(i.activeElementIds).toEqual(['after']);
    expect(i.variables.squares).toEqual([4, 9, 16]);
    const [children] = await baton.dataSource.query(`SELECT count(*)::int AS n FROM process_instances WHERE parent_instance_id = $1 AND state = 'COMPLETED'`, [i.id]);
    expect(children.n).toBe(3);
  });

  it('a fan-out of 1,000 script instances in one command is not mistaken for an endless loop', async () => {
    await client.deploy(around('mi-wide', `<bpmn:scriptTask id="mi"><bpmn:extensionElements><zeebe:script expression="=n * 2" resultVariable="twice" />
      <zeebe:ioMapping><zeebe:output source="=twice" target="twice" /></zeebe:ioMapping></bpmn:extensionElements>
      ${loop({ collection: '=for i in 1..1000 return i', element: 'n', output: 'all', outputElement: '=twice' })}</bpmn:scriptTask>`));
    const i = await client.start('mi-wide');
    expect(i.activeElementIds).toEqual(['after']);
    const all = i.variables.all as number[];
    expect(all).toHaveLength(1000);
    expect(all[0]).toBe(2);
    expect(all[999]).toBe(2000);
    // about 4 s on a quiet 2-core VM: 2,000 FEEL evaluations and 2,000 element instances in one transaction
  }, 30_000);
});

describe('countersign modes (baton:countersign, baton:rejectVariable)', () => {
  const vote = (id: string, mode: string | null, reject: string | null) =>
    around(id, miUserTask({ collection: '=signers', element: 'signer' }, `<zeebe:assignmentDefinition assignee="=signer" /><zeebe:properties>
      ${mode ? `<zeebe:property name="baton:countersign" value="${mode}" />` : ''}${reject ? `<zeebe:property name="baton:rejectVariable" value="${reject}" />` : ''}</zeebe:properties>`));
  const signers = ['s1', 's2', 's3', 's4', 's5'];

  beforeAll(async () => {
    await client.deploy(vote('cs-all', 'all', null));
    await client.deploy(vote('cs-all-reject', 'all', 'approved'));
    await client.deploy(vote('cs-any', 'any', null));
    await client.deploy(vote('cs-percent', 'percent:60', 'approved'));
  });

  async function sign(instanceId: string, votes: boolean[]): Promise<void> {
    for (const approved of votes) {
      const open = await miTasks(instanceId);
      expect(open.length, 'a task left to sign').toBeGreaterThan(0);
      await completeTask(open[0], { approved });
    }
  }

  it('会签 all: the vote goes on until everyone has signed, even after a reject', async () => {
    const i = await client.start('cs-all', { signers });
    await sign(i.id, [true, false, true, true]);
    expect(await miTasks(i.id)).toHaveLength(1);
    await sign(i.id, [true]);
    expect((await client.instance(i.id)).activeElementIds).toEqual(['after']);
  });

  it('会签 all with a reject variable: one reject ends the vote, with approved = false', async () => {
    const i = await client.start('cs-all-reject', { signers });
    await sign(i.id, [true, false]);
    const after = await client.instance(i.id);
    expect(after.activeElementIds).toEqual(['after']);
    expect(after.variables.approved).toBe(false);
    expect(await miTasks(i.id)).toEqual([]);
  });

  it('会签 all with a reject variable: all approving ends with approved = true', async () => {
    const i = await client.start('cs-all-reject', { signers: ['s1', 's2'] });
    await sign(i.id, [true, true]);
    expect((await client.instance(i.id)).variables.approved).toBe(true);
  });

  it('或签 any: the first signature decides', async () => {
    const i = await client.start('cs-any', { signers });
    await sign(i.id, [true]);
    expect((await client.instance(i.id)).activeElementIds).toEqual(['after']);
    expect(await miTasks(i.id)).toEqual([]);
  });

  it('60 %: three approvals of five end the vote, approved', async () => {
    const i = await client.start('cs-percent', { signers });
    await sign(i.id, [true, true]);
    expect(await miTasks(i.id)).toHaveLength(3);
    await sign(i.id, [true]);
    const after = await client.instance(i.id);
    expect(after.activeElementIds).toEqual(['after']);
    expect(after.variables.approved).toBe(true);
  });

  it('60 % with a reject variable: a reject ends it, rejected', async () => {
    const i = await client.start('cs-percent', { signers });
    await sign(i.id, [true, false]);
    const after = await client.instance(i.id);
    expect(after.activeElementIds).toEqual(['after']);
    expect(after.variables.approved).toBe(false);
  });
});
