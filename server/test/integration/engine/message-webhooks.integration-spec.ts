import { createHmac, randomUUID } from 'node:crypto';
import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { signUp } from '../identity.js';
import { bpmn, flow, ProcessClient } from './process-client.js';

/** POST /hooks/<workspace>/<message>: HMAC-SHA256 signed message webhooks on a real PostgreSQL. */
let baton: RunningBaton;
let client: ProcessClient;
let workspaceId: string;
let key: string;

beforeAll(async () => {
  baton = await startTestApp();
  const owner = await signUp(baton.url);
  client = new ProcessClient(baton.url, owner.token);
  workspaceId = (await client.ok<{ me: { workspace: { id: string } } }>(`{ me { workspace { id } } }`)).me.workspace.id;
  key = (await rotate()).secret;
  await client.deploy(bpmn('delivery', `<bpmn:startEvent id="s" />${flow('f1', 's', 'signed')}<bpmn:intermediateCatchEvent id="signed"><bpmn:messageEventDefinition messageRef="m" /></bpmn:intermediateCatchEvent>
    ${flow('f2', 'signed', 'e')}<bpmn:endEvent id="e" />`).replace('</bpmn:definitions>',
    `<bpmn:message id="m" name="contract-signed"><bpmn:extensionElements><zeebe:subscription correlationKey="=contractId" /></bpmn:extensionElements></bpmn:message></bpmn:definitions>`));
});
afterAll(async () => {
  await baton?.stop();
});

async function rotate(): Promise<{ secret: string; header: string; urlPath: string }> {
  return (await client.ok<{ rotateWebhookKey: { secret: string; header: string; urlPath: string } }>(`mutation { rotateWebhookKey { secret header urlPath updatedAt } }`)).rotateWebhookKey;
}

const sign = (secret: string, body: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

async function post(body: string, signature: string | null, path = `/hooks/${workspaceId}/contract-signed`): Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature !== null) headers['x-baton-signature'] = signature;
  const response = await fetch(`${baton.url}${path}`, { method: 'POST', headers, body });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function storedMessages(): Promise<number> {
  const [row] = await baton.dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE workspace_id = $1`, [workspaceId]);
  return row.n;
}

describe('message webhooks', () => {
  it('the key is shown once and stored sealed', async () => {
    const [row] = await baton.dataSource.query(`SELECT ciphertext FROM webhook_keys WHERE workspace_id = $1`, [workspaceId]);
    expect(key).toMatch(/^whsec_/);
    expect(row.ciphertext).not.toContain(key.slice(6, 20));
  });

  it('a signed delivery publishes the message: it correlates by key and sets the variables', async () => {
    // given an instance waiting for contract-signed with its contractId
    const contractId = randomUUID();
    const i = await client.start('delivery', { contractId });
    // when the signed webhook arrives
    const body = JSON.stringify({ correlationKey: contractId, variables: { signedBy: 'Li Wei' }, messageId: `esign-${contractId}` });
    const response = await post(body, sign(key, body));
    // then 200 with the correlation, and the instance moved on with the variables
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ duplicate: false, correlations: [{ processInstanceId: i.id, elementId: 'signed', started: false }] });
    const done = await client.instance(i.id);
    expect(done.state).toBe('COMPLETED');
    expect(done.variables.signedBy).toBe('Li Wei');
  });

  it('a wrong, missing or stale signature is refused with 401 and leaves no trace', async () => {
    // given a waiting instance and the number of stored messages
    const contractId = randomUUID();
    const i = await client.start('delivery', { contractId });
    const before = await storedMessages();
    const body = JSON.stringify({ correlationKey: contractId });
    // when the body is signed with another key, tampered with, unsigned, or aimed at another workspace
    const attempts = [
      await post(body, sign('not-the-key', body)),
      await post(JSON.stringify({ correlationKey: contractId, variables: { x: 1 } }), sign(key, body)),
      await post(body, null),
      await post(body, sign(key, body), `/hooks/${randomUUID()}/contract-signed`),
      await post(body, sign(key, body), `/hooks/not-a-workspace/contract-signed`),
    ];
    // then every one is 401 UNAUTHENTICATED, nothing was stored and the instance still waits
    expect(attempts.map((a) => a.status)).toEqual([401, 401, 401, 401, 401]);
    expect((attempts[0].json.errors as { extensions: { code: string } }[])[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await storedMessages()).toBe(before);
    expect((await client.instance(i.id)).state).toBe('ACTIVE');
  });

  it('a replayed delivery (same messageId) correlates once', async () => {
    // given two instances waiting with the same key
    const contractId = randomUUID();
    const first = await client.start('delivery', { contractId });
    const second = await client.start('delivery', { contractId });
    const body = JSON.stringify({ correlationKey: contractId, messageId: `delivery-${contractId}`, timeToLive: 0 });
    // when the same signed delivery arrives three times
    const responses = [await post(body, sign(key, body)), await post(body, sign(key, body)), await post(body, sign(key, body))];
    // then the first correlates, the replays answer 200 duplicate and change nothing
    expect(responses.map((r) => [r.status, r.json.duplicate])).toEqual([[200, false], [200, true], [200, true]]);
    expect((await client.instance(first.id)).state).toBe('COMPLETED');
    expect((await client.instance(second.id)).state).toBe('ACTIVE');
  });

  it('bad bodies and unknown messages are typed input errors', async () => {
    const notJson = '{"correlationKey": ';
    expect((await post(notJson, sign(key, notJson))).status).toBe(400);
    const badKey = JSON.stringify({ correlationKey: { nested: true } });
    const refused = await post(badKey, sign(key, badKey));
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.json)).toContain('correlationKey');
    const unknown = JSON.stringify({});
    const response = await post(unknown, sign(key, unknown), `/hooks/${workspaceId}/no-such-message`);
    expect(response.status).toBe(400);
    expect((response.json.errors as { extensions: { reason: string } }[])[0].extensions.reason).toBe('MESSAGE_UNKNOWN');
  });

  it('a rotated key replaces the old one at once', async () => {
    const old = key;
    key = (await rotate()).secret;
    const body = JSON.stringify({ correlationKey: randomUUID() });
    expect((await post(body, sign(old, body))).status).toBe(401);
    expect((await post(body, sign(key, body))).status).toBe(200);
  });
});
