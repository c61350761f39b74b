import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { RecordException } from '../record.exception.js';

export interface SheetRow {
  /** The row's line in the file (the header is line 1), what an import report names. */
  line: number;
  /** Cells in header order. */
  cells: unknown[];
}

export interface Sheet {
  headers: string[];
  /** Data rows with at least one non-empty cell. */
  rows: SheetRow[];
}

/** Rows one import may hold; larger files are refused before anything is stored. */
export const MAX_IMPORT_ROWS = 100_000;

/** Called every `every` data rows while a file is read. */
export type ReadProgress = (rowsRead: number) => void;

/**
 * The first sheet of an .xlsx file or a CSV (UTF-8, BOM allowed, comma or semicolon), header row first. Both are
 * read as streams (exceljs `WorkbookReader`, csv-parse's parser), keeping only each row's cell values: loading a
 * 100,000-row workbook as an exceljs object model takes gigabytes, the rows alone tens of megabytes.
 */
export async function readSheet(buffer: Buffer, fileName: string, onProgress?: ReadProgress, maxRows = MAX_IMPORT_ROWS): Promise<Sheet> {
  const { headers, rows: stream } = await openSheet(buffer, fileName, maxRows);
  const rows: SheetRow[] = [];
  for await (const row of stream) {
    rows.push(row);
    if (onProgress && rows.length % 5_000 === 0) onProgress(rows.length);
  }
  return { headers, rows };
}

/**
 * The same file as a stream: its header row, then data rows as they are asked for (an import reads ahead while
 * earlier rows are stored). Empty rows are skipped; past `maxRows` the stream fails with IMPORT_TOO_LARGE.
 */
export async function openSheet(buffer: Buffer, fileName: string, maxRows = MAX_IMPORT_ROWS): Promise<{ headers: string[]; rows: AsyncGenerator<SheetRow> }> {
  const isXlsx = /\.xlsx$/i.test(fileName) || buffer.subarray(0, 2).toString('latin1') === 'PK';
  const lines = isXlsx ? xlsxRows(buffer) : csvRows(buffer);
  const first = await lines.next();
  const headers = first.done ? [] : first.value.cells.map((cell) => (cell === null || cell === undefined ? '' : String(cell).trim()));
  if (headers.filter(Boolean).length === 0) {
    await lines.return(undefined);
    throw new RecordException('IMPORT_FILE_INVALID', { params: { reason: 'no header row' } });
  }
  async function* rows(): AsyncGenerator<SheetRow> {
    let count = 0;
    for await (const { line, cells } of lines) {
      if (!cells.some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== '')) continue;
      if (count === maxRows) throw new RecordException('IMPORT_TOO_LARGE', { params: { rows: `${maxRows}+`, max: maxRows } });
      count += 1;
      yield { line, cells: headers.map((_, index) => cells[index] ?? null) };
    }
  }
  return { headers, rows: rows() };
}

async function* xlsxRows(buffer: Buffer): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
  let first = true;
  try {
    for await (const worksheet of reader) {
      // Later sheets are read to the end (the zip is one stream) but not kept.
      const keep = first;
      first = false;
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        if (!keep) continue;
        const values = row.values as ExcelJS.CellValue[];
        yield { line: row.number, cells: values.slice(1).map(cellValue) };
      }
    }
  } catch (error) {
    if (error instanceof RecordException) throw error;
    throw new RecordException('IMPORT_FILE_INVALID', { params: { reason: error instanceof Error ? error.message : 'unreadable .xlsx' } });
  }
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

async function* csvRows(buffer: Buffer): AsyncGenerator<SheetRow> {
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const parser = Readable.from([text]).pipe(parse({ delimiter, relax_column_count: true, skip_empty_lines: true, info: true }));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { line: info.lines, cells: record };
    }
  } catch (error) {
    throw new RecordException('IMPORT_FILE_INVALID', { params: { reason: error instanceof Error ? error.message : 'unreadable CSV' } });
  }
}
