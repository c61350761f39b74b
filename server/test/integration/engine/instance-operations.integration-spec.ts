import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { gql, GqlResult } from '../graphql-client.js';
import { addMember, Session, signUp } from '../identity.js';
import { EngineTime } from './engine-time.js';
import { bpmn, flow, INSTANCE_FIELDS, Instance, ProcessClient, serviceTask, userTask } from './process-client.js';

/** Operating running instances through GraphQL on a real PostgreSQL: modify, set variables, migrate. */
let baton: RunningBaton;
let owner: Session;
let client: ProcessClient;
let time: EngineTime;

beforeAll(async () => {
  baton = await startTestApp();
  owner = await signUp(baton.url);
  client = new ProcessClient(baton.url, owner.token);
  time = new EngineTime([baton]);
});
afterAll(async () => {
  await baton?.stop();
});

interface Operated extends Instance {
  version: number;
  activeElementInstances: { id: string; elementId: string; elementKind: string; scopeId: string | null }[];
}
const FIELDS = `${INSTANCE_FIELDS} version activeElementInstances { id elementId elementKind scopeId }`;
const MODIFY = `mutation($input: ModifyProcessInstanceInput!) { modifyProcessInstance(input: $input) { ${FIELDS} } }`;
const SET = `mutation($input: SetVariablesInput!) { setVariables(input: $input) { ${FIELDS} } }`;
const MIGRATE = `mutation($input: MigrateProcessInstanceInput!) { migrateProcessInstance(input: $input) { ${FIELDS} } }`;

async function operated(id: string): Promise<Operated> {
  return (await client.ok<{ processInstance: Operated }>(`query($id: ID!) { processInstance(id: $id) { ${FIELDS} } }`, { id })).processInstance;
}
const instanceOf = (instance: Operated, elementId: string) => instance.activeElementInstances.find((e) => e.elementId === elementId)!.id;
const modify = (input: Record<string, unknown>) => client.call<{ modifyProcessInstance: Operated }>(MODIFY, { input });
const migrate = (input: Record<string, unknown>) => client.call<{ migrateProcessInstance: Operated }>(MIGRATE, { input });

function refusal(result: GqlResult<unknown>): { code: unknown; keys: string[]; message: string } {
  const error = result.errors?.[0];
  const fields = (error?.extensions?.fields ?? []) as { key: string }[];
  return { code: error?.extensions?.code, keys: fields.map((f) => f.key), message: error?.message ?? '' };
}

async function auditActions(targetId: string): Promise<{ action: string; details: Record<string, unknown> }[]> {
  return baton.dataSource.query(`SELECT action, details FROM audit_events WHERE target_id = $1 ORDER BY created_at`, [targetId]);
}

/** start → a → b → end, and a sub-process with one task (sub: inner) after b */
const steps = bpmn('op-steps', `<bpmn:startEvent id="s" />${flow('f1', 's', 'a')}${userTask('a')}${flow('f2', 'a', 'b')}${userTask('b')}${flow('f3', 'b', 'sub')}
  <bpmn:subProcess id="sub"><bpmn:startEvent id="ss" />${flow('sf1', 'ss', 'inner')}${userTask('inner')}${flow('sf2', 'inner', 'se')}<bpmn:endEvent id="se" /></bpmn:subProcess>
  ${flow('f4', 'sub', 'e')}<bpmn:endEvent id="e" />
  <bpmn:boundaryEvent id="late" attachedToRef="a"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
  ${flow('f5', 'late', 'e2')}<bpmn:endEvent id="e2" />`);

describe('modifyProcessInstance', () => {
  beforeAll(async () => {
    await client.deploy(steps);
  });

  it('moves a token: activate b, terminate a (its task cancelled, its timer withdrawn), audited', async () => {
    // given an instance waiting at a
    const i = await operated((await client.start('op-steps')).id);
    const a = instanceOf(i, 'a');
    // when b is activated (with a variable) and a terminated
    const result = await modify({ processInstanceId: i.id, activate: [{ elementId: 'b', variables: { reason: 'skip a' } }], terminate: [a] });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    // then b waits, a's task is cancelled and its boundary timer is gone
    const after = result.data!.modifyProcessInstance;
    expect(after.activeElementIds).toEqual(['b']);
    expect(after.variables).toEqual({ reason: 'skip a' });
    const [task] = await baton.dataSource.query(`SELECT state FROM user_tasks WHERE element_instance_id = $1`, [a]);
    expect(task.state).toBe('CANCELED');
    const [timers] = await baton.dataSource.query(`SELECT count(*)::int AS n FROM timers WHERE process_instance_id = $1 AND state = 'SCHEDULED'`, [i.id]);
    expect(timers.n).toBe(0);
    expect((await auditActions(i.id)).map((e) => e.action)).toEqual(['process.instance_modified']);
    // and the instance goes on from b
    const b = (await client.openTasks(i.id))[0];
    expect((await client.completeTask(b.id)).errors).toBeUndefined();
    expect((await client.openTasks(i.id)).map((t) => t.elementId)).toEqual(['inner']);
  });

  it('activates an element inside the one open instance of its sub-process', async () => {
    const i = await client.start('op-steps');
    await modify({ processInstanceId: i.id, activate: [{ elementId: 'sub' }], terminate: [instanceOf(await operated(i.id), 'a')] });
    const result = await modify({ processInstanceId: i.id, activate: [{ elementId: 'inner' }] });
    expect(result.errors).toBeUndefined();
    expect((await client.openTasks(i.id)).map((t) => t.elementId)).toEqual(['inner', 'inner']);
  });

  it('terminating the last element instance terminates the instance', async () => {
    const i = await operated((await client.start('op-steps')).id);
    const result = await modify({ processInstanceId: i.id, terminate: [instanceOf(i, 'a')] });
    expect(result.data?.modifyProcessInstance.state).toBe('TERMINATED');
  });

  it.each([
    { title: 'an unknown element', input: (i: Operated) => ({ processInstanceId: i.id, activate: [{ elementId: 'nope' }] }), key: 'nope', mention: 'no element nope' },
    { title: 'a boundary event', input: (i: Operated) => ({ processInstanceId: i.id, activate: [{ elementId: 'late' }] }), key: 'late', mention: 'started by its event' },
    { title: 'an element of a sub-process that is not active', input: (i: Operated) => ({ processInstanceId: i.id, activate: [{ elementId: 'inner' }] }), key: 'inner', mention: 'not active' },
    { title: 'an element instance that is not open', input: (i: Operated) => ({ processInstanceId: i.id, terminate: [i.id] }), key: '$instance', mention: 'not an open element instance' },
    { title: 'no instruction at all', input: (i: Operated) => ({ processInstanceId: i.id }), key: 'activate', mention: 'at least one' },
    { title: 'a malformed element instance id', input: (i: Operated) => ({ processInstanceId: i.id, terminate: ['x'] }), key: 'terminate[0]', mention: '' },
  ])('refuses $title with BAD_USER_INPUT naming it, and changes nothing', async ({ input, key, mention }) => {
    const i = await operated((await client.start('op-steps')).id);
    const result = await modify(input(i));
    const { code, keys, message } = refusal(result);
    expect(code).toBe('BAD_USER_INPUT');
    expect(keys).toContain(key === '$instance' ? i.id : key);
    expect(message).toContain(mention);
    expect((await operated(i.id)).activeElementIds).toEqual(['a']);
  });
});

describe('setVariables', () => {
  it('sets process variables (propagated by default) and locals of a scope, audited with names only', async () => {
    await client.deploy(steps.replaceAll('op-steps', 'op-vars'));
    const i = await operated((await client.start('op-vars', { amount: 1 })).id);
    // when variables are set from the task's scope without `local`, they propagate to the process
    const a = instanceOf(i, 'a');
    const set = await client.call<{ setVariables: Operated }>(SET, { input: { processInstanceId: i.id, elementInstanceId: a, variables: { amount: 2, note: 'checked' } } });
    expect(set.errors, JSON.stringify(set.errors)).toBeUndefined();
    expect(set.data!.setVariables.variables).toEqual({ amount: 2, note: 'checked' });
    // and with `local` they stay on the task's scope
    await client.ok(SET, { input: { processInstanceId: i.id, elementInstanceId: a, variables: { draft: true }, local: true } });
    const task = (await client.openTasks(i.id))[0];
    expect(task.variables).toMatchObject({ amount: 2, draft: true });
    expect((await operated(i.id)).variables).not.toHaveProperty('draft');
    const audit = await auditActions(i.id);
    expect(audit.map((e) => e.action)).toEqual(['process.variables_set', 'process.variables_set']);
    expect(audit[0].details).toMatchObject({ names: ['amount', 'note'], local: false });
    expect(JSON.stringify(audit)).not.toContain('checked');
  });

  it.each([
    { title: 'a scope that is not open', input: (id: string) => ({ processInstanceId: id, elementInstanceId: '00000000-0000-4000-8000-000000000000', variables: { x: 1 } }), key: 'elementInstanceId' },
    { title: 'no variables', input: (id: string) => ({ processInstanceId: id, variables: {} }), key: 'variables' },
    { title: 'a bad variable name', input: (id: string) => ({ processInstanceId: id, variables: { 'a b': 1 } }), key: 'variables' },
  ])('refuses $title', async ({ input, key }) => {
    const i = await client.start('op-steps');
    const { code, keys } = refusal(await client.call(SET, { input: input(i.id) }));
    expect(code).toBe('BAD_USER_INPUT');
    expect(keys).toContain(key);
  });
});

describe('migrateProcessInstance', () => {
  const box = `<bpmn:subProcess id="box"><bpmn:startEvent id="bs" />${flow('bf1', 'bs', 'be')}<bpmn:endEvent id="be" /></bpmn:subProcess>`;
  // v1: start → review → approve → end;  v2: start → check (new, before) → review2 (was review) → approve → end, with a boundary timer on review2
  const v1 = bpmn('op-mig', `<bpmn:startEvent id="s" />${flow('f1', 's', 'review')}${userTask('review')}${flow('f2', 'review', 'approve')}${userTask('approve')}${flow('f3', 'approve', 'e')}<bpmn:endEvent id="e" />`);
  const v2 = bpmn('op-mig', `<bpmn:startEvent id="s" />${flow('f0', 's', 'check')}${userTask('check')}${flow('f1', 'check', 'review2')}${userTask('review2')}${flow('f2', 'review2', 'approve')}
    ${userTask('approve')}${flow('f3', 'approve', 'job')}${serviceTask('job', 'op-mig-job')}${flow('f6', 'job', 'box')}${box}${flow('f7', 'box', 'e')}<bpmn:endEvent id="e" />
    <bpmn:boundaryEvent id="remind" attachedToRef="review2" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeDuration>PT2H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
    ${flow('f4', 'remind', 'nudge')}${userTask('nudge')}${flow('f5', 'nudge', 'e3')}<bpmn:endEvent id="e3" />`);
  let target: { id: string; version: number };

  beforeAll(async () => {
    await client.deploy(v1);
  });

  it('moves the waiting task to the mapped element of version 2: same task id, the new boundary timer opens, audited', async () => {
    // given an instance of v1 waiting at review, and v2 deployed
    const i = await operated((await client.start('op-mig', {}, 1)).id);
    const taskBefore = (await client.openTasks(i.id))[0];
    target = await client.deploy(v2);
    // when migrated with review → review2
    const result = await migrate({ processInstanceId: i.id, targetDefinitionId: target.id, mappings: [{ sourceElementId: 'review', targetElementId: 'review2' }] });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    // then it runs version 2 at review2, with the same task (id) and element instance
    const after = result.data!.migrateProcessInstance;
    expect(after).toMatchObject({ version: 2, activeElementIds: ['review2'] });
    expect(instanceOf(after, 'review2')).toBe(instanceOf(i, 'review'));
    const [task] = await client.openTasks(i.id);
    expect(task).toMatchObject({ id: taskBefore.id, elementId: 'review2' });
    // v2's non-interrupting boundary timer on review2 was opened and fires
    await time.advance(2 * 3_600_000 + 1_000);
    expect((await client.openTasks(i.id)).map((t) => t.elementId).sort()).toEqual(['nudge', 'review2']);
    // and completing the task follows version 2
    expect((await client.completeTask(task.id)).errors).toBeUndefined();
    expect((await client.openTasks(i.id)).map((t) => t.elementId).sort()).toEqual(['approve', 'nudge']);
    expect((await auditActions(i.id)).map((e) => e.action)).toContain('process.instance_migrated');
  });

  it.each([
    { title: 'an active element left unmapped', mappings: [], key: 'review', mention: 'not mapped' },
    { title: 'a type change (user task → service task)', mappings: [{ sourceElementId: 'review', targetElementId: 'job' }], key: 'review', mention: 'from userTask to serviceTask' },
    { title: 'a mapping to a missing element', mappings: [{ sourceElementId: 'review', targetElementId: 'ghost' }], key: 'review', mention: 'ghost' },
    { title: 'a mapping of a missing element', mappings: [{ sourceElementId: 'ghost', targetElementId: 'review2' }], key: 'ghost', mention: 'ghost' },
  ])('refuses $title with BAD_USER_INPUT naming the element, and changes nothing', async ({ mappings, key, mention }) => {
    const i = await client.start('op-mig', {}, 1);
    const { code, keys, message } = refusal(await migrate({ processInstanceId: i.id, targetDefinitionId: target.id, mappings }));
    expect(code).toBe('BAD_USER_INPUT');
    expect(keys).toContain(key);
    expect(message).toContain(mention);
    expect(await operated(i.id)).toMatchObject({ version: 1, activeElementIds: ['review'] });
  });

  it('refuses an element moved out of its sub-process', async () => {
    const sub = bpmn('op-mig-sub', `<bpmn:startEvent id="s" />${flow('f1', 's', 'box')}<bpmn:subProcess id="box"><bpmn:startEvent id="bs" />${flow('bf', 'bs', 't')}${userTask('t')}${flow('bf2', 't', 'be')}<bpmn:endEvent id="be" /></bpmn:subProcess>${flow('f2', 'box', 'e')}<bpmn:endEvent id="e" />`);
    await client.deploy(sub);
    const i = await client.start('op-mig-sub');
    const flat = await client.deploy(bpmn('op-mig-sub', `<bpmn:startEvent id="s" />${flow('f1', 's', 't')}${userTask('t')}${flow('f2', 't', 'box')}${box}${flow('f3', 'box', 'e')}<bpmn:endEvent id="e" />`));
    const { code, keys, message } = refusal(await migrate({
      processInstanceId: i.id, targetDefinitionId: flat.id,
      mappings: [{ sourceElementId: 'box', targetElementId: 'box' }, { sourceElementId: 't', targetElementId: 't' }],
    }));
    expect(code).toBe('BAD_USER_INPUT');
    expect(keys).toEqual(['t']);
    expect(message).toContain('inside box');
  });

  it('an unknown target definition is NOT_FOUND', async () => {
    const i = await client.start('op-mig', {}, 1);
    const { code, keys } = refusal(await migrate({ processInstanceId: i.id, targetDefinitionId: '00000000-0000-4000-8000-000000000000', mappings: [] }));
    expect(code).toBe('NOT_FOUND');
    expect(keys).toEqual(['targetDefinitionId']);
  });

  it('migration while tasks are being completed loses nothing: each instance ends in one consistent state', async () => {
    // given 10 instances of v1 at review
    const instances = await Promise.all(Array.from({ length: 10 }, () => client.start('op-mig', {}, 1)));
    const tasks = await Promise.all(instances.map(async (i) => (await client.openTasks(i.id))[0]));
    // when each is migrated and its task completed at the same time
    const results = await Promise.all(instances.flatMap((i, n) => [
      migrate({ processInstanceId: i.id, targetDefinitionId: target.id, mappings: [{ sourceElementId: 'review', targetElementId: 'review2' }, { sourceElementId: 'approve', targetElementId: 'approve' }] }),
      client.completeTask(tasks[n].id),
    ]));
    // then both commands succeeded, one after the other, and every instance waits at approve exactly once
    for (const result of results) expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    for (const i of instances) {
      const after = await operated(i.id);
      expect(after.version).toBe(2);
      expect((await client.openTasks(i.id)).map((t) => t.elementId)).toEqual(['approve']);
    }
  });
});

describe('permissions', () => {
  it('a member may not modify, set variables or migrate', async () => {
    const member = await addMember(baton.url, owner, 'MEMBER');
    const i = await operated((await client.start('op-steps')).id);
    for (const [query, input] of [
      [MODIFY, { processInstanceId: i.id, terminate: [instanceOf(i, 'a')] }],
      [SET, { processInstanceId: i.id, variables: { x: 1 } }],
      [MIGRATE, { processInstanceId: i.id, targetDefinitionId: i.id, mappings: [] }],
    ] as const) {
      const result = await gql(baton.url, query, { input }, { token: member.token });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await operated(i.id)).activeElementIds).toEqual(['a']);
  });
});
