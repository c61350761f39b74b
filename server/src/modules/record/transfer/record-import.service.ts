import { Injectable } from '@nestjs/common';
import { AuthContext } from '../../../common/auth/auth-context.js';
import { AccessService } from '../../../common/auth/access.service.js';
import { Permission } from '../../../common/auth/permission.js';
import { FieldProblem, LocalizedText } from '../../../common/errors/baton.exception.js';
import { Db } from '../../../database/db.service.js';
import { FormService } from '../../form/form.service.js';
import { RecordException } from '../record.exception.js';
import { RecordBatchSubmitService } from '../record-batch-submit.service.js';
import { openSheet, readSheet, SheetRow } from './spreadsheet-reader.js';
import { importableColumns, TransferColumn, valueOf } from './transfer-columns.js';

export type ImportMode = 'ALL_OR_NOTHING' | 'VALID_ROWS';

export interface ImportPreview {
  columns: string[];
  /** column header → field key it fills, or null (ignored); matched by label, key or "label [key]" */
  suggestedMapping: Record<string, string | null>;
  fields: { key: string; label: string; type: string }[];
  sample: unknown[][];
  totalRows: number;
}

export interface CellError {
  column: string | null;
  field: string;
  rule?: string;
  message: LocalizedText;
}

export interface ImportReport {
  totalRows: number;
  imported: number;
  /** false when nothing was stored: ALL_OR_NOTHING with at least one rejected row */
  committed: boolean;
  rejected: { row: number; errors: CellError[] }[];
}

/** What a long import reports while it runs: the file being read, then rows checked and stored. */
export interface ImportProgress {
  phase: 'reading' | 'importing';
  /** Data rows read (reading) or checked (importing). */
  processed: number;
  /** Data rows in the file, once it is read. */
  total: number | null;
  imported: number;
  rejected: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Aborting (the client went away) rolls the whole import back. */
  signal?: AbortSignal;
}

/** Rows validated per worker message and stored per INSERT. */
export const IMPORT_CHUNK_ROWS = 500;

/** Thrown inside the transaction to roll an all-or-nothing import back while keeping its report. */
class RollBack extends Error {
  constructor(readonly report: ImportReport) {
    super('import rolled back');
  }
}

/**
 * Imports records from .xlsx or CSV: a preview with a suggested column → field mapping, then every row gets what
 * `submitRecord` does (the same validator, field permissions, file and record references, serial numbers), in
 * chunks: while one chunk is validated in a worker thread the previous one is stored with one INSERT. The whole
 * import is one transaction, so it is stored entirely (VALID_ROWS: every valid row) or not at all.
 */
@Injectable()
export class RecordImportService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly forms: FormService,
    private readonly batch: RecordBatchSubmitService,
  ) {}

  async preview(auth: AuthContext, formKey: string, file: { buffer: Buffer; originalname: string }): Promise<ImportPreview> {
    this.access.require(auth, Permission.RECORD_SUBMIT);
    const form = await this.forms.require(auth, formKey);
    const sheet = await readSheet(file.buffer, file.originalname);
    const columns = importableColumns(form.schema, auth.role);
    return {
      columns: sheet.headers,
      suggestedMapping: Object.fromEntries(sheet.headers.map((header) => [header, suggest(header, columns)])),
      fields: columns.map(({ field, header }) => ({ key: field.key, label: header, type: field.type })),
      sample: sheet.rows.slice(0, 10).map((row) => row.cells),
      totalRows: sheet.rows.length,
    };
  }

  /** What refuses an import before its file is read: the right to submit and the form. */
  async preflight(auth: AuthContext, formKey: string): Promise<void> {
    this.access.require(auth, Permission.RECORD_SUBMIT);
    await this.forms.require(auth, formKey);
  }

  /** Runs in its own tenant transaction (the controller holds none), so an all-or-nothing refusal rolls back. */
  async import(auth: AuthContext, formKey: string, file: { buffer: Buffer; originalname: string }, mapping: Record<string, string | null> | null, mode: ImportMode, options: ImportOptions = {}): Promise<ImportReport> {
    this.access.require(auth, Permission.RECORD_SUBMIT);
    const { onProgress, signal } = options;
    try {
      return await this.db.tenant(auth, async () => {
        const form = await this.forms.require(auth, formKey);
        const sheet = await openSheet(file.buffer, file.originalname);
        const columns = importableColumns(form.schema, auth.role);
        const plan = planMapping(sheet.headers, columns, mapping);
        const byKey = new Map(plan.map(({ column }) => [column.field.key, column.header]));
        const reader = readAhead(sheet.rows, signal);
        const validate = (chunk: SheetRow[]) => this.batch.validate(auth, form.schema, chunk.map((row) => dataOf(row.cells, plan)), { owned: true });
        const report: ImportReport = { totalRows: 0, imported: 0, committed: true, rejected: [] };
        const at = new Date();
        let processed = 0;
        let current = await reader.next();
        let validating = current ? validate(current) : null;
        while (current) {
          const validated = await validating!;
          signal?.throwIfAborted();
          // All or nothing: after the first rejected row nothing more is stored, but every row is still checked.
          const dryRun = mode === 'ALL_OR_NOTHING' && report.rejected.length > 0;
          const storing = this.batch.store(auth, form, validated, { dryRun, at });
          // While this chunk is stored, the next one is read and its rules run in a worker.
          const following = await reader.next().catch(async (error: unknown) => {
            await storing.catch(() => undefined);
            throw error;
          });
          validating = following ? validate(following) : null;
          validating?.catch(() => undefined);
          const outcomes = await storing;
          const rows = current;
          outcomes.forEach((outcome, i) => {
            if ('data' in outcome) report.imported += 1;
            else report.rejected.push({ row: rows[i].line, errors: cellErrors(outcome.problems, byKey) });
          });
          processed += rows.length;
          onProgress?.({ phase: 'importing', processed, total: reader.total(), imported: report.imported, rejected: report.rejected.length });
          current = following;
        }
        report.totalRows = processed;
        if (mode === 'ALL_OR_NOTHING' && report.rejected.length > 0) throw new RollBack({ ...report, imported: 0, committed: false });
        return report;
      });
    } catch (error) {
      if (error instanceof RollBack) return error.report;
      throw error;
    }
  }
}

/**
 * Reads a sheet's rows into chunks ahead of the import (reading is faster than storing), so parsing the file
 * overlaps with the database work; `total` is known once the whole file is read.
 */
function readAhead(rows: AsyncGenerator<SheetRow>, signal: AbortSignal | undefined): { next(): Promise<SheetRow[] | null>; total(): number | null } {
  const chunks: SheetRow[][] = [];
  let done = false;
  let failure: unknown = null;
  let count = 0;
  let wake = (): void => undefined;
  void (async () => {
    let chunk: SheetRow[] = [];
    try {
      for await (const row of rows) {
        chunk.push(row);
        count += 1;
        if (chunk.length === IMPORT_CHUNK_ROWS) {
          chunks.push(chunk);
          chunk = [];
          wake();
        }
        if (signal?.aborted) break;
      }
      if (chunk.length > 0) chunks.push(chunk);
    } catch (error) {
      failure = error ?? new Error('unreadable file');
    } finally {
      done = true;
      wake();
    }
  })();
  return {
    async next() {
      while (chunks.length === 0 && !done) await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure;
      return chunks.shift() ?? null;
    },
    total: () => (done && !failure ? count : null),
  };
}

/** A row's cells as the data a form expects, by the mapping's columns. */
function dataOf(cells: unknown[], plan: { index: number; column: TransferColumn }[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const { index, column } of plan) {
    const value = valueOf(cells[index], column.field);
    if (value !== undefined) setAt(data, column.field.parts.map((part) => part.name), value);
  }
  return data;
}

/** Field problems as cell errors: the column of the field (or of the dynamic list holding it). */
function cellErrors(problems: FieldProblem[], byKey: Map<string, string>): CellError[] {
  return problems.map((problem) => {
    const field = problem.key.replace(/\[\d+\].*$/, '').replace(/^data$/, '');
    return { column: byKey.get(field) ?? byKey.get(problem.key) ?? null, field: problem.key, ...(problem.rule ? { rule: problem.rule } : {}), message: problem.message };
  });
}

/** Header → field key: exact key, then label, then "label [key]", case-insensitive. */
function suggest(header: string, columns: TransferColumn[]): string | null {
  const h = header.trim().toLowerCase();
  const found = columns.find(({ field }) => field.key.toLowerCase() === h)
    ?? columns.find(({ header: label }) => label.toLowerCase() === h)
    ?? columns.find(({ field }) => h.endsWith(`[${field.key.toLowerCase()}]`));
  return found ? found.field.key : null;
}

/** Checks a mapping (or builds the suggested one) into column positions; unknown fields and doubles are refused. */
function planMapping(headers: string[], columns: TransferColumn[], mapping: Record<string, string | null> | null): { index: number; column: TransferColumn }[] {
  const chosen = mapping ?? Object.fromEntries(headers.map((header) => [header, suggest(header, columns)]));
  const problems: FieldProblem[] = [];
  const used = new Set<string>();
  const plan: { index: number; column: TransferColumn }[] = [];
  for (const [header, key] of Object.entries(chosen)) {
    if (key === null || key === '') continue;
    const index = headers.indexOf(header);
    const column = columns.find(({ field }) => field.key === key);
    if (index < 0) problems.push({ key: `mapping.${header}`, message: { en: `The file has no column "${header}".`, 'zh-CN': `文件中没有列“${header}”。` } });
    else if (!column) problems.push({ key: `mapping.${header}`, message: { en: `"${key}" is not a field you can import into.`, 'zh-CN': `“${key}”不是可导入的字段。` } });
    else if (used.has(key)) problems.push({ key: `mapping.${header}`, message: { en: `Field "${key}" is mapped twice.`, 'zh-CN': `字段“${key}”被映射了两次。` } });
    else {
      used.add(key);
      plan.push({ index, column });
    }
  }
  if (problems.length > 0) throw new RecordException('IMPORT_MAPPING_INVALID', { fields: problems });
  return plan;
}

function setAt(data: Record<string, unknown>, path: string[], value: unknown): void {
  let node = data;
  for (const name of path.slice(0, -1)) node = (node[name] ??= {}) as Record<string, unknown>;
  node[path[path.length - 1]] = value;
}
