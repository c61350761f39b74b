import { Injectable } from '@nestjs/common';
import type { FormSchema } from '@baton/sdk';
import { AuthContext } from '../../../common/auth/auth-context.js';
import { AccessService } from '../../../common/auth/access.service.js';
import { Permission } from '../../../common/auth/permission.js';
import { BatonException, FieldProblem, LocalizedText } from '../../../common/errors/baton.exception.js';
import { Db } from '../../../database/db.service.js';
import { FormService } from '../../form/form.service.js';
import { RecordException } from '../record.exception.js';
import { RecordService } from '../record.service.js';
import { readSheet, Sheet } from './spreadsheet-reader.js';
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

/** Thrown inside the transaction to roll an all-or-nothing import back while keeping its report. */
class RollBack extends Error {
  constructor(readonly report: ImportReport) {
    super('import rolled back');
  }
}

/**
 * Imports records from .xlsx or CSV: a preview with a suggested column → field mapping, then every row goes through
 * `submitRecord` (the same validator, field permissions, serial numbers and history as a form typed by hand), each
 * in a savepoint, so a rejected row leaves no trace and the report names its line, column and field.
 */
@Injectable()
export class RecordImportService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly forms: FormService,
    private readonly records: RecordService,
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
      sample: sheet.rows.slice(0, 10),
      totalRows: sheet.rows.length,
    };
  }

  /** Runs in its own tenant transaction (the controller holds none), so an all-or-nothing refusal rolls back. */
  async import(auth: AuthContext, formKey: string, file: { buffer: Buffer; originalname: string }, mapping: Record<string, string | null> | null, mode: ImportMode): Promise<ImportReport> {
    this.access.require(auth, Permission.RECORD_SUBMIT);
    try {
      return await this.db.tenant(auth, async (em) => {
        const form = await this.forms.require(auth, formKey);
        const sheet = await readSheet(file.buffer, file.originalname);
        const columns = importableColumns(form.schema, auth.role);
        const plan = planMapping(sheet, columns, mapping);
        const report: ImportReport = { totalRows: sheet.rows.length, imported: 0, committed: true, rejected: [] };
        for (const [index, row] of sheet.rows.entries()) {
          const errors = await this.importRow(auth, em, formKey, form.schema, plan, row);
          if (errors.length === 0) report.imported += 1;
          else report.rejected.push({ row: index + 2, errors });
        }
        if (mode === 'ALL_OR_NOTHING' && report.rejected.length > 0) throw new RollBack({ ...report, imported: 0, committed: false });
        return report;
      });
    } catch (error) {
      if (error instanceof RollBack) return error.report;
      throw error;
    }
  }

  private async importRow(auth: AuthContext, em: { query: (sql: string) => Promise<unknown> }, formKey: string, _schema: FormSchema, plan: { index: number; column: TransferColumn }[], row: unknown[]): Promise<CellError[]> {
    const data: Record<string, unknown> = {};
    for (const { index, column } of plan) {
      const value = valueOf(row[index], column.field);
      if (value !== undefined) setAt(data, column.field.parts.map((part) => part.name), value);
    }
    await em.query('SAVEPOINT import_row');
    try {
      await this.records.submit(auth, { formKey, data });
      await em.query('RELEASE SAVEPOINT import_row');
      return [];
    } catch (error) {
      await em.query('ROLLBACK TO SAVEPOINT import_row');
      if (!(error instanceof BatonException) || error.code !== 'BAD_USER_INPUT') throw error;
      const byKey = new Map(plan.map(({ column }) => [column.field.key, column.header]));
      const problems: FieldProblem[] = error.fields.length > 0 ? error.fields : [{ key: 'data', message: { en: error.localized('en'), 'zh-CN': error.localized('zh-CN') } }];
      return problems.map((problem) => {
        const field = problem.key.replace(/\[\d+\].*$/, '').replace(/^data$/, '');
        return { column: byKey.get(field) ?? byKey.get(problem.key) ?? null, field: problem.key, ...(problem.rule ? { rule: problem.rule } : {}), message: problem.message };
      });
    }
  }
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
function planMapping(sheet: Sheet, columns: TransferColumn[], mapping: Record<string, string | null> | null): { index: number; column: TransferColumn }[] {
  const chosen = mapping ?? Object.fromEntries(sheet.headers.map((header) => [header, suggest(header, columns)]));
  const problems: FieldProblem[] = [];
  const used = new Set<string>();
  const plan: { index: number; column: TransferColumn }[] = [];
  for (const [header, key] of Object.entries(chosen)) {
    if (key === null || key === '') continue;
    const index = sheet.headers.indexOf(header);
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
