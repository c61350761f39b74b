import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { codeOf, fieldsOf } from '../graphql-client.js';
import { signUp } from '../identity.js';
import { bpmn, flow, ProcessClient, serviceTask, userTask } from './process-client.js';

const offerForm = {
  id: 'offer',
  components: [
    { id: 'c1', type: 'number', key: 'discount', validate: { required: true, min: 0, max: 50 } },
    { id: 'c2', type: 'textfield', key: 'reason', validate: { required: true } },
    { id: 'c3', type: 'checkbox', key: 'vip' },
    { id: 'c4', type: 'textfield', key: 'vipNote', conditional: { hide: '=not(vip)' } },
  ],
};
const withForm = (id: string) =>
  bpmn(id, `<bpmn:startEvent id="s" />${flow('f1', 's', 'fill')}${userTask('fill', '<zeebe:formDefinition formId="offer" />')}${flow('f2', 'fill', 'e')}<bpmn:endEvent id="e" />`);

let baton: RunningBaton;
let owner: ProcessClient;

beforeAll(async () => {
  baton = await startTestApp();
  owner = new ProcessClient(baton.url, (await signUp(baton.url)).token);
});
afterAll(() => baton?.stop());

describe('deployProcess with forms', () => {
  it('deploys the forms given with the model, and later models may link forms deployed before', async () => {
    // given no form "offer" / when a model linking it is deployed without it / then it is refused naming the task
    const refused = await owner.call(`mutation($input: DeployProcessInput!) { deployProcess(input: $input) { id } }`, { input: { bpmnXml: withForm('first') } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(refused)).toEqual(['fill']);
    // when deployed together with the form / then the form is stored as version 1
    await owner.deploy(withForm('first'), [offerForm]);
    const form = await owner.ok<{ form: { version: number } }>(`query { form(formKey: "offer") { version } }`);
    expect(form.form.version).toBe(1);
    // and a second model linking the stored form deploys without passing it again
    expect((await owner.deploy(withForm('second'))).version).toBe(1);
  });
});

describe('completeTask against the linked form', () => {
  it('refuses variables the form rejects, naming each field, and leaves the task open', async () => {
    const instance = await owner.start('second');
    const [task] = await owner.openTasks(instance.id);
    // when completed with a missing reason and a discount over the maximum
    const result = await owner.completeTask(task.id, { discount: 80 });
    // then BAD_USER_INPUT names both fields and nothing moved
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result).sort()).toEqual(['discount', 'reason']);
    expect((await owner.openTasks(instance.id)).map((t) => t.id)).toEqual([task.id]);
    expect((await owner.instance(instance.id)).state).toBe('ACTIVE');
  });

  it('completes with what the form makes of the variables: hidden fields and unknown keys left out', async () => {
    const instance = await owner.start('second');
    const [task] = await owner.openTasks(instance.id);
    // when completed with valid values, a value for a hidden field and a key the form does not have
    const result = await owner.completeTask(task.id, { discount: 10, reason: 'loyal customer', vip: false, vipNote: 'smuggled', approvedBy: 'me' });
    expect(result.errors).toBeUndefined();
    // then the instance ends holding the form's fields only
    const done = await owner.instance(instance.id);
    expect(done.state).toBe('COMPLETED');
    expect(done.variables).toEqual({ discount: 10, reason: 'loyal customer', vip: false });
  });
});

describe('completeTask against the newest version of the linked form', () => {
  it('checks a task created before a new version against that new version, and never against another workspace\'s form', async () => {
    // given a task waiting on "terms" version 1 (only `customer` required)
    const terms = (extra: object[]) => ({ id: 'terms', components: [{ id: 't1', type: 'textfield', key: 'customer', validate: { required: true } }, ...extra] });
    await owner.deploy(bpmn('terms-flow', `<bpmn:startEvent id="s" />${flow('f1', 's', 'fill')}${userTask('fill', '<zeebe:formDefinition formId="terms" />')}${flow('f2', 'fill', 'e')}<bpmn:endEvent id="e" />`), [terms([])]);
    const instance = await owner.start('terms-flow');
    const [task] = await owner.openTasks(instance.id);
    // and another workspace whose own "terms" requires a field this one's never has
    const other = new ProcessClient(baton.url, (await signUp(baton.url)).token);
    await other.deploy(bpmn('terms-flow', `<bpmn:startEvent id="s" />${flow('f1', 's', 'fill')}${userTask('fill', '<zeebe:formDefinition formId="terms" />')}${flow('f2', 'fill', 'e')}<bpmn:endEvent id="e" />`),
      [terms([{ id: 'x1', type: 'textfield', key: 'foreignField', validate: { required: true } }, { id: 'x2', type: 'textfield', key: 'x', validate: { required: true } }])]);
    // when version 2 makes `signedOn` required too
    await owner.deploy(withForm('terms-v2-carrier').replace('formId="offer"', 'formId="terms"'), [terms([{ id: 't2', type: 'textfield', key: 'signedOn', validate: { required: true } }])]);
    // then the open task is checked against version 2: the customer alone is refused, naming the new field only
    const refused = await owner.completeTask(task.id, { customer: 'Acme' });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(refused)).toEqual(['signedOn']);
    // and with it the task completes
    expect((await owner.completeTask(task.id, { customer: 'Acme', signedOn: '2026-12-01' })).errors).toBeUndefined();
    expect((await owner.instance(instance.id)).variables).toEqual({ customer: 'Acme', signedOn: '2026-12-01' });
  });
});

describe('completeTask with optional fields left out', () => {
  it('completes, keeping a missing optional field as null (JSON null is a value, not a missing row)', async () => {
    // given a form with an optional date, deployed with its model
    const lite = { id: 'renewal-lite', components: [{ id: 'l1', type: 'textfield', key: 'customer', validate: { required: true } }, { id: 'l2', type: 'datetime', subtype: 'date', key: 'contractEnd', dateLabel: 'End' }] };
    await owner.deploy(bpmn('lite', `<bpmn:startEvent id="s" />${flow('f1', 's', 'fill')}${userTask('fill', '<zeebe:formDefinition formId="renewal-lite" />')}${flow('f2', 'fill', 'e')}<bpmn:endEvent id="e" />`), [lite]);
    const instance = await owner.start('lite');
    const [task] = await owner.openTasks(instance.id);
    // when only the required field is sent
    const result = await owner.completeTask(task.id, { customer: 'Acme' });
    // then the task completes and the instance ends with the customer, the date null
    expect(result.errors).toBeUndefined();
    const done = await owner.instance(instance.id);
    expect(done.state).toBe('COMPLETED');
    expect(done.variables).toEqual({ customer: 'Acme', contractEnd: null });
  });
});

describe('audit log', () => {
  it('records deploys, cancellations and resolved incidents with who did them', async () => {
    // given a deployed model with a job nobody works, cancelled once, and an incident resolved once
    await owner.deploy(bpmn('audited', `<bpmn:startEvent id="s" />${flow('f1', 's', 'work')}${serviceTask('work', 'audit-work')}${flow('f2', 'work', 'e')}<bpmn:endEvent id="e" />`));
    const cancelled = await owner.start('audited');
    await owner.ok(`mutation($id: ID!) { cancelProcessInstance(id: $id) { id } }`, { id: cancelled.id });
    const failing = await owner.start('audited');
    const [job] = (await owner.activateJobs('audit-work')).filter((j) => j.processInstanceId === failing.id);
    await owner.ok(`mutation($id: ID!) { failJob(id: $id, retries: 0, errorMessage: "down") { id } }`, { id: job.id });
    const [incident] = (await owner.instance(failing.id)).incidents;
    await owner.ok(`mutation($id: ID!) { resolveIncident(id: $id, retries: 2) { id } }`, { id: incident.id });
    // when the audit log is read
    const log = await owner.ok<{ auditLog: { nodes: { action: string; targetId: string; details: Record<string, unknown> }[] } }>(
      `{ auditLog(first: 200) { nodes { action targetId details } } }`);
    const of = (action: string) => log.auditLog.nodes.filter((n) => n.action === action);
    // then each operation is there with its target
    expect(of('process.deployed').map((n) => n.details.bpmnProcessId).sort()).toEqual(['audited', 'first', 'lite', 'second', 'terms-flow', 'terms-v2-carrier']);
    expect(of('process.instance_cancelled').map((n) => n.targetId)).toEqual([cancelled.id]);
    expect(of('process.incident_resolved')).toEqual([{ action: 'process.incident_resolved', targetId: incident.id, details: { processInstanceId: failing.id, retries: 2 } }]);
  });
});
