import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { codeOf } from '../graphql-client.js';
import { signUp } from '../identity.js';
import { bpmn, flow, ProcessClient, userTask } from './process-client.js';

/** Commands on one instance are serialised by its row lock: no completion is applied twice, no join fires twice. */
let baton: RunningBaton;
let client: ProcessClient;

beforeAll(async () => {
  baton = await startTestApp();
  client = new ProcessClient(baton.url, (await signUp(baton.url)).token);
  await client.deploy(bpmn('one-task', `<bpmn:startEvent id="s" />${flow('f1', 's', 'approve')}${userTask('approve')}${flow('f2', 'approve', 'e')}<bpmn:endEvent id="e" />`));
  await client.deploy(bpmn('fork-join', `
    <bpmn:startEvent id="s" />${flow('f1', 's', 'fork')}<bpmn:parallelGateway id="fork" />
    ${flow('fa', 'fork', 'a')}${flow('fb', 'fork', 'b')}${userTask('a')}${userTask('b')}
    ${flow('ja', 'a', 'join')}${flow('jb', 'b', 'join')}<bpmn:parallelGateway id="join" />
    ${flow('f2', 'join', 'after')}<bpmn:scriptTask id="after"><bpmn:extensionElements><zeebe:script expression="=count + 1" resultVariable="count" /></bpmn:extensionElements></bpmn:scriptTask>
    ${flow('f3', 'after', 'e')}<bpmn:endEvent id="e" />`));
});
afterAll(() => baton?.stop());

describe('concurrent commands on one instance', () => {
  it('50 concurrent completeTask calls on one task: exactly one succeeds, the others get CONFLICT', async () => {
    // given one open task
    const instance = await client.start('one-task');
    const [task] = await client.openTasks(instance.id);
    // when 50 callers complete it at the same instant
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => client.completeTask(task.id, { by: i })));
    const ms = performance.now() - started;
    // then one wins, 49 are told CONFLICT, and the token moved exactly once
    const codes = results.map((r) => codeOf(r) ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(49);
    const after = await client.instance(instance.id);
    expect(after.state).toBe('COMPLETED');
    expect(after.history.filter((h) => h.elementId === 'e' && h.event === 'COMPLETED')).toHaveLength(1);
    console.log(`50 concurrent completeTask: ${ms.toFixed(0)} ms in all`);
  });

  it('two branches completed at the same instant fire the parallel join once (100 times)', async () => {
    // given 100 instances, each waiting at both branches
    const started = performance.now();
    for (let batch = 0; batch < 10; batch++) {
      const instances = await Promise.all(Array.from({ length: 10 }, () => client.start('fork-join', { count: 0 })));
      await Promise.all(instances.map(async (instance) => {
        const tasks = await client.openTasks(instance.id);
        expect(tasks.map((t) => t.elementId).sort()).toEqual(['a', 'b']);
        // when both branches complete at once
        const results = await Promise.all(tasks.map((t) => client.completeTask(t.id)));
        expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
        // then the join fired exactly once: one token went through "after", and the instance completed
        const after = await client.instance(instance.id);
        expect(after.state).toBe('COMPLETED');
        expect(after.variables.count).toBe(1);
        expect(after.history.filter((h) => h.elementId === 'join' && h.event === 'COMPLETED')).toHaveLength(1);
      }));
    }
    console.log(`100 fork/join instances with simultaneous completions: ${(performance.now() - started).toFixed(0)} ms`);
    // and in SQL: no token of these instances is left open, none was doubled
    const [open] = await baton.dataSource.query(
      `SELECT count(*)::int AS n FROM element_instances e JOIN process_instances p ON p.id = e.process_instance_id
       WHERE p.bpmn_process_id = 'fork-join' AND e.state IN ('ACTIVE', 'WAITING')`,
    );
    expect(open.n).toBe(0);
    const doubled = await baton.dataSource.query(
      `SELECT e.process_instance_id FROM element_instances e JOIN process_instances p ON p.id = e.process_instance_id
       WHERE p.bpmn_process_id = 'fork-join' AND e.element_id = 'after' GROUP BY 1 HAVING count(*) <> 1`,
    );
    expect(doubled).toEqual([]);
  });
});
