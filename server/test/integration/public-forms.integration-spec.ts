import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { deployed } from './forms/form-helpers.js';
import { codeOf, fieldsOf, gql } from './graphql-client.js';
import { addMember, Session, signUp } from './identity.js';
import { bpmn, flow, ProcessClient, userTask } from './engine/process-client.js';

const feedbackForm = {
  id: 'feedback',
  components: [
    { id: 'c1', type: 'textfield', key: 'name', label: 'Name', validate: { required: true } },
    { id: 'c2', type: 'number', key: 'score', label: 'Score', validate: { min: 1, max: 5 } },
  ],
};
const CREATE = `mutation($input: CreatePublicFormLinkInput!) { createPublicFormLink(input: $input) { id token path formKey bpmnProcessId } }`;

let baton: RunningBaton;
let owner: Session;

const publicPost = (token: string, data: unknown, ip = '203.0.113.7') =>
  fetch(`${baton.url}/public/forms/${token}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': ip }, body: JSON.stringify({ data }) });
const create = async (input: Record<string, unknown>, session = owner) => gql<{ createPublicFormLink: { id: string; token: string; path: string } }>(baton.url, CREATE, { input }, { token: session.token });

beforeAll(async () => {
  baton = await startTestApp();
  owner = await signUp(baton.url);
  await deployed(baton.url, owner, feedbackForm);
  await new ProcessClient(baton.url, owner.token).deploy(bpmn('follow-up', `<bpmn:startEvent id="s" />${flow('f1', 's', 'call')}${userTask('call')}${flow('f2', 'call', 'e')}<bpmn:endEvent id="e" />`));
});
afterAll(() => baton?.stop());

describe('public form links (外链)', () => {
  it('lets anyone with the link read the form and submit, validated on the server, starting the linked process', async () => {
    const link = (await create({ formKey: 'feedback', bpmnProcessId: 'follow-up' })).data!.createPublicFormLink;
    expect(link.path).toBe(`/public/forms/${link.token}`);
    const form = await fetch(`${baton.url}/public/forms/${link.token}`);
    expect(((await form.json()) as { formKey: string }).formKey).toBe('feedback');
    // an invalid submission names the field and stores nothing
    const bad = await publicPost(link.token, { score: 9 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toMatch(/"key":"name".*"key":"score"|"key":"score".*"key":"name"/);
    // a valid one is stored and starts the process with the data
    const ok = await publicPost(link.token, { name: '王芳', score: 5 });
    expect(ok.status).toBe(201);
    const { recordId, processInstanceId } = (await ok.json()) as { recordId: string; processInstanceId: string };
    const record = await gql<{ record: { data: unknown } }>(baton.url, `query($id: ID!) { record(id: $id) { data } }`, { id: recordId }, { token: owner.token });
    expect(record.data!.record.data).toEqual({ name: '王芳', score: 5 });
    const instance = await new ProcessClient(baton.url, owner.token).instance(processInstanceId);
    expect(instance.variables).toMatchObject({ name: '王芳', score: 5, recordId });
  });

  it('answers 404 alike for unknown, revoked and expired links', async () => {
    const link = (await create({ formKey: 'feedback' })).data!.createPublicFormLink;
    await gql(baton.url, `mutation($id: ID!) { revokePublicFormLink(id: $id) { id } }`, { id: link.id }, { token: owner.token });
    const soon = (await create({ formKey: 'feedback', expiresAt: new Date(Date.now() + 1_500).toISOString() })).data!.createPublicFormLink;
    await new Promise((done) => setTimeout(done, 1_600));
    for (const token of ['no-such-token', link.token, soon.token]) {
      expect((await fetch(`${baton.url}/public/forms/${token}`)).status).toBe(404);
      expect((await publicPost(token, { name: 'x' })).status).toBe(404);
    }
  });

  it('rate-limits submissions per client address', async () => {
    const link = (await create({ formKey: 'feedback' })).data!.createPublicFormLink;
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) statuses.push((await publicPost(link.token, { name: `n${i}` }, '198.51.100.9')).status);
    expect(statuses.slice(0, 10).every((status) => status === 201)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // another address is not affected
    expect((await publicPost(link.token, { name: 'other' }, '198.51.100.10')).status).toBe(201);
  });

  it('refuses bad input to createPublicFormLink and members', async () => {
    expect(codeOf(await create({ formKey: 'nope' }))).toBe('NOT_FOUND');
    expect(codeOf(await create({ formKey: 'feedback', bpmnProcessId: 'nope' }))).toBe('NOT_FOUND');
    const past = await create({ formKey: 'feedback', expiresAt: '2020-01-01T00:00:00Z' });
    expect(codeOf(past)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(past)).toEqual(['expiresAt']);
    const member = await addMember(baton.url, owner, 'MEMBER');
    expect(codeOf(await create({ formKey: 'feedback' }, member))).toBe('FORBIDDEN');
  });
});
