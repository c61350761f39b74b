import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { call, createApp, group, ok, renewalBpmn, renewalFormSchema } from './apps-fixtures.js';
import { codeOf, fieldsOf } from './graphql-client.js';
import { addMember, Session, signUp } from './identity.js';

let baton: RunningBaton;
let url: string;
let owner: Session;
let member: Session;

const HANDBOOK = `query($key: String!, $lang: String) { appHandbook(key: $key, lang: $lang) { appKey lang title html generatedAt } }`;

interface Handbook {
  appKey: string;
  lang: string;
  title: string;
  html: string;
}

beforeAll(async () => {
  baton = await startTestApp();
  url = baton.url;
  owner = await signUp(url, { workspaceName: 'Handbook Co' });
  member = await addMember(url, owner, 'MEMBER');
  await group(url, owner, 'sales-managers', 'Sales managers', []);
  await group(url, owner, 'finance', 'Finance', []);
  await createApp(url, owner);
  await ok(url, owner, `mutation($s: JSON!) { deployForm(input: { schema: $s, name: "Renewal request" }) { id } }`, { s: renewalFormSchema() });
  await ok(url, owner, `mutation($x: String!, $f: [JSON!]) { deployProcess(input: { bpmnXml: $x, forms: $f }) { id } }`, { x: renewalBpmn(), f: [renewalFormSchema()] });
  await ok(url, owner, `mutation { addProcessToApp(appKey: "customer-renewal", bpmnProcessId: "customer_renewal") { key } }`);
});
afterAll(() => baton?.stop());

describe('appHandbook', () => {
  it('gives members the latest deployed process as an HTML handbook in the language asked for', async () => {
    // when a member asks for the Chinese handbook
    const zh = (await ok<{ appHandbook: Handbook }>(url, member, HANDBOOK, { key: 'customer-renewal', lang: 'zh-CN' })).appHandbook;
    // then it has the diagram and each step in Chinese, with the workspace's group names
    expect(zh).toMatchObject({ appKey: 'customer-renewal', lang: 'zh-CN', title: '客户续费审批 · 流程手册' });
    expect(zh.html).toMatch(/^<!DOCTYPE html>/);
    expect(zh.html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(zh.html).toContain('data-process-id="customer_renewal"');
    expect(zh.html).toContain('以下组的成员： Sales managers组');
    expect(zh.html).toContain('<strong>期限:</strong> 2030-01-31T12:00:00Z');
    expect(zh.html).toContain('当 Discount %大于 15 → <strong>Finance approval</strong>');
    expect(zh.html).toContain('<td>只读</td>');
    // and in English by default for an English request
    const en = (await ok<{ appHandbook: Handbook }>(url, member, HANDBOOK, { key: 'customer-renewal' })).appHandbook;
    expect(en.lang).toBe('en');
    expect(en.html).toContain('members of Sales managers');
    expect(en.html).toContain('otherwise → <strong>Decided</strong>');
  });

  it('uses the newest version after a redeploy', async () => {
    await ok(url, owner, `mutation($x: String!, $f: [JSON!]) { deployProcess(input: { bpmnXml: $x, forms: $f }) { id } }`, { x: renewalBpmn({ threshold: 25 }), f: [renewalFormSchema()] });
    const en = (await ok<{ appHandbook: Handbook }>(url, member, HANDBOOK, { key: 'customer-renewal' })).appHandbook;
    expect(en.html).toContain('version 2');
    expect(en.html).toContain('is greater than 25');
    expect(en.html).not.toContain('is greater than 15');
  });

  it('refuses other languages and unknown apps, and says so for an app without processes', async () => {
    const fr = await call(url, member, HANDBOOK, { key: 'customer-renewal', lang: 'fr' });
    expect([codeOf(fr), fieldsOf(fr)]).toEqual(['BAD_USER_INPUT', ['lang']]);
    expect(codeOf(await call(url, member, HANDBOOK, { key: 'nope-app' }))).toBe('NOT_FOUND');
    await createApp(url, owner, 'empty-app');
    const empty = (await ok<{ appHandbook: Handbook }>(url, member, HANDBOOK, { key: 'empty-app' })).appHandbook;
    expect(empty.html).toContain('This app has no deployed process yet.');
    const stranger = await signUp(url, { workspaceName: 'Elsewhere' });
    expect(codeOf(await call(url, stranger, HANDBOOK, { key: 'customer-renewal' }))).toBe('NOT_FOUND');
  });
});
