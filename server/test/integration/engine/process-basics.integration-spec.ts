import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { signUp } from '../identity.js';
import { bpmn, flow, path, ProcessClient, serviceTask, userTask } from './process-client.js';

let baton: RunningBaton;
let owner: ProcessClient;

beforeAll(async () => {
  baton = await startTestApp();
  const session = await signUp(baton.url);
  owner = new ProcessClient(baton.url, session.token);
});
afterAll(() => baton?.stop());

const approval = bpmn('approval', `
  <bpmn:startEvent id="start" />${flow('f1', 'start', 'score')}
  <bpmn:scriptTask id="score"><bpmn:extensionElements><zeebe:script expression="=amount * 2" resultVariable="score" /></bpmn:extensionElements></bpmn:scriptTask>
  ${flow('f2', 'score', 'gw')}
  <bpmn:exclusiveGateway id="gw" default="small" />
  ${flow('big', 'gw', 'approve', '=score &gt; 1000')}${flow('small', 'gw', 'end')}
  ${userTask('approve', '<zeebe:assignmentDefinition candidateGroups="finance, sales" />')}
  ${flow('f3', 'approve', 'end')}
  <bpmn:endEvent id="end" />`);

describe('a process with a script, a gateway and a user task', () => {
  it('runs a small amount straight to the end', async () => {
    // given the process / when started with a small amount
    await owner.deploy(approval);
    const instance = await owner.start('approval', { amount: 100 });
    // then it completed along the default flow with the script's result
    expect(instance.state).toBe('COMPLETED');
    expect(path(instance)).toEqual(['start', 'score', 'gw', 'end']);
    expect(instance.variables).toEqual({ amount: 100, score: 200 });
  });

  it('waits at the user task for a big amount and completes with its variables', async () => {
    // given a started instance with a big amount
    const instance = await owner.start('approval', { amount: 600 });
    expect(instance.activeElementIds).toEqual(['approve']);
    const [task] = await owner.openTasks(instance.id);
    expect(task).toMatchObject({ elementId: 'approve', candidateGroups: ['finance', 'sales'], variables: { amount: 600, score: 1200 } });
    // when the task is completed
    const done = await owner.completeTask(task.id, { approved: true });
    // then the instance ended with the task's variables
    expect(done.errors).toBeUndefined();
    const after = await owner.instance(instance.id);
    expect(after.state).toBe('COMPLETED');
    expect(after.variables).toEqual({ amount: 600, score: 1200, approved: true });
    expect(path(after)).toEqual(['start', 'score', 'gw', 'approve', 'end']);
  });

  it('runs a service task through the built-in poller', async () => {
    // given a process with a baton:noop service task
    await owner.deploy(bpmn('noop', `<bpmn:startEvent id="s" />${flow('a', 's', 't')}${serviceTask('t', 'baton:noop')}${flow('b', 't', 'e')}<bpmn:endEvent id="e" />`));
    // when started
    const instance = await owner.start('noop');
    // then the poller completes the job shortly after commit
    await expect.poll(async () => (await owner.instance(instance.id)).state, { timeout: 5000 }).toBe('COMPLETED');
  });
});
