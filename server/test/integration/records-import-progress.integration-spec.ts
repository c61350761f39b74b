import ExcelJS from 'exceljs';
import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { deployed } from './forms/form-helpers.js';
import { addMember, Session, signUp } from './identity.js';

const leadsForm = {
  id: 'leads',
  components: [
    { id: 'l_no', type: 'serialnumber', key: 'no', label: 'No.', pattern: 'L-{0000}' },
    { id: 'l_name', type: 'textfield', key: 'name', label: 'Name', validate: { required: true } },
    { id: 'l_amount', type: 'number', key: 'amount', label: 'Amount', validate: { min: 0 } },
  ],
};

interface Line {
  type: 'progress' | 'report' | 'error';
  phase?: string;
  processed?: number;
  total?: number | null;
  report?: { totalRows: number; imported: number; committed: boolean; rejected: { row: number }[] };
  errors?: { extensions: { code: string } }[];
}

let baton: RunningBaton;
let owner: Session;
let member: Session;
let stranger: Session;
const countLeads = async () => (await baton.dataSource.query(`SELECT count(*)::int AS n FROM records WHERE form_key = 'leads'`))[0].n as number;

async function sheetOf(rows: number, bad: number[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Leads');
  sheet.addRow(['Name', 'Amount']);
  for (let i = 1; i <= rows; i += 1) sheet.addRow([`Lead ${i}`, bad.includes(i) ? -1 : i]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function importRequest(session: Session, file: Buffer, fields: Record<string, string>, signal?: AbortSignal): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([file]), 'leads.xlsx');
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return fetch(`${baton.url}/api/forms/leads/records/import`, { method: 'POST', headers: { authorization: `Bearer ${session.token}`, accept: 'application/x-ndjson' }, body: form, signal });
}

async function linesOf(response: Response): Promise<Line[]> {
  return (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as Line);
}

beforeAll(async () => {
  baton = await startTestApp();
  owner = await signUp(baton.url, { workspaceName: 'Leads Co' });
  member = await addMember(baton.url, owner, 'MEMBER');
  stranger = await signUp(baton.url);
  await deployed(baton.url, owner, leadsForm);
});
afterAll(() => baton?.stop());

describe('import with progress (NDJSON)', () => {
  it('streams progress per chunk, then the report; numbers follow the file order', async () => {
    // given 1,200 rows: three chunks of 500
    const file = await sheetOf(1_200);

    // when
    const response = await importRequest(member, file, { mode: 'ALL_OR_NOTHING' });
    const lines = await linesOf(response);

    // then
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const importing = lines.filter((line) => line.type === 'progress' && line.phase === 'importing');
    // the total is known once the whole file is read (it is read ahead while rows are stored)
    expect(importing.map((line) => line.processed)).toEqual([500, 1_000, 1_200]);
    expect(importing.at(-1)!.total).toBe(1_200);
    expect(lines.at(-1)).toEqual({ type: 'report', report: { totalRows: 1_200, imported: 1_200, committed: true, rejected: [] } });
    const numbers = await baton.dataSource.query(`SELECT data->>'no' AS no, data->>'name' AS name FROM records WHERE form_key = 'leads' ORDER BY data->>'no'`);
    expect(numbers[0]).toEqual({ no: 'L-0001', name: 'Lead 1' });
    expect(numbers.at(-1)).toEqual({ no: 'L-1200', name: 'Lead 1200' });
  });

  it('all or nothing: bad rows anywhere store nothing, and every bad row is reported', async () => {
    // given rows 3 and 1,100 are bad
    const before = await countLeads();

    // when
    const lines = await linesOf(await importRequest(member, await sheetOf(1_200, [3, 1_100]), { mode: 'ALL_OR_NOTHING' }));

    // then lines 4 and 1,101 of the file are named and nothing was stored
    const report = lines.at(-1)!.report!;
    expect(report).toMatchObject({ imported: 0, committed: false });
    expect(report.rejected.map((r) => r.row)).toEqual([4, 1_101]);
    expect(await countLeads()).toBe(before);
  });

  it('answers the JSON report without the NDJSON accept header, as before', async () => {
    const form = new FormData();
    form.append('file', new Blob([await sheetOf(2)]), 'leads.xlsx');
    const response = await fetch(`${baton.url}/api/forms/leads/records/import`, { method: 'POST', headers: { authorization: `Bearer ${member.token}` }, body: form });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ totalRows: 2, imported: 2, committed: true });
  });

  it.each<{ title: string; session: () => typeof member; fields: Record<string, string>; status: number; code: string }>([
    { title: 'a form of another workspace', session: () => stranger, fields: {}, status: 404, code: 'NOT_FOUND' },
    { title: 'an unknown mode', session: () => member, fields: { mode: 'SOME' }, status: 400, code: 'BAD_USER_INPUT' },
    { title: 'a mapping that is not JSON', session: () => member, fields: { mapping: '{' }, status: 400, code: 'BAD_USER_INPUT' },
  ])('refuses $title with HTTP $status before streaming', async ({ session, fields, status, code }) => {
    const response = await importRequest(session(), await sheetOf(1), fields);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(code);
  });

  it('ends with an error line when the file turns out unreadable', async () => {
    const lines = await linesOf(await importRequest(member, Buffer.from('PK\u0003\u0004garbage'), {}));
    expect(lines.at(-1)).toMatchObject({ type: 'error', errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('rolls everything back when the client goes away mid-import', async () => {
    // given a large import and a client that leaves at the first progress of the importing phase
    const before = await countLeads();
    const aborter = new AbortController();
    const response = await importRequest(member, await sheetOf(8_000), { mode: 'VALID_ROWS' }, aborter.signal);
    const reader = response.body!.getReader();
    let text = '';
    while (!text.includes('"phase":"importing"')) text += new TextDecoder().decode((await reader.read()).value);

    // when
    aborter.abort();

    // then, well after the import would have finished, nothing of it is stored
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect(await countLeads()).toBe(before);
  });
});
