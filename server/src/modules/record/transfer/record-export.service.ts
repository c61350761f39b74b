import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { AuthContext } from '../../../common/auth/auth-context.js';
import { FormService } from '../../form/form.service.js';
import { RecordFilter, RecordSort } from '../dtos/records-query.input.js';
import { RecordQueryService } from '../record-query.service.js';
import { cellOf, transferColumns } from './transfer-columns.js';

export type ExportFormat = 'xlsx' | 'csv';

/**
 * Streams a form's records as .xlsx or CSV: the current filter and sort (checked like `records`), the actor's field
 * permissions (hidden fields are neither columns nor values), pages of 200 read one after another in one tenant
 * transaction, written as they come, so memory stays flat however many records there are.
 */
@Injectable()
export class RecordExportService {
  constructor(
    private readonly forms: FormService,
    private readonly queries: RecordQueryService,
  ) {}

  async export(auth: AuthContext, formKey: string, format: ExportFormat, filter: RecordFilter | null, sort: RecordSort | null, out: Writable, onStart: () => void): Promise<number> {
    const form = await this.forms.require(auth, formKey);
    const columns = transferColumns(form.schema, auth.role);
    const headers = [...columns.map((column) => column.header), 'createdAt'];
    // The first page is read before anything is written, so a bad filter still gets a clean error response.
    let page = await this.queries.list(auth, { formKey, filter, sort, first: 200 });
    onStart();
    const sink = format === 'xlsx' ? xlsxSink(out, form.name) : csvSink(out);
    await sink.row(headers);
    let count = 0;
    for (;;) {
      for (const record of page.nodes) {
        await sink.row([...columns.map(({ field }) => cellOf(valueAt(record.data, field.parts.map((p) => p.name)), field)), record.createdAt.toISOString()]);
        count += 1;
      }
      if (!page.pageInfo.hasNextPage) break;
      page = await this.queries.list(auth, { formKey, filter, sort, first: 200, after: page.pageInfo.endCursor });
    }
    await sink.end();
    return count;
  }
}

function valueAt(data: Record<string, unknown>, path: string[]): unknown {
  return path.reduce<unknown>((value, name) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined), data);
}

interface Sink {
  row(cells: unknown[]): Promise<void>;
  end(): Promise<void>;
}

function xlsxSink(out: Writable, sheetName: string): Sink {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  // Sheet names: at most 31 characters, none of : \ / ? * [ ]
  const sheet = workbook.addWorksheet(sheetName.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Records');
  return {
    row: async (cells) => sheet.addRow(cells).commit(),
    end: async () => {
      sheet.commit();
      await workbook.commit();
    },
  };
}

function csvSink(out: Writable): Sink {
  // A byte-order mark so Excel opens UTF-8 (Chinese text) correctly.
  const csv = stringify({ bom: true, cast: { boolean: (value) => (value ? 'true' : 'false') } });
  csv.pipe(out);
  return {
    row: async (cells) => {
      if (!csv.write(cells.map((cell) => (cell === null || cell === undefined ? '' : cell)))) await new Promise((done) => csv.once('drain', done));
    },
    end: () => new Promise((done) => {
      out.once('finish', () => done());
      csv.end();
    }),
  };
}
