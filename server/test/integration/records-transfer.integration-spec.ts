import ExcelJS from 'exceljs';
import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { deployed, RECORDS, submitted } from './forms/form-helpers.js';
import { gql } from './graphql-client.js';
import { addMember, Session, signUp } from './identity.js';

const dealsForm = {
  id: 'deals',
  components: [
    { id: 'c1', type: 'textfield', key: 'customer', label: '客户', validate: { required: true } },
    { id: 'c2', type: 'number', key: 'amount', label: 'Amount', validate: { min: 0 } },
    { id: 'c3', type: 'select', key: 'stage', label: 'Stage', values: [{ label: 'Lead', value: 'lead' }, { label: 'Won', value: 'won' }] },
    { id: 'c4', type: 'taglist', key: 'tags', label: 'Tags', values: [{ label: 'VIP', value: 'vip' }, { label: 'Renewal', value: 'renewal' }] },
    { id: 'c5', type: 'checkbox', key: 'signed', label: 'Signed' },
    { id: 'c6', type: 'textfield', key: 'margin', label: 'Margin', permissions: { MEMBER: 'hidden' } },
  ],
};

let baton: RunningBaton;
let owner: Session;
let member: Session;
let stranger: Session;

const api = (path: string) => `${baton.url}/api/forms/${path}`;
const auth = (session: Session) => ({ authorization: `Bearer ${session.token}` });

async function xlsxOf(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(session: Session, path: string, file: Buffer, name: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append('file', new Blob([file]), name);
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const response = await fetch(api(path), { method: 'POST', headers: auth(session), body: form });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function readXlsx(buffer: ArrayBuffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const customers = async () => {
  const result = await gql<{ records: { nodes: { data: Record<string, unknown> }[] } }>(baton.url, RECORDS, { formKey: 'deals', first: 200, sort: { field: 'customer', direction: 'ASC' } }, { token: owner.token });
  return result.data!.records.nodes.map((node) => node.data);
};

beforeAll(async () => {
  baton = await startTestApp();
  owner = await signUp(baton.url);
  member = await addMember(baton.url, owner, 'MEMBER');
  stranger = await signUp(baton.url);
  await deployed(baton.url, owner, dealsForm);
  await submitted(baton.url, owner, 'deals', { customer: 'Acme', amount: 1200, stage: 'won', tags: ['vip'], signed: true, margin: '30%' });
  await submitted(baton.url, owner, 'deals', { customer: '华为', amount: 300, stage: 'lead', tags: [], signed: false, margin: '12%' });
});
afterAll(() => baton?.stop());

describe('export', () => {
  it('streams every record as .xlsx with labelled columns', async () => {
    const response = await fetch(api('deals/records/export?format=xlsx'), { headers: auth(owner) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="deals-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const rows = await readXlsx(await response.arrayBuffer());
    expect(rows[0]).toEqual(['客户', 'Amount', 'Stage', 'Tags', 'Signed', 'Margin', 'createdAt']);
    expect(rows.slice(1).map((row) => row.slice(0, 6)).sort()).toEqual([['Acme', 1200, 'won', 'vip', true, '30%'], ['华为', 300, 'lead', undefined, false, '12%']]);
  });

  it('applies the filter, and writes CSV with a byte-order mark for Excel', async () => {
    const filter = encodeURIComponent(JSON.stringify({ conditions: [{ field: 'stage', op: 'eq', value: 'lead' }] }));
    const response = await fetch(api(`deals/records/export?format=csv&filter=${filter}`), { headers: auth(owner) });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^华为,300,lead,,false,12%,/);
  });

  it('leaves out the fields hidden from the caller', async () => {
    const response = await fetch(api('deals/records/export?format=csv'), { headers: auth(member) });
    const header = Buffer.from(await response.arrayBuffer()).subarray(3).toString('utf8').split('\n')[0];
    expect(header).toBe('客户,Amount,Stage,Tags,Signed,createdAt');
  });

  it.each([
    { title: 'no token', path: 'deals/records/export', session: null, status: 401, code: 'UNAUTHENTICATED' },
    { title: 'another workspace', path: 'deals/records/export', session: 'stranger', status: 404, code: 'NOT_FOUND' },
    { title: 'an unknown format', path: 'deals/records/export?format=pdf', session: 'owner', status: 400, code: 'BAD_USER_INPUT' },
    { title: 'a filter that is not JSON', path: 'deals/records/export?filter=%7Bnope', session: 'owner', status: 400, code: 'BAD_USER_INPUT' },
    { title: 'a filter on an unknown field', path: `deals/records/export?filter=${encodeURIComponent(JSON.stringify({ conditions: [{ field: 'nope', op: 'eq', value: 1 }] }))}`, session: 'owner', status: 400, code: 'BAD_USER_INPUT' },
  ])('refuses $title with $status', async ({ path, session, status, code }) => {
    const caller = session === 'owner' ? owner : session === 'stranger' ? stranger : null;
    const response = await fetch(api(path), { headers: caller ? auth(caller) : {} });
    expect(response.status).toBe(status);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(code);
  });
});

describe('import', () => {
  const header = ['客户', 'Amount', 'Stage', 'Tags', 'Signed', 'Notes'];

  it('previews the columns with a suggested mapping by label and key', async () => {
    const file = await xlsxOf([header, ['Globex', 500, 'Won', 'VIP, Renewal', '是', 'call back']]);
    const { status, body } = await upload(owner, 'deals/records/import/preview', file, 'deals.xlsx');
    expect(status).toBe(201);
    expect(body.suggestedMapping).toEqual({ 客户: 'customer', Amount: 'amount', Stage: 'stage', Tags: 'tags', Signed: 'signed', Notes: null });
    expect(body.totalRows).toBe(1);
  });

  it('all or nothing: one bad row stores nothing and the report names line, column and rule', async () => {
    const file = await xlsxOf([header, ['Globex', 500, 'Won', 'VIP', 'yes', ''], ['Initech', -5, 'Lead', '', 'no', ''], ['', 10, 'Lead', '', '', '']]);
    const before = await customers();
    const { body } = await upload(owner, 'deals/records/import', file, 'deals.xlsx', { mode: 'ALL_OR_NOTHING' });
    expect(body).toMatchObject({ totalRows: 3, imported: 0, committed: false });
    expect(body.rejected).toEqual([
      { row: 3, errors: [expect.objectContaining({ column: 'Amount', field: 'amount', rule: 'min' })] },
      { row: 4, errors: [expect.objectContaining({ column: '客户', field: 'customer', rule: 'required' })] },
    ]);
    expect(await customers()).toEqual(before);
  });

  it('valid rows: stores the good rows, converting labels, lists and yes/no, and reports the rest', async () => {
    const file = await xlsxOf([header, ['Globex', 500, 'Won', 'VIP, Renewal', '是', ''], ['Initech', -5, 'Lead', '', 'no', '']]);
    const { body } = await upload(owner, 'deals/records/import', file, 'deals.xlsx', { mode: 'VALID_ROWS' });
    expect(body).toMatchObject({ totalRows: 2, imported: 1, committed: true });
    expect((body.rejected as { row: number }[]).map((r) => r.row)).toEqual([3]);
    expect((await customers()).find((data) => data.customer === 'Globex')).toMatchObject({ amount: 500, stage: 'won', tags: ['vip', 'renewal'], signed: true });
  });

  it('reads CSV with a BOM and semicolons, with an explicit mapping', async () => {
    const csv = Buffer.from('\uFEFFName;Value\nHooli;42\n', 'utf8');
    const { body } = await upload(owner, 'deals/records/import', csv, 'deals.csv', { mode: 'VALID_ROWS', mapping: JSON.stringify({ Name: 'customer', Value: 'amount' }) });
    expect(body).toMatchObject({ imported: 1, rejected: [] });
    expect((await customers()).find((data) => data.customer === 'Hooli')).toMatchObject({ amount: 42 });
  });

  it.each([
    { title: 'a mapping to an unknown field', fields: { mapping: JSON.stringify({ Amount: 'nope' }) }, key: 'mapping.Amount' },
    { title: 'a field mapped twice', fields: { mapping: JSON.stringify({ Amount: 'amount', Stage: 'amount' }) }, key: 'mapping.Stage' },
    { title: 'a mapping that is not JSON', fields: { mapping: '{' }, key: 'mapping' },
    { title: 'an unknown mode', fields: { mode: 'SOME' }, key: 'mode' },
  ])('refuses $title, naming it, storing nothing', async ({ fields, key }) => {
    const before = await customers();
    const { status, body } = await upload(owner, 'deals/records/import', await xlsxOf([header, ['Zed', 1, 'Lead', '', '', '']]), 'deals.xlsx', fields as unknown as Record<string, string>);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain(`"key":"${key}"`);
    expect(await customers()).toEqual(before);
  });

  it('refuses a file that is not a spreadsheet, a member writing a hidden field, and another workspace', async () => {
    expect((await upload(owner, 'deals/records/import', Buffer.from('PK\u0003\u0004garbage'), 'x.xlsx')).status).toBe(400);
    const hidden = await upload(member, 'deals/records/import', await xlsxOf([['客户', 'Margin'], ['Umbrella', '99%']]), 'd.xlsx', { mapping: JSON.stringify({ 客户: 'customer', Margin: 'margin' }) });
    expect(hidden.status).toBe(400);
    expect(JSON.stringify(hidden.body)).toContain('"key":"mapping.Margin"');
    expect((await upload(stranger, 'deals/records/import', await xlsxOf([header]), 'd.xlsx')).status).toBe(404);
  });
});
