import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { gql } from './graphql-client.js';
import { codeOf, fieldsOf } from './graphql-client.js';
import { Session, signUp } from './identity.js';
import { bpmn, flow, Instance, ProcessClient } from './engine/process-client.js';

const FIXTURES = resolve(__dirname, '../fixtures/plugins/misbehaving');

let baton: RunningBaton;
let owner: Session;
let client: ProcessClient;

/** A process whose one service task is a connector job, with one retry so failures become incidents at once. */
const connectorProcess = (id: string, type: string, extensions = '') =>
  bpmn(id, `<bpmn:startEvent id="s" />${flow('f1', 's', 'call')}<bpmn:serviceTask id="call"><bpmn:extensionElements>
    <zeebe:taskDefinition type="${type}" retries="1" />${extensions}</bpmn:extensionElements></bpmn:serviceTask>${flow('f2', 'call', 'e')}<bpmn:endEvent id="e" />`);

async function settled(id: string): Promise<Instance> {
  for (let i = 0; i < 150; i += 1) {
    const instance = await client.instance(id);
    if (instance.state !== 'ACTIVE' || instance.incidents.some((incident) => incident.state === 'ACTIVE')) return instance;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`instance ${id} did not settle`);
}

beforeAll(async () => {
  baton = await startTestApp({ BATON_PLUGIN_DIRS: FIXTURES, BATON_CONNECTOR_TIMEOUT_MS: '2000', BATON_CONNECTOR_MEMORY_MB: '64', BATON_SECRETS_KEY: 'z'.repeat(40) });
  owner = await signUp(baton.url);
  client = new ProcessClient(baton.url, owner.token);
  await gql(baton.url, `mutation { setSecret(name: "API_TOKEN", value: "tok-1234567890") { name } }`, {}, { token: owner.token });
  await client.deploy(connectorProcess('echo', 'test:echo', `<zeebe:ioMapping><zeebe:input source="=&quot;{{secrets.API_TOKEN}}&quot;" target="note" /><zeebe:input source="=&quot;from-variable&quot;" target="token" /></zeebe:ioMapping>
    <zeebe:taskHeaders><zeebe:header key="token" value="{{secrets.API_TOKEN}}" /><zeebe:header key="resultVariable" value="echoed" /></zeebe:taskHeaders>`));
  for (const kind of ['throw', 'hang', 'oom', 'exit', 'env']) await client.deploy(connectorProcess(kind, `test:${kind}`));
});
afterAll(() => baton?.stop());

describe('plugin host', () => {
  it('runs a connector job in its sandbox: the secret field from the model header, a {{secrets.X}} variable left literal', async () => {
    const done = await settled((await client.start('echo')).id);
    expect(done.state).toBe('COMPLETED');
    // the token came from the header's secret (14 characters, "tok"), not from the variable "token" the model also set
    expect(done.variables.echoed).toEqual({ tokenLength: 14, tokenPrefix: 'tok', note: '{{secrets.API_TOKEN}}', jobId: expect.any(String) });
    expect(JSON.stringify(done.variables)).not.toContain('tok-1234567890');
  });

  it('gives connectors none of the server’s environment variables', async () => {
    const done = await settled((await client.start('env')).id);
    expect(done.variables.result).toEqual({ keys: [] });
  });

  it.each([
    ['throws', 'throw', /boom from the connector/],
    ['hangs past its time limit', 'hang', /did not finish within 2000 ms/],
    ['exhausts its memory', 'oom', /memory|ended without an answer/],
    ['calls process.exit', 'exit', /exit code 3/],
  ])('turns a connector that %s into an incident, and the server keeps serving', async (_title, kind, message) => {
    const instance = await settled((await client.start(kind)).id);
    expect(instance.state).toBe('ACTIVE');
    expect(instance.incidents).toEqual([expect.objectContaining({ type: 'JOB_NO_RETRIES', elementId: 'call', state: 'ACTIVE', message: expect.stringMatching(message) })]);
    expect((await fetch(`${baton.url}/healthz`)).status).toBe(200);
  }, 30_000);
});

describe('per-workspace outbound allow-list', () => {
  let internal: Server;
  let host: string;
  beforeAll(async () => {
    internal = createServer((_req, res) => res.writeHead(204).end());
    await new Promise<void>((done) => internal.listen(0, '127.0.0.1', done));
    host = `127.0.0.1:${(internal.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => internal.close(() => done())));

  const fetchProcess = (url: string) => connectorProcess('fetch', 'test:fetch', `<zeebe:ioMapping><zeebe:input source="=&quot;${url}&quot;" target="url" /></zeebe:ioMapping>`);

  it('refuses an internal host until the workspace allows it, for that workspace only', async () => {
    await client.deploy(fetchProcess(`http://${host}/ping`));
    const blocked = await settled((await client.start('fetch')).id);
    expect(blocked.incidents[0]).toMatchObject({ type: 'JOB_NO_RETRIES', message: expect.stringContaining('SsrfError') });
    // when an admin allows the host:port, a new instance reaches it
    const set = await gql<{ setOutboundAllowList: string[] }>(baton.url, `mutation($h: [String!]!) { setOutboundAllowList(hosts: $h) }`, { h: [host] }, { token: owner.token });
    expect(set.data!.setOutboundAllowList).toEqual([host]);
    const allowed = await settled((await client.start('fetch')).id);
    expect(allowed.state).toBe('COMPLETED');
    expect(allowed.variables.result).toEqual({ status: 204 });
    // another workspace with the same model is still refused
    const stranger = await signUp(baton.url);
    const theirs = new ProcessClient(baton.url, stranger.token);
    await theirs.deploy(fetchProcess(`http://${host}/ping`));
    const instance = await theirs.start('fetch');
    for (let i = 0; i < 100 && (await theirs.instance(instance.id)).incidents.length === 0; i += 1) await new Promise((done) => setTimeout(done, 100));
    expect((await theirs.instance(instance.id)).incidents[0]).toMatchObject({ message: expect.stringContaining('SsrfError') });
  }, 30_000);

  it('refuses hosts that are not host names, naming each', async () => {
    const result = await gql(baton.url, `mutation($h: [String!]!) { setOutboundAllowList(hosts: $h) }`, { h: ['ok.example.com', 'http://x/', 'a b'] }, { token: owner.token });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['hosts[1]', 'hosts[2]']);
  });
});
