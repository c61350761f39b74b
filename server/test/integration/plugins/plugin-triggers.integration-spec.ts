import { createHmac, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { gql } from '../graphql-client.js';
import { signUp } from '../identity.js';
import { bpmn, flow, ProcessClient } from '../engine/process-client.js';
import { FIXTURES } from './plugin-packages.js';

/**
 * Plugin triggers at run time: POST /hooks/<workspace>/triggers/<type>, signed like message webhooks, mapped by the
 * plugin's trigger in its sandbox, published as a message that starts or moves processes. Real PostgreSQL.
 */
let baton: RunningBaton;
let client: ProcessClient;
let token: string;
let workspaceId: string;
let key: string;

const sign = (secret: string, body: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

interface Answer {
  status: number;
  json: { messageName?: string; pluginId?: string; version?: string; correlations?: { processInstanceId: string; bpmnProcessId: string; started: boolean }[]; errors?: { message: string; extensions: { code: string; reason: string; fields?: { key: string }[] } }[] };
}

async function post(type: string, body: string, signature: string | null = sign(key, body), workspace = workspaceId): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature !== null) headers['x-baton-signature'] = signature;
  const response = await fetch(`${baton.url}/hooks/${workspace}/triggers/${type}`, { method: 'POST', headers, body });
  return { status: response.status, json: (await response.json()) as Answer['json'] };
}

const storedMessages = async () => (await baton.dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE workspace_id = $1`, [workspaceId]))[0].n as number;
const error = (answer: Answer) => ({ status: answer.status, code: answer.json.errors?.[0].extensions.code, reason: answer.json.errors?.[0].extensions.reason, fields: answer.json.errors?.[0].extensions.fields?.map((f) => f.key) });

beforeAll(async () => {
  baton = await startTestApp({ BATON_PLUGIN_DIRS: join(FIXTURES, 'crm'), BATON_SECRETS_KEY: 't'.repeat(40) });
  const owner = await signUp(baton.url);
  ({ token, workspaceId } = owner);
  client = new ProcessClient(baton.url, token);
  key = (await client.ok<{ rotateWebhookKey: { secret: string } }>(`mutation { rotateWebhookKey { secret } }`)).rotateWebhookKey.secret;
  // a process started by the lead-created message, and one whose instances wait for lead-updated by lead id
  await client.deploy(bpmn('onboard', `<bpmn:startEvent id="s"><bpmn:messageEventDefinition messageRef="m1" /></bpmn:startEvent>${flow('f1', 's', 'e')}<bpmn:endEvent id="e" />`)
    .replace('</bpmn:definitions>', '<bpmn:message id="m1" name="lead-created" /></bpmn:definitions>'));
  await client.deploy(bpmn('follow', `<bpmn:startEvent id="s" />${flow('f1', 's', 'wait')}<bpmn:intermediateCatchEvent id="wait"><bpmn:messageEventDefinition messageRef="m2" /></bpmn:intermediateCatchEvent>${flow('f2', 'wait', 'e')}<bpmn:endEvent id="e" />`)
    .replace('</bpmn:definitions>', '<bpmn:message id="m2" name="lead-updated"><bpmn:extensionElements><zeebe:subscription correlationKey="=leadId" /></bpmn:extensionElements></bpmn:message></bpmn:definitions>'));
}, 60_000);
afterAll(() => baton?.stop());

describe('plugin triggers', () => {
  it('a signed event is mapped by the plugin’s trigger and starts a process by its message start event', async () => {
    // given a signed lead-created event
    const body = JSON.stringify({ lead: { id: 'L-1', email: 'wang.fang@example.com' }, deliveryId: 'crm-1' });
    // when it is posted to the trigger's endpoint
    const answer = await post('test:crm:lead-created', body);
    // then the message the trigger mapped started "onboard" with the mapped variables
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ messageName: 'lead-created', pluginId: 'crm', version: '1.2.0', correlations: [{ bpmnProcessId: 'onboard', started: true }] });
    const started = await client.instance(answer.json.correlations![0].processInstanceId);
    expect(started.state).toBe('COMPLETED');
    expect(started.variables).toMatchObject({ leadId: 'L-1', email: 'wang.fang@example.com' });
    // and the same delivery again (the trigger maps deliveryId to the messageId) publishes nothing new
    const again = await post('test:crm:lead-created', body);
    expect(error(again)).toMatchObject({ status: 409, code: 'CONFLICT' });
  });

  it('correlates to a waiting instance with the key the trigger mapped', async () => {
    // given an instance waiting for lead-updated of lead L-2
    const waiting = await client.start('follow', { leadId: 'L-2' });
    // when the CRM posts the update
    const answer = await post('test:crm:lead-updated', JSON.stringify({ id: 'L-2', status: 'qualified' }));
    // then that instance moved on with the status
    expect(answer.json.correlations).toEqual([expect.objectContaining({ processInstanceId: waiting.id, started: false })]);
    const done = await client.instance(waiting.id);
    expect(done.state).toBe('COMPLETED');
    expect(done.variables.status).toBe('qualified');
  });

  it.each([
    { title: 'a wrong signature', type: 'test:crm:lead-created', body: '{"lead":{"id":"x","email":"a@b.cn"}}', signature: 'sha256=' + '0'.repeat(64), expected: { status: 401, code: 'UNAUTHENTICATED', reason: 'BAD_SIGNATURE' } },
    { title: 'no signature', type: 'test:crm:lead-created', body: '{"lead":{"id":"x","email":"a@b.cn"}}', signature: null, expected: { status: 401, code: 'UNAUTHENTICATED', reason: 'BAD_SIGNATURE' } },
    { title: 'a body signed with another key', type: 'test:crm:lead-created', body: '{"lead":{"id":"x","email":"a@b.cn"}}', signature: sign('whsec_other', '{"lead":{"id":"x","email":"a@b.cn"}}'), expected: { status: 401, code: 'UNAUTHENTICATED' } },
    { title: 'an unknown trigger type', type: 'test:crm:nope', body: '{}', expected: { status: 404, code: 'NOT_FOUND', reason: 'UNKNOWN_TRIGGER', fields: ['type'] } },
    // (the JSON body parser refuses it before the trigger is reached)
    { title: 'a body that is not JSON', type: 'test:crm:lead-created', body: 'lead=1', expected: { status: 400, code: 'BAD_USER_INPUT' } },
    { title: 'a payload the trigger’s schema refuses', type: 'test:crm:lead-created', body: '{"lead":{"id":"x","email":"not-an-email"}}', expected: { status: 400, code: 'BAD_USER_INPUT', reason: 'BAD_PAYLOAD', fields: ['lead.email'] } },
    { title: 'a trigger whose mapping throws', type: 'test:crm:broken', body: '{"any":1}', expected: { status: 400, code: 'BAD_USER_INPUT', reason: 'TRIGGER_FAILED', fields: ['test:crm:broken'] } },
  ])('refuses $title and publishes nothing', async ({ type, body, signature, expected }) => {
    // given the number of stored messages
    const before = await storedMessages();
    // when the delivery arrives
    const answer = await post(type, body, signature === undefined ? sign(key, body) : signature);
    // then it is refused with a typed error naming what is wrong, nothing is published, and the server keeps serving
    expect(error(answer)).toMatchObject(expected);
    expect(await storedMessages()).toBe(before);
    expect((await fetch(`${baton.url}/healthz`)).status).toBe(200);
  });

  it('names the trigger’s own error, and refuses a workspace that is not a uuid as a bad signature', async () => {
    const broken = await post('test:crm:broken', '{}');
    expect(broken.json.errors![0].message).toContain('Trigger test:crm:broken (crm 1.2.0) failed to handle the event, so no message was published: Error: the CRM payload format changed');
    const notUuid = await post('test:crm:lead-created', '{}', sign(key, '{}'), 'not-a-workspace');
    expect(error(notUuid)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('refuses events for a plugin the workspace disabled, naming it, until it is enabled again', async () => {
    // given the CRM plugin switched off
    await gql(baton.url, `mutation { setPluginEnabled(pluginId: "crm", enabled: false) { enabled } }`, {}, { token });
    const body = JSON.stringify({ lead: { id: `L-${randomUUID()}`, email: 'li.na@example.com' } });
    // when an event arrives, then it is refused
    const refused = await post('test:crm:lead-created', body);
    expect(error(refused)).toMatchObject({ status: 403, code: 'FORBIDDEN', reason: 'TRIGGER_DISABLED' });
    expect(refused.json.errors![0].message).toContain('Plugin "CRM" (crm) is disabled in this workspace');
    // and once enabled it starts the process again
    await gql(baton.url, `mutation { setPluginEnabled(pluginId: "crm", enabled: true) { enabled } }`, {}, { token });
    expect((await post('test:crm:lead-created', body)).status).toBe(200);
  });

  it('another workspace’s key does not open this workspace’s triggers', async () => {
    const stranger = await signUp(baton.url);
    const theirKey = (await new ProcessClient(baton.url, stranger.token).ok<{ rotateWebhookKey: { secret: string } }>(`mutation { rotateWebhookKey { secret } }`)).rotateWebhookKey.secret;
    const body = JSON.stringify({ lead: { id: 'L-9', email: 'a@b.cn' } });
    expect(error(await post('test:crm:lead-created', body, sign(theirKey, body)))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });
});
