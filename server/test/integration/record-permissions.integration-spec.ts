import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { deployed, deployForm, RECORDS, submit, submitted } from './forms/form-helpers.js';
import { codeOf, fieldsOf, gql } from './graphql-client.js';
import { addMember, Session, signUp } from './identity.js';

const UPDATE = `mutation($input: UpdateRecordInput!) { updateRecord(input: $input) { data } }`;

/** A quote: members see the amount but may not change it, and never see the margin or the cost lines. */
const quoteForm = {
  id: 'quote',
  components: [
    { id: 'q1', type: 'textfield', key: 'customer' },
    { id: 'q2', type: 'number', key: 'amount', defaultValue: 100, permissions: { MEMBER: 'view' } },
    { id: 'q3', type: 'number', key: 'margin', permissions: { MEMBER: 'hidden' } },
    { id: 'q4', type: 'dynamiclist', path: 'costs', permissions: { MEMBER: 'hidden' }, components: [{ id: 'q5', type: 'textfield', key: 'line' }] },
  ],
};

let baton: RunningBaton;
let url: string;
let owner: Session;
let member: Session;
let recordId: string;

beforeAll(async () => {
  baton = await startTestApp();
  url = baton.url;
  owner = await signUp(url, { workspaceName: 'Permissions Co' });
  member = await addMember(url, owner, 'MEMBER');
  await deployed(url, owner, quoteForm);
  recordId = (await submitted(url, owner, 'quote', { customer: 'Acme', amount: 900, margin: 31337, costs: [{ line: 'secret-supplier' }] })).id;
});
afterAll(() => baton?.stop());

describe('field permissions per role: reads', () => {
  it('leaves hidden values out of every read of a member, and keeps them for the owner', async () => {
    // given a record with a margin and cost lines / when the member and the owner read it
    const asMember = JSON.stringify([
      await gql(url, `query($id: ID!) { record(id: $id) { data } }`, { id: recordId }, { token: member.token }),
      await gql(url, RECORDS, { formKey: 'quote' }, { token: member.token }),
    ]);
    const asOwner = await gql<{ record: { data: Record<string, unknown> } }>(url, `query($id: ID!) { record(id: $id) { data } }`, { id: recordId }, { token: owner.token });
    // then the member sees the amount but nothing of the margin or the costs
    expect(asMember).toContain('"amount":900');
    expect(asMember).not.toMatch(/31337|secret-supplier|margin|costs/);
    expect(asOwner.data?.record.data).toMatchObject({ margin: 31337, costs: [{ line: 'secret-supplier' }] });
  });

  it('refuses filters and sorts on hidden fields, and search does not match hidden values', async () => {
    for (const variables of [{ filter: { conditions: [{ field: 'margin', op: 'gt', value: 0 }] } }, { filter: { conditions: [{ field: 'costs.line', op: 'eq', value: 'x' }] } }, { sort: { field: 'margin' } }]) {
      expect(codeOf(await gql(url, RECORDS, { formKey: 'quote', ...variables }, { token: member.token }))).toBe('BAD_USER_INPUT');
    }
    const search = (token: string, text: string) => gql<{ records: { totalCount: number } }>(url, RECORDS, { formKey: 'quote', filter: { search: text } }, { token });
    expect((await search(member.token, '31337')).data?.records.totalCount).toBe(0);
    expect((await search(member.token, 'supplier')).data?.records.totalCount).toBe(0);
    expect((await search(member.token, 'acme')).data?.records.totalCount).toBe(1);
    expect((await search(owner.token, '31337')).data?.records.totalCount).toBe(1);
  });

  it('leaves changes of hidden fields out of a member’s history', async () => {
    await gql(url, UPDATE, { input: { id: recordId, data: { customer: 'Acme Ltd', amount: 900, margin: 4242, costs: [] } } }, { token: owner.token });
    const history = await gql<{ recordHistory: { changes: { key: string }[] }[] }>(url, `query($id: ID!) { recordHistory(id: $id) { changes { key } } }`, { id: recordId }, { token: member.token });
    expect(history.data?.recordHistory.map((h) => h.changes.map((c) => c.key))).toEqual([['customer']]);
  });
});

describe('field permissions per role: writes', () => {
  it.each([
    { title: 'a hidden field', data: { customer: 'B', margin: 5 }, fields: ['margin'] },
    { title: 'a hidden dynamic list', data: { customer: 'B', costs: [{ line: 'x' }] }, fields: ['costs'] },
    { title: 'a view-only field changed from its default', data: { customer: 'B', amount: 1 }, fields: ['amount'] },
  ])('refuses a member’s submit that writes $title, storing nothing', async ({ data, fields }) => {
    const before = (await baton.dataSource.query(`SELECT count(*)::int AS n FROM records`))[0].n;
    const result = await submit(url, member, 'quote', data);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(fields);
    expect(result.errors?.[0].extensions?.fields?.map((f) => (f as { rule?: string }).rule)).toEqual(fields.map(() => 'permission'));
    expect((await baton.dataSource.query(`SELECT count(*)::int AS n FROM records`))[0].n).toBe(before);
  });

  it('accepts what a renderer sends for fields a member may not change, and stores their defaults', async () => {
    const record = await submitted(url, member, 'quote', { customer: 'C', amount: 100, margin: null, costs: [] });
    const [row] = await baton.dataSource.query(`SELECT data FROM records WHERE id = $1`, [record.id]);
    expect(row.data).toMatchObject({ customer: 'C', amount: 100, margin: null });
  });

  it('keeps stored values a member may not change when the member updates the record', async () => {
    // given the owner's record with a margin, which a member updates without knowing it
    const own = await submitted(url, owner, 'quote', { customer: 'D', amount: 700, margin: 12 });
    expect(codeOf(await gql(url, UPDATE, { input: { id: own.id, data: { customer: 'D', amount: 1 } } }, { token: member.token }))).toBe('FORBIDDEN');
    const mine = await submitted(url, member, 'quote', { customer: 'E' });
    await gql(url, UPDATE, { input: { id: mine.id, data: { customer: 'E', amount: 100, margin: 77 } } }, { token: owner.token });
    // when the member changes the customer, sending the amount unchanged and no margin
    const updated = await gql(url, UPDATE, { input: { id: mine.id, data: { customer: 'E2', amount: 100 } } }, { token: member.token });
    // then the margin is kept, and changing the amount is refused
    expect(updated.errors).toBeUndefined();
    const [row] = await baton.dataSource.query(`SELECT data FROM records WHERE id = $1`, [mine.id]);
    expect(row.data).toMatchObject({ customer: 'E2', amount: 100, margin: 77 });
    expect(fieldsOf(await gql(url, UPDATE, { input: { id: mine.id, data: { customer: 'E3', amount: 5 } } }, { token: member.token }))).toEqual(['amount']);
  });
});

describe('field permissions: deploy checks', () => {
  it.each([
    { title: 'an unknown role', permissions: { GUEST: 'view' } },
    { title: 'an unknown level', permissions: { MEMBER: 'read' } },
    { title: 'not an object', permissions: 'hidden' },
  ])('refuses $title', async ({ permissions }) => {
    const result = await deployForm(url, owner, { id: 'bad_permissions', components: [{ type: 'textfield', key: 'a', permissions }] });
    expect(fieldsOf(result)).toEqual(['schema/components/0/permissions']);
  });

  it('refuses permissions on a field inside a dynamic list', async () => {
    const result = await deployForm(url, owner, { id: 'bad_permissions', components: [{ type: 'dynamiclist', path: 'l', components: [{ type: 'textfield', key: 'a', permissions: { MEMBER: 'hidden' } }] }] });
    expect(fieldsOf(result)).toEqual(['schema/components/0/components/0/permissions']);
  });
});
