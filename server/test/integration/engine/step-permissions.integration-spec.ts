import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { codeOf, fieldsOf } from '../graphql-client.js';
import { signUp } from '../identity.js';
import { bpmn, flow, ProcessClient, userTask } from './process-client.js';

const approvalForm = {
  id: 'approval',
  components: [
    { id: 'a1', type: 'number', key: 'amount', label: 'Amount' },
    { id: 'a2', type: 'number', key: 'discount', label: 'Discount %' },
    { id: 'a3', type: 'textfield', key: 'note', label: 'Internal note' },
    { id: 'a4', type: 'textfield', key: 'reason', label: 'Reason' },
  ],
};
const withPermissions = (id: string, value: string) =>
  bpmn(id, `<bpmn:startEvent id="s" />${flow('f1', 's', 'review')}${userTask('review', `<zeebe:formDefinition formId="approval" />
    <zeebe:properties><zeebe:property name="baton:fieldPermissions" value="${value.replace(/"/g, '&quot;')}" /></zeebe:properties>`)}${flow('f2', 'review', 'e')}<bpmn:endEvent id="e" />`);

let baton: RunningBaton;
let owner: ProcessClient;

beforeAll(async () => {
  baton = await startTestApp();
  owner = new ProcessClient(baton.url, (await signUp(baton.url)).token);
  await owner.deploy(withPermissions('review-step', JSON.stringify({ amount: 'view', note: 'hidden', reason: 'required' })), [approvalForm]);
});
afterAll(() => baton?.stop());

async function openTask() {
  const instance = await owner.start('review-step', { amount: 1000, discount: 5, note: 'internal' });
  const data = await owner.ok<{ tasks: { nodes: { id: string; fieldPermissions: Record<string, string> }[] } }>(
    `query($id: ID!) { tasks(filter: { processInstanceId: $id }) { nodes { id fieldPermissions } } }`, { id: instance.id });
  return { instance, task: data.tasks.nodes[0] };
}

describe('field permissions per user task (baton:fieldPermissions)', () => {
  it('are exposed on the task for the form renderer', async () => {
    const { task } = await openTask();
    expect(task.fieldPermissions).toEqual({ amount: 'view', note: 'hidden', reason: 'required' });
  });

  it.each([
    { title: 'a change to a view-only field', variables: { amount: 2000, reason: 'x' }, field: 'amount', rule: 'permission' },
    { title: 'a change to a hidden field', variables: { note: 'changed', reason: 'x' }, field: 'note', rule: 'permission' },
    { title: 'a field this step requires, left out', variables: { discount: 10 }, field: 'reason', rule: 'required' },
  ])('refuse $title, naming it, leaving the task open', async ({ variables, field, rule }) => {
    const { instance, task } = await openTask();
    const result = await owner.completeTask(task.id, variables);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual([field]);
    expect(JSON.stringify(result.errors)).toContain(`"rule":"${rule}"`);
    expect((await owner.openTasks(instance.id)).map((t) => t.id)).toEqual([task.id]);
  });

  it('complete with the editable fields, keeping view-only and hidden values as they were', async () => {
    const { instance, task } = await openTask();
    // the unchanged view-only value may be sent back (a form shows it); the hidden one is simply absent
    const result = await owner.completeTask(task.id, { amount: 1000, discount: 10, reason: 'loyal customer' });
    expect(result.errors).toBeUndefined();
    const done = await owner.instance(instance.id);
    expect(done.state).toBe('COMPLETED');
    expect(done.variables).toMatchObject({ amount: 1000, discount: 10, note: 'internal', reason: 'loyal customer' });
  });

  it('refuse a model whose field permissions are not a map of known levels, naming the task', async () => {
    for (const value of ['{not json', JSON.stringify({ amount: 'write' }), JSON.stringify(['amount'])]) {
      const result = await owner.call(`mutation($input: DeployProcessInput!) { deployProcess(input: $input) { id } }`, { input: { bpmnXml: withPermissions('broken', value) } });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['review']);
    }
  });
});
