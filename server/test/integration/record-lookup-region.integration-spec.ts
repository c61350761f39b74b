import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { deployed, deployForm, RECORDS, submit, submitted } from './forms/form-helpers.js';
import { codeOf, fieldsOf, gql } from './graphql-client.js';
import { addMember, Session, signUp } from './identity.js';

const customersForm = {
  id: 'customers',
  components: [
    { id: 'c_name', type: 'textfield', key: 'name', label: 'Name', validate: { required: true } },
    { id: 'c_status', type: 'select', key: 'status', label: 'Status', values: [{ label: 'Active', value: 'active' }, { label: 'Inactive', value: 'inactive' }] },
    { id: 'c_phone', type: 'textfield', key: 'phone', label: 'Phone' },
    { id: 'c_margin', type: 'textfield', key: 'margin', label: 'Margin', permissions: { MEMBER: 'hidden' } },
  ],
};

const ordersForm = {
  id: 'orders',
  components: [
    {
      id: 'o_customer', type: 'recordlookup', key: 'customer', label: 'Customer', formKey: 'customers', displayFields: ['name', 'phone'],
      filter: { conditions: [{ field: 'status', op: 'eq', value: 'active' }] }, fill: { phone: 'phone' },
    },
    { id: 'o_phone', type: 'textfield', key: 'phone', label: 'Phone' },
    { id: 'o_contacts', type: 'recordlookup', key: 'contacts', label: 'Contacts', formKey: 'customers', multiple: true },
    { id: 'o_address', type: 'region', key: 'address', label: 'Address' },
    { id: 'o_items', type: 'dynamiclist', path: 'items', isRepeating: true, components: [{ id: 'o_product', type: 'recordlookup', key: 'product', formKey: 'customers' }] },
  ],
};

let baton: RunningBaton;
let owner: Session;
let member: Session;
let stranger: Session;
const ids: Record<string, string> = {};
const address = { code: '310104', names: ['上海市', '上海市', '徐汇区'] };
const countOrders = async () => (await baton.dataSource.query(`SELECT count(*)::int AS n FROM records WHERE form_key = 'orders'`))[0].n as number;

beforeAll(async () => {
  baton = await startTestApp();
  owner = await signUp(baton.url, { workspaceName: 'Lookup Co' });
  member = await addMember(baton.url, owner, 'MEMBER');
  stranger = await signUp(baton.url, { workspaceName: 'Elsewhere' });
  await deployed(baton.url, owner, customersForm);
  await deployed(baton.url, stranger, customersForm);
  ids.acme = (await submitted(baton.url, owner, 'customers', { name: 'Acme', status: 'active', phone: '+8613800138000', margin: '30%' })).id;
  ids.globex = (await submitted(baton.url, owner, 'customers', { name: 'Globex', status: 'inactive', phone: '+8613900139000', margin: '12%' })).id;
  ids.deleted = (await submitted(baton.url, owner, 'customers', { name: 'Gone Ltd', status: 'active' })).id;
  await gql(baton.url, `mutation($id: ID!) { deleteRecord(id: $id) { id } }`, { id: ids.deleted }, { token: owner.token });
  ids.foreign = (await submitted(baton.url, stranger, 'customers', { name: 'Foreign', status: 'active' })).id;
  await deployed(baton.url, owner, ordersForm);
  ids.order = (await submitted(baton.url, owner, 'orders', { customer: ids.acme })).id;
});
afterAll(() => baton?.stop());

describe('record lookup (关联数据) and region fields on submit', () => {
  it('stores a picked record, a list of contacts, a region and per-row lookups', async () => {
    // given / when a member picks active Acme, two contacts, an address and a product per row
    const data = { customer: ids.acme, phone: '+8613800138000', contacts: [ids.acme, ids.globex], address, items: [{ product: ids.globex }, { product: ids.acme }] };
    const record = await submitted(baton.url, member, 'orders', data);

    // then the ids and the region are stored as sent
    expect(record.data).toEqual(data);
  });

  it.each([
    { title: 'a record the lookup filter excludes', data: () => ({ customer: ids.globex }), key: 'customer', rule: 'record' },
    { title: 'a deleted record', data: () => ({ customer: ids.deleted }), key: 'customer', rule: 'record' },
    { title: 'a record of another workspace', data: () => ({ customer: ids.foreign }), key: 'customer', rule: 'record' },
    { title: 'a record of another form', data: () => ({ customer: ids.order }), key: 'customer', rule: 'record' },
    { title: 'an id that is no uuid', data: () => ({ customer: 'acme' }), key: 'customer', rule: 'record' },
    { title: 'one unknown id among contacts', data: () => ({ contacts: [ids.acme, randomUUID()] }), key: 'contacts', rule: 'record' },
    { title: 'an unknown product in row 2', data: () => ({ items: [{ product: ids.acme }, { product: randomUUID() }] }), key: 'items[1].product', rule: 'record' },
    { title: 'a list for a single lookup', data: () => ({ customer: [ids.acme] }), key: 'customer', rule: 'type' },
    { title: 'one id for a multiple lookup', data: () => ({ contacts: ids.acme }), key: 'contacts', rule: 'type' },
    { title: 'a region code of 4 digits', data: () => ({ address: { code: '3101', names: ['上海市'] } }), key: 'address', rule: 'type' },
    { title: 'a region given as text', data: () => ({ address: '上海市徐汇区' }), key: 'address', rule: 'type' },
  ])('refuses $title naming $key ($rule), storing nothing', async ({ data, key, rule }) => {
    // given
    const before = await countOrders();

    // when
    const result = await submit(baton.url, member, 'orders', data(), 'zh-CN');

    // then
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual([key]);
    const field = result.errors![0].extensions!.fields![0] as { rule?: string; message: string };
    expect(field.rule).toBe(rule);
    if (rule === 'record') expect(field.message).toContain('customers');
    expect(await countOrders()).toBe(before);
  });

  it('checks lookups on update too', async () => {
    const result = await gql(baton.url, `mutation($input: UpdateRecordInput!) { updateRecord(input: $input) { id } }`, { input: { id: ids.order, data: { customer: ids.globex } } }, { token: owner.token });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['customer']);
  });
});

describe('the picker: records of the other form with the actor’s permissions', () => {
  it('searches the lookup form’s records with its filter, without the fields hidden from a member', async () => {
    // when the member's picker asks the records query with the field's filter and what was typed
    const result = await gql<{ records: { nodes: { id: string; data: Record<string, unknown> }[] } }>(baton.url, RECORDS,
      { formKey: 'customers', filter: { conditions: [{ field: 'status', op: 'eq', value: 'active' }], search: 'acm' }, first: 20 }, { token: member.token });

    // then only active Acme comes back, without its margin
    expect(result.errors).toBeUndefined();
    expect(result.data!.records.nodes).toEqual([expect.objectContaining({ id: ids.acme, data: { name: 'Acme', status: 'active', phone: '+8613800138000' } })]);
  });

  it('finds nothing of another workspace', async () => {
    const result = await gql<{ records: { nodes: { id: string }[] } }>(baton.url, RECORDS, { formKey: 'customers', filter: { search: 'Foreign' } }, { token: member.token });
    expect(result.data!.records.nodes).toEqual([]);
  });
});

describe('deploying lookup and region fields', () => {
  it.each([
    { title: 'a lookup without formKey', component: { type: 'recordlookup', key: 'c' }, key: 'schema/components/0/formKey' },
    { title: 'a fill map to a number', component: { type: 'recordlookup', key: 'c', formKey: 'customers', fill: { phone: 1 } }, key: 'schema/components/0/fill' },
    { title: 'a filter with SQL in it', component: { type: 'recordlookup', key: 'c', formKey: 'customers', filter: { where: '1=1' } }, key: 'schema/components/0/filter' },
    { title: 'a region level of street', component: { type: 'region', key: 'a', level: 'street' }, key: 'schema/components/0/level' },
  ])('refuses $title naming $key', async ({ component, key }) => {
    const result = await deployForm(baton.url, owner, { id: 'bad_lookup', components: [component] });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual([key]);
  });
});

describe('importing lookups', () => {
  it('checks each row’s picked record and names the line and column of a bad one', async () => {
    // given a sheet with a good and a filtered-out customer
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Orders');
    [['Customer', 'Phone'], [ids.acme, '1'], [ids.globex, '2']].forEach((row) => sheet.addRow(row));
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(await workbook.xlsx.writeBuffer())]), 'orders.xlsx');
    form.append('mode', 'VALID_ROWS');
    const before = await countOrders();

    // when
    const response = await fetch(`${baton.url}/api/forms/orders/records/import`, { method: 'POST', headers: { authorization: `Bearer ${member.token}` }, body: form });
    const report = (await response.json()) as { imported: number; rejected: unknown[] };

    // then
    expect(report.imported).toBe(1);
    expect(report.rejected).toEqual([{ row: 3, errors: [expect.objectContaining({ column: 'Customer', field: 'customer', rule: 'record' })] }]);
    expect(await countOrders()).toBe(before + 1);
  });
});
