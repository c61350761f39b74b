import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { call, createApp, group, ok, renewalBpmn, renewalFormSchema } from './apps-fixtures.js';
import { codeOf, fieldsOf } from './graphql-client.js';
import { addMember, Session, signUp } from './identity.js';

let baton: RunningBaton;
let url: string;
let owner: Session;
let builder: Session;
let member: Session;
let manager: Session;

const APP = `query($key: String!) { app(key: $key) { key name nameZhCN nameEn icon archivedAt
  forms { formKey name latestVersion } processes { bpmnProcessId name latestVersion startFormKey } myOpenTasks myRecords } }`;

interface AppShape {
  key: string;
  name: string;
  icon: string | null;
  archivedAt: string | null;
  forms: { formKey: string; name: string; latestVersion: number | null }[];
  processes: { bpmnProcessId: string; name: string | null; latestVersion: number | null; startFormKey: string | null }[];
  myOpenTasks: number;
  myRecords: number;
}

beforeAll(async () => {
  baton = await startTestApp();
  url = baton.url;
  owner = await signUp(url, { workspaceName: 'Renewals Co' });
  builder = await addMember(url, owner, 'BUILDER');
  member = await addMember(url, owner, 'MEMBER');
  manager = await addMember(url, owner, 'MEMBER');
  await group(url, owner, 'sales-managers', 'Sales managers', [manager]);
  await group(url, owner, 'finance', 'Finance', []);
});
afterAll(() => baton?.stop());

describe('apps', () => {
  it('are created by builders with zh-CN and en names; members may not', async () => {
    // when a member tries / then FORBIDDEN
    const denied = await call(url, member, `mutation { createApp(input: { key: "member-app", nameZhCN: "甲", nameEn: "A" }) { id } }`);
    expect(codeOf(denied)).toBe('FORBIDDEN');
    // when a builder creates one
    await createApp(url, builder);
    // then it reads in the request language
    const zh = await ok<{ app: AppShape }>(url, member, APP, { key: 'customer-renewal' }, 'zh-CN');
    const en = await ok<{ app: AppShape }>(url, member, APP, { key: 'customer-renewal' });
    expect(zh.app).toMatchObject({ name: '客户续费审批', icon: 'Document', forms: [], processes: [], myOpenTasks: 0, myRecords: 0 });
    expect(en.app.name).toBe('Customer renewal approval');
  });

  it('refuse bad keys, empty names and bad icons together, and taken keys', async () => {
    const bad = await call(url, builder, `mutation { createApp(input: { key: "Bad Key", nameZhCN: "", nameEn: "x", icon: "<svg>" }) { id } }`);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad).sort()).toEqual(['icon', 'key', 'nameZhCN']);
    const taken = await call(url, owner, `mutation { createApp(input: { key: "customer-renewal", nameZhCN: "重复", nameEn: "Again" }) { id } }`);
    expect(codeOf(taken)).toBe('CONFLICT');
    expect(fieldsOf(taken)).toEqual(['key']);
  });

  it('list forms and processes with latest version and start form, and the caller’s open tasks and records', async () => {
    // given a deployed form and process
    await ok(url, builder, `mutation($s: JSON!) { deployForm(input: { schema: $s }) { id } }`, { s: renewalFormSchema() });
    await ok(url, builder, `mutation($x: String!, $f: [JSON!]) { deployProcess(input: { bpmnXml: $x, forms: $f }) { id } }`, { x: renewalBpmn(), f: [renewalFormSchema()] });
    // when unknown ones are added / then NOT_FOUND naming the key
    const noForm = await call(url, builder, `mutation { addFormToApp(appKey: "customer-renewal", formKey: "nope") { key } }`);
    expect([codeOf(noForm), fieldsOf(noForm)]).toEqual(['NOT_FOUND', ['formKey']]);
    const noProcess = await call(url, builder, `mutation { addProcessToApp(appKey: "customer-renewal", bpmnProcessId: "nope") { key } }`);
    expect([codeOf(noProcess), fieldsOf(noProcess)]).toEqual(['NOT_FOUND', ['bpmnProcessId']]);
    expect(codeOf(await call(url, member, `mutation { addFormToApp(appKey: "customer-renewal", formKey: "renewal_request") { key } }`))).toBe('FORBIDDEN');
    // when the deployed ones are added (twice: idempotent)
    for (let i = 0; i < 2; i++) {
      await ok(url, builder, `mutation { addFormToApp(appKey: "customer-renewal", formKey: "renewal_request") { key } }`);
      await ok(url, builder, `mutation { addProcessToApp(appKey: "customer-renewal", bpmnProcessId: "customer_renewal") { key } }`);
    }
    // and a member submits a record and starts an instance, which waits for the sales managers
    await ok(url, member, `mutation($d: JSON!) { submitRecord(input: { formKey: "renewal_request", data: $d }) { id } }`, { d: { customer: 'Acme', amount: 1000 } });
    await ok(url, member, `mutation { startProcessInstance(input: { bpmnProcessId: "customer_renewal", variables: { discount: 20 } }) { id } }`);
    // then the app home shows them, and each caller's own counts
    const mine = (await ok<{ app: AppShape }>(url, member, APP, { key: 'customer-renewal' })).app;
    expect(mine.forms).toEqual([{ formKey: 'renewal_request', name: 'renewal_request', latestVersion: 1 }]);
    expect(mine.processes).toEqual([{ bpmnProcessId: 'customer_renewal', name: 'Customer renewal approval', latestVersion: 1, startFormKey: 'renewal_request' }]);
    expect([mine.myRecords, mine.myOpenTasks]).toEqual([1, 0]);
    const managers = (await ok<{ app: AppShape }>(url, manager, APP, { key: 'customer-renewal' })).app;
    expect([managers.myRecords, managers.myOpenTasks]).toEqual([0, 1]);
  });

  it('remove a form from an app, and say NOT_FOUND for one not in it', async () => {
    await ok(url, builder, `mutation { addFormToApp(appKey: "customer-renewal", formKey: "renewal_request") { key } }`);
    const removed = await ok<{ removeFormFromApp: AppShape }>(url, builder, `mutation { removeFormFromApp(appKey: "customer-renewal", formKey: "renewal_request") { forms { formKey } } }`);
    expect(removed.removeFormFromApp.forms).toEqual([]);
    const again = await call(url, builder, `mutation { removeFormFromApp(appKey: "customer-renewal", formKey: "renewal_request") { key } }`);
    expect([codeOf(again), fieldsOf(again)]).toEqual(['NOT_FOUND', ['formKey']]);
    await ok(url, builder, `mutation { addFormToApp(appKey: "customer-renewal", formKey: "renewal_request") { key } }`);
  });

  it('update names and icon, and archive: hidden from members, frozen for changes', async () => {
    await createApp(url, builder, 'old-app');
    const updated = await ok<{ updateApp: AppShape }>(url, builder, `mutation { updateApp(input: { key: "old-app", nameEn: "Old app", icon: "" }) { name icon } }`);
    expect(updated.updateApp).toEqual({ name: 'Old app', icon: null });
    expect(codeOf(await call(url, builder, `mutation { updateApp(input: { key: "old-app", nameEn: "" }) { key } }`))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(url, member, `mutation { archiveApp(key: "old-app") { key } }`))).toBe('FORBIDDEN');
    // when archived
    const archived = await ok<{ archiveApp: AppShape }>(url, builder, `mutation { archiveApp(key: "old-app") { archivedAt } }`);
    expect(archived.archiveApp.archivedAt).not.toBeNull();
    // then members no longer list it, builders can, and it cannot change
    const listed = await ok<{ apps: { key: string }[] }>(url, member, `{ apps { key } }`);
    expect(listed.apps.map((a) => a.key)).toEqual(['customer-renewal']);
    const all = await ok<{ apps: { key: string }[] }>(url, builder, `{ apps(includeArchived: true) { key } }`);
    expect(all.apps.map((a) => a.key)).toEqual(['customer-renewal', 'old-app']);
    expect(codeOf(await call(url, member, `{ apps(includeArchived: true) { key } }`))).toBe('FORBIDDEN');
    expect(codeOf(await call(url, builder, `mutation { updateApp(input: { key: "old-app", nameEn: "Again" }) { key } }`))).toBe('CONFLICT');
    expect(codeOf(await call(url, builder, `mutation { archiveApp(key: "old-app") { key } }`))).toBe('CONFLICT');
    expect(codeOf(await call(url, member, `{ app(key: "missing-app") { key } }`))).toBe('NOT_FOUND');
  });

  it('stay inside their workspace', async () => {
    // given another workspace with the same app key
    const other = await signUp(url, { workspaceName: 'Elsewhere' });
    await createApp(url, other);
    await ok(url, other, `mutation { updateApp(input: { key: "customer-renewal", nameEn: "Secret renewal" }) { key } }`);
    // then neither sees the other's app or items
    const ours = await ok<{ app: AppShape }>(url, member, APP, { key: 'customer-renewal' });
    expect(ours.app.name).toBe('Customer renewal approval');
    const theirs = await ok<{ app: AppShape }>(url, other, APP, { key: 'customer-renewal' });
    expect(theirs.app).toMatchObject({ name: 'Secret renewal', forms: [], processes: [] });
  });
});
