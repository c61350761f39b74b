import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { deployed, RECORDS, renewalForm, submitted } from './forms/form-helpers.js';
import { codeOf, fieldsOf, gql } from './graphql-client.js';
import { addMember, Session, signUp } from './identity.js';

const BULK = `mutation($input: BulkUpdateRecordsInput!) { updateRecords(input: $input) { id data } }`;
const SAVE = `mutation($input: SaveRecordViewInput!) { saveRecordView(input: $input) { id name filter sort shared ownerId } }`;
const VIEWS = `query($k: String!) { recordViews(formKey: $k) { id name shared } }`;

let baton: RunningBaton;
let url: string;
let owner: Session;
let member: Session;
const base = { customer: 'Acme', amount: 100, region: 'east' };
const dataOf = async (id: string) => (await baton.dataSource.query(`SELECT data FROM records WHERE id = $1`, [id]))[0].data;

beforeAll(async () => {
  baton = await startTestApp();
  url = baton.url;
  owner = await signUp(url, { workspaceName: 'Bulk Co' });
  member = await addMember(url, owner, 'MEMBER');
  await deployed(url, owner, renewalForm());
});
afterAll(() => baton?.stop());

describe('bulk edit', () => {
  it('sets the same values on many records, each with its own history', async () => {
    // given three records
    const ids = [];
    for (const customer of ['A1', 'A2', 'A3']) ids.push((await submitted(url, member, 'renewal_request', { ...base, customer })).id);
    // when the owner moves them all to the north region and one city
    const result = await gql<{ updateRecords: { id: string }[] }>(url, BULK, { input: { ids, set: { region: 'north', 'address.city': '杭州' } } }, { token: owner.token });
    // then each changed and has a history entry naming both fields
    expect(result.data?.updateRecords.map((r) => r.id)).toEqual(ids);
    for (const id of ids) {
      expect(await dataOf(id)).toMatchObject({ region: 'north', address: { city: '杭州' } });
      const history = await gql<{ recordHistory: { changes: { key: string }[] }[] }>(url, `query($id: ID!) { recordHistory(id: $id) { changes { key } } }`, { id }, { token: owner.token });
      expect(history.data?.recordHistory[0].changes.map((c) => c.key)).toEqual(['address.city', 'region']);
    }
  });

  it.each([
    { title: 'a value one record’s rules refuse', set: { amount: -1 }, fields: ['ids[0].amount', 'ids[1].amount'] },
    { title: 'a field the form lacks', set: { nope: 1 }, fields: ['ids[0].nope', 'ids[1].nope'] },
    { title: 'an empty set', set: {}, fields: ['set'] },
  ])('changes none of the records for $title', async ({ set, fields }) => {
    const ids = [(await submitted(url, member, 'renewal_request', base)).id, (await submitted(url, member, 'renewal_request', base)).id];
    const result = await gql(url, BULK, { input: { ids, set } }, { token: owner.token });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(fields);
    for (const id of ids) expect(await dataOf(id)).toMatchObject(base);
  });

  it('refuses the whole command for an unknown id, or a record the member may not change', async () => {
    const mine = (await submitted(url, member, 'renewal_request', base)).id;
    const theirs = (await submitted(url, owner, 'renewal_request', base)).id;
    const unknown = await gql(url, BULK, { input: { ids: [mine, '00000000-0000-4000-8000-000000000000'], set: { region: 'north' } } }, { token: member.token });
    expect([codeOf(unknown), fieldsOf(unknown)]).toEqual(['NOT_FOUND', ['ids[1]']]);
    expect(codeOf(await gql(url, BULK, { input: { ids: [mine, theirs], set: { region: 'north' } } }, { token: member.token }))).toBe('FORBIDDEN');
    expect(await dataOf(mine)).toMatchObject({ region: 'east' });
  });
});

describe('saved views', () => {
  it('saves a checked filter and sort, lists own and shared views, and the filter works in records', async () => {
    // given records in two regions
    await submitted(url, member, 'renewal_request', { ...base, customer: 'Viewable', region: 'north', amount: 900 });
    // when the member saves a private view and the owner a shared one
    const filter = { conditions: [{ field: 'region', op: 'eq', value: 'north' }, { field: 'amount', op: 'gte', value: 500 }] };
    const mine = await gql<{ saveRecordView: { id: string; filter: unknown; sort: unknown } }>(url, SAVE, { input: { formKey: 'renewal_request', name: 'Big north', filter, sort: { field: 'amount', direction: 'DESC' } } }, { token: member.token });
    await gql(url, SAVE, { input: { formKey: 'renewal_request', name: 'Team', filter: {}, shared: true } }, { token: owner.token });
    await gql(url, SAVE, { input: { formKey: 'renewal_request', name: 'Owner only', filter: {} } }, { token: owner.token });
    // then the member sees their own and the shared view, and the saved filter runs as is
    const views = await gql<{ recordViews: { name: string }[] }>(url, VIEWS, { k: 'renewal_request' }, { token: member.token });
    expect(views.data?.recordViews.map((v) => v.name)).toEqual(['Big north', 'Team']);
    const view = mine.data!.saveRecordView;
    const page = await gql<{ records: { nodes: { data: { customer: string } }[] } }>(url, RECORDS, { formKey: 'renewal_request', filter: view.filter, sort: view.sort }, { token: member.token });
    expect(page.data?.records.nodes.map((n) => n.data.customer)).toEqual(['Viewable']);
  });

  it.each([
    { title: 'an unknown field', input: { name: 'x', filter: { conditions: [{ field: 'nope', op: 'eq', value: 1 }] } }, code: 'BAD_USER_INPUT', fields: ['filter.conditions[0].field'] },
    { title: 'an empty name', input: { name: ' ' }, code: 'BAD_USER_INPUT', fields: ['name'] },
    { title: 'a taken name', input: { name: 'Taken' }, code: 'CONFLICT', fields: ['name'] },
    { title: 'sharing by a member', input: { name: 'Shared', shared: true }, code: 'FORBIDDEN' },
    { title: 'an unknown form', input: { name: 'x', formKey: 'nope' }, code: 'NOT_FOUND' },
  ])('refuses to save $title', async ({ input, code, fields }) => {
    await gql(url, SAVE, { input: { formKey: 'renewal_request', name: 'Taken' } }, { token: member.token });
    const result = await gql(url, SAVE, { input: { formKey: 'renewal_request', ...input } }, { token: member.token });
    expect(codeOf(result)).toBe(code);
    if (fields) expect(fieldsOf(result)).toEqual(fields);
  });

  it('deletes own views; shared ones only by builders and admins; others’ private ones are NOT_FOUND', async () => {
    const save = async (who: Session, name: string, shared = false) =>
      (await gql<{ saveRecordView: { id: string } }>(url, SAVE, { input: { formKey: 'renewal_request', name, shared } }, { token: who.token })).data!.saveRecordView.id;
    const del = (who: Session, id: string) => gql(url, `mutation($id: ID!) { deleteRecordView(id: $id) }`, { id }, { token: who.token });
    expect((await del(member, await save(member, 'Mine to delete'))).data).toEqual({ deleteRecordView: true });
    const shared = await save(owner, 'Shared to keep', true);
    expect(codeOf(await del(member, shared))).toBe('FORBIDDEN');
    expect(codeOf(await del(member, await save(owner, 'Private to owner')))).toBe('NOT_FOUND');
    expect((await del(owner, shared)).data).toEqual({ deleteRecordView: true });
  });
});
