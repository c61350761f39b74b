import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { RecordException } from '../record.exception.js';

export interface Sheet {
  headers: string[];
  /** Data rows, cells in header order; row i is line i + 2 of the file. */
  rows: unknown[][];
}

/** Rows one import may hold; larger files are refused before anything is stored. */
export const MAX_IMPORT_ROWS = 10_000;

/** The first sheet of an .xlsx file or a CSV (UTF-8, BOM allowed, comma or semicolon), header row first. */
export async function readSheet(buffer: Buffer, fileName: string): Promise<Sheet> {
  const isXlsx = /\.xlsx$/i.test(fileName) || buffer.subarray(0, 2).toString('latin1') === 'PK';
  const table = isXlsx ? await readXlsx(buffer) : readCsv(buffer);
  const [head, ...rows] = table;
  const headers = (head ?? []).map((cell) => (cell === null || cell === undefined ? '' : String(cell).trim()));
  if (headers.filter(Boolean).length === 0) throw new RecordException('IMPORT_FILE_INVALID', { params: { reason: 'no header row' } });
  const data = rows.filter((row) => row.some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== ''));
  if (data.length > MAX_IMPORT_ROWS) throw new RecordException('IMPORT_TOO_LARGE', { params: { rows: data.length, max: MAX_IMPORT_ROWS } });
  return { headers, rows: data };
}

async function readXlsx(buffer: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new RecordException('IMPORT_FILE_INVALID', { params: { reason: error instanceof Error ? error.message : 'unreadable .xlsx' } });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const table: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: unknown[] = [];
    for (let col = 1; col <= sheet.columnCount; col += 1) cells.push(cellValue(row.getCell(col).value));
    table[row.number - 1] = cells;
  });
  return Array.from(table, (row) => row ?? []);
}

/** Formulas give their result, rich text its text, hyperlinks their text. */
function cellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return value.text;
  return null;
}

function readCsv(buffer: Buffer): unknown[][] {
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true }) as unknown[][];
  } catch (error) {
    throw new RecordException('IMPORT_FILE_INVALID', { params: { reason: error instanceof Error ? error.message : 'unreadable CSV' } });
  }
}
