import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { BatonSession, startBatonWithPlugins, TestBaton } from '@baton/sdk/testing';
import { startSmtpSink } from './test-support/smtp-sink.js';

/**
 * The plugin in a real Baton server (server/dist, embedded PostgreSQL, the connector in its sandbox) with a real SMTP
 * server on loopback: a record file uploaded by a member becomes an attachment; the SMTP host passes the SSRF rule
 * only once the workspace's allow-list names it; another workspace's file id is refused.
 */
const PLUGIN = resolve(__dirname, '..');
let baton: TestBaton;
let admin: BatonSession;
let other: BatonSession;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;

const MODEL = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="https://baton.example/test">
  <bpmn:process id="mail_contract" isExecutable="true">
    <bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="mail" />
    <bpmn:serviceTask id="mail"><bpmn:extensionElements>
      <zeebe:taskDefinition type="baton:email:send" retries="1" />
      <zeebe:ioMapping>
        <zeebe:input source="=&quot;127.0.0.1&quot;" target="smtpHost" /><zeebe:input source="=smtpPort" target="smtpPort" />
        <zeebe:input source="=&quot;baton&quot;" target="smtpUser" /><zeebe:input source="=&quot;noreply@baton.example&quot;" target="from" />
        <zeebe:input source="=customerEmail" target="to" /><zeebe:input source="=&quot;续约合同：&quot; + customer" target="subject" />
        <zeebe:input source="=&quot;请查收附件。&quot;" target="text" /><zeebe:input source="=contract" target="attachments" />
      </zeebe:ioMapping>
      <zeebe:taskHeaders><zeebe:header key="smtpPassword" value="{{secrets.SMTP_PASSWORD}}" /><zeebe:header key="resultVariable" value="sent" /></zeebe:taskHeaders>
    </bpmn:extensionElements></bpmn:serviceTask>
    <bpmn:sequenceFlow id="f2" sourceRef="mail" targetRef="e" /><bpmn:endEvent id="e" />
  </bpmn:process>
</bpmn:definitions>`;

interface Instance {
  state: string;
  variables: Record<string, unknown>;
  incidents: { message: string }[];
}

async function ok<T>(session: BatonSession, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await baton.graphql<T>(query, variables, session.token);
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

async function upload(session: BatonSession, name: string, bytes: Buffer): Promise<string> {
  const form = new FormData();
  form.set('file', new Blob([bytes]), name);
  const res = await fetch(`${baton.url}/api/files`, { method: 'POST', body: form, headers: { authorization: `Bearer ${session.token}` } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** Starts the process with the contract file id as a filepicker field gives it, and waits until it settles. */
async function run(contract: unknown): Promise<Instance> {
  const variables = { smtpPort: smtp.port, customerEmail: '王芳 <wang.fang@example.com>', customer: '华为', contract };
  const { startProcessInstance } = await ok<{ startProcessInstance: { id: string } }>(admin, `mutation($v: JSON) { startProcessInstance(input: { bpmnProcessId: "mail_contract", variables: $v }) { id } }`, { v: variables });
  for (let i = 0; i < 150; i += 1) {
    const { processInstance } = await ok<{ processInstance: Instance }>(admin, `query($id: ID!) { processInstance(id: $id) { state variables incidents { message } } }`, { id: startProcessInstance.id });
    if (processInstance.state !== 'ACTIVE' || processInstance.incidents.length > 0) return processInstance;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`instance ${startProcessInstance.id} did not settle:\n${baton.output().slice(-2000)}`);
}

beforeAll(async () => {
  // the server loads the built plugin (dist/), as an installation would
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: PLUGIN });
  smtp = await startSmtpSink({ user: 'baton', password: 'smtp-密码-s3cret' });
  baton = await startBatonWithPlugins({ plugins: [PLUGIN] });
  admin = await baton.signUp();
  other = await baton.signUp();
  await ok(admin, `mutation { setSecret(name: "SMTP_PASSWORD", value: "smtp-密码-s3cret") { name } }`);
  await ok(admin, `mutation($input: DeployProcessInput!) { deployProcess(input: $input) { id } }`, { input: { bpmnXml: MODEL } });
}, 180_000);
afterAll(async () => {
  await baton?.stop();
  await smtp?.close();
});
beforeEach(() => (smtp.received.length = 0));

describe('baton:email:send in a Baton server', () => {
  it('refuses the loopback SMTP host until the workspace allow-list names it (SSRF), then sends', async () => {
    const contract = await upload(admin, 'contract.pdf', Buffer.from('%PDF-1.7 x'));
    // given no allow-list entry: the job fails on the SSRF rule and nothing reaches the SMTP server
    const refused = await run(contract);
    expect(refused.incidents[0].message).toMatch(/refused \(blocked-address\).*127\.0\.0\.1 is not a public address/);
    expect(smtp.received).toHaveLength(0);
    // when an admin opens the host:port, then the same process sends
    await ok(admin, `mutation($hosts: [String!]!) { setOutboundAllowList(hosts: $hosts) }`, { hosts: [`127.0.0.1:${smtp.port}`] });
    expect((await run(contract)).state).toBe('COMPLETED');
    expect(smtp.received).toHaveLength(1);
  }, 60_000);

  it('attaches the record files a filepicker holds, with their names and exact bytes', async () => {
    const pdf = Buffer.from('%PDF-1.7 续约合同 2026');
    const sheet = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10]);
    const ids = [await upload(admin, '续约合同.pdf', pdf), await upload(admin, 'quote.xlsx', sheet)];
    const done = await run(ids);
    expect(done).toMatchObject({ state: 'COMPLETED', variables: { sent: { messageId: expect.any(String), accepted: ['wang.fang@example.com'] } } });
    const [{ mail }] = smtp.received;
    expect(mail.subject).toBe('续约合同：华为');
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([['续约合同.pdf', 'application/pdf'], ['quote.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']]);
    expect(mail.attachments[0].content.equals(pdf)).toBe(true);
    expect(mail.attachments[1].content.equals(sheet)).toBe(true);
    // the bytes went to the mail, not into the process: the variable still holds the ids only
    expect(done.variables.contract).toEqual(ids);
    expect(JSON.stringify(done.variables)).not.toContain(pdf.toString('base64'));
  }, 60_000);

  it('refuses a file of another workspace as unknown, naming the item, and sends nothing', async () => {
    const foreign = await upload(other, 'secret.pdf', Buffer.from('%PDF other workspace'));
    const failed = await run([foreign]);
    expect(failed.state).toBe('ACTIVE');
    expect(failed.incidents[0].message).toContain(`attachments.0: No file ${foreign} in this workspace. / attachments.0：本工作区没有文件 ${foreign}。`);
    expect(smtp.received).toHaveLength(0);
  }, 60_000);
});
