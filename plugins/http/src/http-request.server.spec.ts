import { execFileSync } from 'node:child_process';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { BatonSession, startBatonWithPlugins, TestBaton } from '@baton/sdk/testing';

/**
 * The plugin in a real Baton server (server/dist, embedded PostgreSQL) started by the SDK's startBatonWithPlugins
 * with only this plugin: a deployed process calls an API through the sandboxed connector with a secret token.
 */
const PLUGIN = resolve(__dirname, '..');
let baton: TestBaton;
let admin: BatonSession;
let api: Server;
let seen: { url?: string; authorization?: string } = {};

const MODEL = (url: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="https://baton.example/test">
  <bpmn:process id="call_api" isExecutable="true">
    <bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="call" />
    <bpmn:serviceTask id="call"><bpmn:extensionElements>
      <zeebe:taskDefinition type="baton:http:request" retries="1" />
      <zeebe:ioMapping><zeebe:input source="=&quot;${url}&quot;" target="url" /><zeebe:input source="=&quot;bearer&quot;" target="authentication" /></zeebe:ioMapping>
      <zeebe:taskHeaders><zeebe:header key="token" value="{{secrets.API_TOKEN}}" /><zeebe:header key="resultVariable" value="answer" /></zeebe:taskHeaders>
    </bpmn:extensionElements></bpmn:serviceTask>
    <bpmn:sequenceFlow id="f2" sourceRef="call" targetRef="e" /><bpmn:endEvent id="e" />
  </bpmn:process>
</bpmn:definitions>`;

async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await baton.graphql<T>(query, variables, admin.token);
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

beforeAll(async () => {
  // the server loads the built plugin (dist/), as an installation would
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: PLUGIN });
  api = createServer((req, res) => {
    seen = { url: req.url, authorization: req.headers.authorization };
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((done) => api.listen(0, '127.0.0.1', done));
  const host = `127.0.0.1:${(api.address() as AddressInfo).port}`;
  baton = await startBatonWithPlugins({ plugins: [PLUGIN], env: { BATON_OUTBOUND_ALLOW_HOSTS: host } });
  admin = await baton.signUp();
}, 180_000);
afterAll(async () => {
  await baton?.stop();
  await new Promise<void>((done) => (api ? api.close(() => done()) : done()));
});

describe('baton:http:request in a Baton server started with only this plugin', () => {
  it('lists only this plugin, and runs a deployed service task with its secret token', async () => {
    // given the server's plugins and a secret
    const { installedPlugins } = await ok<{ installedPlugins: { pluginId: string }[] }>(`{ installedPlugins { pluginId } }`);
    expect(installedPlugins.map((p) => p.pluginId)).toEqual(['http']);
    await ok(`mutation { setSecret(name: "API_TOKEN", value: "tok-from-vault") { name } }`);
    const url = `http://${(api.address() as AddressInfo).address}:${(api.address() as AddressInfo).port}/orders`;
    // when a process calling the API is deployed and started
    await ok(`mutation($input: DeployProcessInput!) { deployProcess(input: $input) { id } }`, { input: { bpmnXml: MODEL(url) } });
    const { startProcessInstance } = await ok<{ startProcessInstance: { id: string } }>(`mutation { startProcessInstance(input: { bpmnProcessId: "call_api" }) { id } }`);
    let instance: { state: string; variables: { answer?: { status: number; body: unknown } }; incidents: { message: string }[] } | undefined;
    for (let i = 0; i < 100; i += 1) {
      instance = (await ok<{ processInstance: NonNullable<typeof instance> }>(`query($id: ID!) { processInstance(id: $id) { state variables incidents { message } } }`, { id: startProcessInstance.id })).processInstance;
      if (instance.state !== 'ACTIVE' || instance.incidents.length > 0) break;
      await new Promise((done) => setTimeout(done, 200));
    }
    // then the connector called the API with the token from the vault and the answer is a process variable
    expect(instance).toMatchObject({ state: 'COMPLETED', variables: { answer: { status: 200, body: { ok: true } } } });
    expect(seen).toEqual({ url: '/orders', authorization: 'Bearer tok-from-vault' });
  }, 60_000);

  it('answers a GraphQL error for a member-less token (the helper gives the raw answer)', async () => {
    const answer = await baton.graphql(`{ installedPlugins { pluginId } }`);
    expect(answer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
