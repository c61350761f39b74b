import ExcelJS from 'exceljs';
import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { deployed, RECORDS } from './forms/form-helpers.js';
import { gql } from './graphql-client.js';
import { addMember, Session, signUp } from './identity.js';

// What the import's speed-ups must not change: chunks validated in a worker (rows and results as JSON text) while
// the previous chunk is stored, serial numbers formatted once per chunk, search text written with each chunk.

const formOf = (id: string) => ({
  id,
  components: [
    { id: `${id}_no`, type: 'serialnumber', key: 'no', label: 'No.', pattern: 'D-{yyyy}-{0000}' },
    { id: `${id}_name`, type: 'textfield', key: 'name', label: 'Name', validate: { required: true } },
    { id: `${id}_email`, type: 'textfield', key: 'email', label: 'Email', validate: { validationType: 'email' } },
    { id: `${id}_amount`, type: 'number', key: 'amount', label: 'Amount', validate: { min: 0 } },
    { id: `${id}_stage`, type: 'select', key: 'stage', label: 'Stage', values: [{ label: 'Won', value: 'won' }, { label: 'Lost', value: 'lost' }] },
    { id: `${id}_signed`, type: 'checkbox', key: 'signed', label: 'Signed' },
  ],
});

interface Report {
  totalRows: number;
  imported: number;
  committed: boolean;
  rejected: { row: number; errors: { column: string | null; field: string; rule?: string; message: { en: string; 'zh-CN': string } }[] }[];
}

let baton: RunningBaton;
let owner: Session;
let member: Session;
const year = String(new Date().getUTCFullYear());

/** Rows `Deal i`; `bad` maps a row number to what is wrong with it. */
async function sheetOf(rows: number, bad: Record<number, 'amount' | 'email' | 'name'> = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Deals');
  sheet.addRow(['Name', 'Email', 'Amount', 'Stage', 'Signed']);
  for (let i = 1; i <= rows; i += 1) {
    sheet.addRow([bad[i] === 'name' ? null : `Deal ${i} 有限公司`, bad[i] === 'email' ? 'not-an-email' : `d${i}@example.com`, bad[i] === 'amount' ? -5 : i * 10, i % 2 ? 'Won' : 'Lost', i % 2 ? '是' : '否']);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function imported(formKey: string, file: Buffer, mode: string): Promise<Report> {
  const form = new FormData();
  form.append('file', new Blob([file]), 'deals.xlsx');
  form.append('mode', mode);
  const response = await fetch(`${baton.url}/api/forms/${formKey}/records/import`, { method: 'POST', headers: { authorization: `Bearer ${member.token}`, accept: 'application/x-ndjson' }, body: form });
  const lines = (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as { type: string; report?: Report });
  expect(lines.at(-1)!.type).toBe('report');
  return lines.at(-1)!.report!;
}

const stored = (formKey: string) =>
  baton.dataSource.query(`SELECT id, data, search_text FROM records WHERE form_key = $1 ORDER BY data->>'no'`, [formKey]) as Promise<{ id: string; data: Record<string, unknown>; search_text: string }[]>;

beforeAll(async () => {
  baton = await startTestApp();
  owner = await signUp(baton.url, { workspaceName: 'Deals Co' });
  member = await addMember(baton.url, owner, 'MEMBER');
  for (const id of ['deals_valid', 'deals_strict']) await deployed(baton.url, owner, formOf(id));
});
afterAll(() => baton?.stop());

describe('import pipeline keeps every behaviour', () => {
  it('VALID_ROWS over three chunks: errors per row and cell, valid rows stored with gap-free numbers, searchable at once, no history', async () => {
    // given 1,201 rows (chunks of 500, 500, 201) with bad rows in the first, second and the very last chunk
    const file = await sheetOf(1_201, { 2: 'amount', 700: 'email', 1_201: 'name' });

    // when
    const report = await imported('deals_valid', file, 'VALID_ROWS');

    // then each bad row names its line, column, field and rule, in both languages
    expect(report).toMatchObject({ totalRows: 1_201, imported: 1_198, committed: true });
    expect(report.rejected.map(({ row, errors }) => [row, errors.map(({ column, field, rule }) => [column, field, rule])])).toEqual([
      [3, [['Amount', 'amount', 'min']]],
      [701, [['Email', 'email', 'email']]],
      [1_202, [['Name', 'name', 'required']]],
    ]);
    for (const { errors } of report.rejected) expect(errors[0].message).toEqual({ en: expect.any(String), 'zh-CN': expect.any(String) });

    // and the stored rows are numbered 1..1,198 in file order, cleaned as one submission would be
    const rows = await stored('deals_valid');
    expect(rows).toHaveLength(1_198);
    expect(rows.map((row) => row.data.no)).toEqual(Array.from({ length: 1_198 }, (_, i) => `D-${year}-${String(i + 1).padStart(4, '0')}`));
    expect(rows[0].data).toEqual({ no: `D-${year}-0001`, name: 'Deal 1 有限公司', email: 'd1@example.com', amount: 10, stage: 'won', signed: true });
    expect(rows[1].data).toMatchObject({ no: `D-${year}-0002`, name: 'Deal 3 有限公司', stage: 'won' });
    expect(rows.at(-1)!.data).toMatchObject({ no: `D-${year}-1198`, name: 'Deal 1200 有限公司', stage: 'lost', signed: false });
    expect(rows[0].search_text).toBe(`D-${year}-0001\nDeal 1 有限公司\nd1@example.com\n10\nwon`);

    // and search finds an imported row right after the import (the trigram index covers the new rows)
    const search = async (text: string) =>
      (await gql<{ records: { totalCount: number; nodes: { data: { name: string } }[] } }>(baton.url, RECORDS, { formKey: 'deals_valid', filter: { search: text } }, { token: member.token })).data!.records;
    expect(await search('Deal 1200 有限')).toMatchObject({ totalCount: 1, nodes: [{ data: { name: 'Deal 1200 有限公司' } }] });
    expect(await search(`D-${year}-1198`)).toMatchObject({ totalCount: 1 });
    expect((await search('Deal 1201 ')).totalCount).toBe(0);

    // and an import writes no change history: the records are new, as submitted ones are
    const [{ n }] = await baton.dataSource.query(`SELECT count(*)::int AS n FROM record_changes WHERE record_id = ANY($1::uuid[])`, [rows.map((row) => row.id)]);
    expect(n).toBe(0);
  });

  it('ALL_OR_NOTHING with one bad row at the very end stores nothing and takes no serial numbers', async () => {
    // given 1,001 rows, only the last one (alone in the third chunk) bad
    const report = await imported('deals_strict', await sheetOf(1_001, { 1_001: 'amount' }), 'ALL_OR_NOTHING');

    // then nothing is stored, the one bad row is reported
    expect(report).toMatchObject({ totalRows: 1_001, imported: 0, committed: false });
    expect(report.rejected.map((r) => r.row)).toEqual([1_002]);
    expect(await stored('deals_strict')).toHaveLength(0);

    // when the fixed file is imported, its numbers start at 1: the rolled-back import took none
    expect(await imported('deals_strict', await sheetOf(1_001), 'ALL_OR_NOTHING')).toMatchObject({ imported: 1_001, committed: true });
    const rows = await stored('deals_strict');
    expect(rows[0].data.no).toBe(`D-${year}-0001`);
    expect(rows.at(-1)!.data).toMatchObject({ no: `D-${year}-1001`, name: 'Deal 1001 有限公司' });
  });
});
