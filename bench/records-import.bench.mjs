// What: importing a 100,000-row .xlsx (10 fields: required texts, a number with a range, options by label, a date,
// yes/no, an email, a serial number) through the real endpoint, POST /api/forms/:formKey/records/import with NDJSON
// progress, every row validated by the sdk's rules: rows/s and the server process's peak memory, against the
// reference: the same cleaned rows written with plain multi-row INSERTs (unnest, 500 a statement, one transaction, as
// baton_app) into the same table, no file, no validation.
// Data: generated here with exceljs' streaming writer. Run: npm run build -w @baton/sdk && npm run build -w @baton/server &&
// npm run records-import -w @baton/bench (BENCH_ROWS=20000 for a quick run). Cleans up its embedded PostgreSQL and temp folder.
import { PassThrough } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { startBenchServer } from './support/baton-server.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const TARGET = 5_000;
const require = createRequire(new URL('../server/package.json', import.meta.url));
const ExcelJS = require('exceljs');

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const STAGES = [['Lead', 'lead'], ['Won', 'won'], ['Lost', 'lost']];
const schema = {
  id: 'bench_import',
  components: [
    { id: 'f0', type: 'serialnumber', key: 'no', label: 'No.', pattern: 'C-{000000}' },
    { id: 'f1', type: 'textfield', key: 'customer', label: 'Customer', validate: { required: true, minLength: 2, maxLength: 100 } },
    { id: 'f2', type: 'textfield', key: 'contact', label: 'Contact', validate: { required: true } },
    { id: 'f3', type: 'textfield', key: 'email', label: 'Email', validate: { validationType: 'email' } },
    { id: 'f4', type: 'number', key: 'amount', label: 'Amount', validate: { required: true, min: 0, max: 10_000_000 } },
    { id: 'f5', type: 'number', key: 'seats', label: 'Seats', decimalDigits: 0, validate: { min: 1 } },
    { id: 'f6', type: 'select', key: 'stage', label: 'Stage', values: STAGES.map(([label, value]) => ({ label, value })) },
    { id: 'f7', type: 'datetime', subtype: 'date', key: 'due', label: 'Due', dateLabel: 'Due' },
    { id: 'f8', type: 'checkbox', key: 'signed', label: 'Signed' },
    { id: 'f9', type: 'textarea', key: 'notes', label: 'Notes', validate: { maxLength: 500 } },
    { id: 'f10', type: 'textfield', key: 'city', label: 'City' },
  ],
};
const header = ['Customer', 'Contact', 'Email', 'Amount', 'Seats', 'Stage', 'Due', 'Signed', 'Notes', 'City'];
const cellsOf = (i) => [`Customer ${i} 有限公司`, `Contact ${i % 977}`, `c${i}@example.com`, (i * 7919) % 1_000_000, 1 + (i % 50),
  STAGES[i % 3][0], `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, i % 2 ? '是' : '否', `Row ${i}: renewal due, call back`, ['上海', '北京', '深圳', 'Hangzhou'][i % 4]];

async function xlsxOf(rows) {
  const out = new PassThrough();
  const chunks = [];
  out.on('data', (chunk) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Records');
  sheet.addRow(header).commit();
  for (let i = 1; i <= rows; i += 1) sheet.addRow(cellsOf(i)).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

const { baton, gql, close } = await startBenchServer('import');
try {
  const { signUp } = await gql(`mutation($input: SignUpInput!) { signUp(input: $input) { token workspace { id } } }`,
    { input: { email: 'bench@example.com', password: 'relay-baton-2026', name: 'Bench', workspaceName: 'Bench' } });
  await gql(`mutation($input: DeployFormInput!) { deployForm(input: $input) { id } }`, { input: { schema } }, signUp.token);

  let start = performance.now();
  const file = await xlsxOf(ROWS);
  console.log(`generated ${ROWS.toLocaleString('en')} rows × ${header.length} columns as .xlsx: ${mb(file.length)} in ${((performance.now() - start) / 1000).toFixed(1)} s`);

  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peakRss = baseline;
  let peakHeap = 0;
  const sampler = setInterval(() => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    peakHeap = Math.max(peakHeap, heapUsed);
  }, 50);
  const form = new FormData();
  form.append('file', new Blob([file]), 'records.xlsx');
  form.append('mode', 'ALL_OR_NOTHING');
  start = performance.now();
  const response = await fetch(`${baton.url}/api/forms/bench_import/records/import`, { method: 'POST', headers: { authorization: `Bearer ${signUp.token}`, accept: 'application/x-ndjson' }, body: form });
  const lines = (await response.text()).trim().split('\n').map((line) => JSON.parse(line));
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  const last = lines.at(-1);
  if (last.type !== 'report' || last.report.imported !== ROWS) throw new Error(`import did not store every row: ${JSON.stringify(last).slice(0, 2000)}`);
  const readAt = lines.findIndex((line) => line.phase === 'importing');
  console.log(`import (stream-read, validate, serial numbers, INSERT; ${lines.length - 1} progress lines): ${ROWS.toLocaleString('en')} rows in ${seconds.toFixed(1)} s = ${Math.round(ROWS / seconds).toLocaleString('en')} rows/s (target ≥ ${TARGET.toLocaleString('en')}: ${ROWS / seconds >= TARGET ? 'met' : 'NOT met'}); file read by progress line ${readAt}`);
  console.log(`  server process memory: peak RSS ${mb(peakRss)} (${mb(peakRss - baseline)} above the ${mb(baseline)} before the request), peak JS heap ${mb(peakHeap)}; PostgreSQL's own memory not included`);

  // Reference: the rows the import stored, written again with plain INSERTs into the same table.
  const stored = await baton.dataSource.query(`SELECT data, search_text, form_id FROM records WHERE form_key = 'bench_import'`);
  const workspaceId = signUp.workspace.id;
  start = performance.now();
  await baton.dataSource.transaction(async (em) => {
    await em.query(`SELECT set_config('role', 'baton_app', true), set_config('baton.workspace_id', $1, true)`, [workspaceId]);
    for (let i = 0; i < stored.length; i += 500) {
      const chunk = stored.slice(i, i + 500);
      await em.query(`INSERT INTO records (workspace_id, form_id, form_key, data, search_text, created_at)
        SELECT $1, $2, 'bench_reference', t.d, t.s, now() FROM unnest($3::jsonb[], $4::text[]) AS t(d, s)`,
      [workspaceId, chunk[0].form_id, chunk.map((row) => JSON.stringify(row.data)), chunk.map((row) => row.search_text)]);
    }
  });
  const reference = (performance.now() - start) / 1000;
  console.log(`reference (plain INSERT … SELECT unnest of the same ${ROWS.toLocaleString('en')} cleaned rows, 500 a statement): ${reference.toFixed(1)} s = ${Math.round(ROWS / reference).toLocaleString('en')} rows/s; import / reference time: ${(seconds / reference).toFixed(2)}x`);
} finally {
  await close();
}
