import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { deployed, renewalForm, submitted } from './forms/form-helpers.js';
import { codeOf, gql } from './graphql-client.js';
import { addMember, Session, signUp } from './identity.js';

/**
 * Forms and records across workspaces: an owner of A aims every form and record operation at B's form key and
 * record id. Reads answer NOT_FOUND (or A's own, empty view), writes change nothing in B. Complements the lead's
 * operations table (isolation.integration-spec.ts), whose workspace B holds no forms.
 */
let baton: RunningBaton;
let url: string;
let ownerA: Session;
let b: { formKey: string; recordId: string; viewId: string; secret: string };

const snapshotOfB = async (workspaceId: string) => JSON.stringify(await Promise.all(
  ['forms', 'records', 'record_changes', 'serial_counters', 'record_views'].map((t) => baton.dataSource.query(`SELECT to_jsonb(x) AS row FROM ${t} x WHERE workspace_id = $1 ORDER BY 1`, [workspaceId])),
));

let workspaceB: string;

beforeAll(async () => {
  baton = await startTestApp();
  url = baton.url;
  ownerA = await signUp(url, { workspaceName: 'Alpha' });
  await deployed(url, ownerA, { id: 'alpha_only', components: [{ type: 'textfield', key: 'note' }] });
  const ownerB = await signUp(url, { workspaceName: 'Bravo' });
  workspaceB = ownerB.workspaceId;
  await deployed(url, ownerB, renewalForm('bravo_renewal'));
  const record = await submitted(url, ownerB, 'bravo_renewal', { customer: 'Bravo Secret Customer', amount: 77 });
  const view = await gql<{ saveRecordView: { id: string } }>(url, `mutation { saveRecordView(input: { formKey: "bravo_renewal", name: "Bravo Secret View", shared: true }) { id } }`, {}, { token: ownerB.token });
  b = { formKey: 'bravo_renewal', recordId: record.id, viewId: view.data!.saveRecordView.id, secret: 'Bravo Secret' };
});
afterAll(() => baton?.stop());

const calls = (): { name: string; query: string; variables: Record<string, unknown>; code: string | null }[] => [
  { name: 'form', query: `query($k: String!) { form(formKey: $k) { id schema } }`, variables: { k: b.formKey }, code: 'NOT_FOUND' },
  { name: 'forms', query: `{ forms { formKey } }`, variables: {}, code: null },
  { name: 'formDeployPreview', query: `query($s: JSON!) { formDeployPreview(schema: $s) { previousVersion removedFields { key recordCount } } }`, variables: { s: { id: b.formKey, components: [] } }, code: null },
  { name: 'records', query: `query($k: String!) { records(formKey: $k) { totalCount nodes { data } } }`, variables: { k: b.formKey }, code: 'NOT_FOUND' },
  { name: 'record', query: `query($id: ID!) { record(id: $id) { data } }`, variables: { id: b.recordId }, code: 'NOT_FOUND' },
  { name: 'recordHistory', query: `query($id: ID!) { recordHistory(id: $id) { action } }`, variables: { id: b.recordId }, code: 'NOT_FOUND' },
  { name: 'submitRecord', query: `mutation($k: String!) { submitRecord(input: { formKey: $k, data: { customer: "Mallory", amount: 1 } }) { id } }`, variables: { k: b.formKey }, code: 'NOT_FOUND' },
  { name: 'updateRecord', query: `mutation($id: ID!) { updateRecord(input: { id: $id, data: { customer: "Mallory", amount: 1 } }) { id } }`, variables: { id: b.recordId }, code: 'NOT_FOUND' },
  { name: 'deleteRecord', query: `mutation($id: ID!) { deleteRecord(id: $id) { id } }`, variables: { id: b.recordId }, code: 'NOT_FOUND' },
  { name: 'updateRecords', query: `mutation($id: ID!) { updateRecords(input: { ids: [$id], set: { customer: "Mallory" } }) { id } }`, variables: { id: b.recordId }, code: 'NOT_FOUND' },
  { name: 'saveRecordView', query: `mutation($k: String!) { saveRecordView(input: { formKey: $k, name: "Spy" }) { id } }`, variables: { k: b.formKey }, code: 'NOT_FOUND' },
  { name: 'recordViews', query: `query($k: String!) { recordViews(formKey: $k) { id name filter } }`, variables: { k: b.formKey }, code: null },
  { name: 'deleteRecordView', query: `mutation($id: ID!) { deleteRecordView(id: $id) }`, variables: { id: b.viewId }, code: 'NOT_FOUND' },
  { name: 'restoreRecord', query: `mutation($id: ID!) { restoreRecord(id: $id) { id } }`, variables: { id: b.recordId }, code: 'NOT_FOUND' },
];

describe('forms and records stay in their workspace', () => {
  const NAMES = ['form', 'forms', 'formDeployPreview', 'records', 'record', 'recordHistory', 'submitRecord', 'updateRecord', 'deleteRecord', 'updateRecords', 'saveRecordView', 'recordViews', 'deleteRecordView', 'restoreRecord'];
  it('covers every form and record operation', () => expect(calls().map((c) => c.name)).toEqual(NAMES));

  it.each(NAMES.map((name) => ({ name })))('$name from workspace A neither reveals nor changes B’s forms and records', async ({ name }) => {
    // given B's forms and records
    const call = calls().find((c) => c.name === name)!;
    const before = await snapshotOfB(workspaceB);
    // when A's owner aims the operation at B's form key or record id
    const result = await gql(url, call.query, call.variables, { token: ownerA.token });
    // then the answer is NOT_FOUND (or A's own view), holds nothing of B, and B is unchanged
    expect(codeOf(result) ?? null).toBe(call.code);
    const answer = JSON.stringify(result);
    expect(answer).not.toContain(b.secret);
    expect(answer).not.toContain('"previousVersion":1');
    expect(await snapshotOfB(workspaceB)).toBe(before);
  });

  it('lets A deploy a form with B’s key as its own, separate form', async () => {
    // given B's form key / when A deploys a form with that id
    const before = await snapshotOfB(workspaceB);
    const mine = await deployed(url, ownerA, { id: b.formKey, components: [{ type: 'textfield', key: 'note' }] });
    // then A gets its own version 1, and B is unchanged
    expect(mine.version).toBe(1);
    expect(await snapshotOfB(workspaceB)).toBe(before);
  });

  it('hides B’s rows from the app role even without a WHERE clause (row-level security)', async () => {
    const rows = await baton.dataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('role', 'baton_app', true), set_config('baton.workspace_id', $1, true)`, [ownerA.workspaceId]);
      return em.query(`SELECT (SELECT count(*) FROM records)::int AS records, (SELECT count(*) FROM forms WHERE form_key = 'bravo_renewal')::int AS forms`);
    });
    expect(rows[0]).toEqual({ records: 0, forms: 1 });
  });

  it('requires a signed-in user for every form and record operation', async () => {
    for (const call of calls()) expect(codeOf(await gql(url, call.query, call.variables))).toBe('UNAUTHENTICATED');
  });

  it('lets a member submit and read but not deploy or preview', async () => {
    const memberA = await addMember(url, ownerA, 'MEMBER');
    expect(codeOf(await gql(url, `mutation { deployForm(input: { schema: { id: "m", components: [] } }) { id } }`, {}, { token: memberA.token }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(url, `query { formDeployPreview(schema: { id: "m", components: [] }) { addedFields } }`, {}, { token: memberA.token }))).toBe('FORBIDDEN');
    const submittedByMember = await gql(url, `mutation { submitRecord(input: { formKey: "alpha_only", data: { note: "hi" } }) { id } }`, {}, { token: memberA.token });
    expect(submittedByMember.errors).toBeUndefined();
  });
});
