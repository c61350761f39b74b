import { Injectable } from '@nestjs/common';
import type { FormSchema } from '@baton/sdk';
import { AuthContext } from '../../common/auth/auth-context.js';
import { FieldProblem, LocalizedText } from '../../common/errors/baton.exception.js';
import { Db } from '../../database/db.service.js';
import { FileService } from '../file/file.service.js';
import { FormService } from '../form/form.service.js';
import { FormField, listFormFields } from '../form/utils/form-fields.util.js';
import { RecordFilter } from './dtos/records-query.input.js';
import { buildRecordsQuery } from './record.repository.js';
import { fieldValues } from './utils/field-values.util.js';
import { planRecordQuery } from './utils/record-query-plan.util.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const FILE_MESSAGE: LocalizedText = { en: 'Upload the file first; this is not a file of this workspace.', 'zh-CN': '请先上传文件；这不是本工作区的文件。' };
const lookupMessage = (formKey: string): LocalizedText => ({
  en: `Pick a record of form "${formKey}": this one is not in it, is deleted, or does not match the field's filter.`,
  'zh-CN': `请选择表单“${formKey}”中的记录：所选记录不属于该表单、已删除或不符合该字段的筛选条件。`,
});

/** A record lookup (关联数据): the form its records come from and the builder's filter on them. */
interface Lookup {
  field: FormField;
  formKey: string;
  filter: RecordFilter | null;
}

/** One id-holding value of one row: which row, which key an error names, which ids. */
interface Held {
  row: number;
  key: string;
  ids: unknown[];
}

/**
 * Checks the ids a record's data refers to, for many rows at once (an import checks a chunk with one query per
 * field): a filepicker's file ids must be files of this workspace, a record lookup's record ids live records of
 * its form that match the lookup's filter. Row-level security keeps every query inside the workspace.
 */
@Injectable()
export class RecordReferenceService {
  constructor(
    private readonly db: Db,
    private readonly forms: FormService,
    private readonly files: FileService,
  ) {}

  /** Problems per row, in the order of `rows`; an empty list for a row whose references all hold. */
  async check(auth: AuthContext, schema: FormSchema, rows: Record<string, unknown>[]): Promise<FieldProblem[][]> {
    const problems: FieldProblem[][] = rows.map(() => []);
    const fields = listFormFields(schema);
    for (const field of fields.filter((f) => f.type === 'filepicker')) {
      const held = holdings(rows, field);
      const known = await this.files.existing(held.flatMap((h) => h.ids.filter((id): id is string => typeof id === 'string')));
      for (const h of held) {
        if (!h.ids.every((id) => typeof id === 'string' && known.has(id))) problems[h.row].push({ key: h.key, rule: 'file', message: FILE_MESSAGE });
      }
    }
    for (const field of fields.filter((f) => f.type === 'recordlookup')) {
      const lookup = lookupOf(field);
      const held = holdings(rows, field);
      if (held.length === 0) continue;
      const known = await this.existingRecords(auth, lookup, held.flatMap((h) => h.ids));
      for (const h of held) {
        if (!h.ids.every((id) => typeof id === 'string' && known.has(id))) problems[h.row].push({ key: h.key, rule: 'record', message: lookupMessage(lookup.formKey) });
      }
    }
    return problems;
  }

  /**
   * The ids among `ids` that are live records of the lookup's form matching its filter. The filter is the
   * builder's, part of the schema, so it is planned over all of the form's fields whatever the actor's role;
   * a filter the form no longer fits matches nothing.
   */
  private async existingRecords(auth: AuthContext, lookup: Lookup, ids: unknown[]): Promise<Set<string>> {
    const valid = [...new Set(ids.filter((id): id is string => typeof id === 'string' && UUID.test(id)))];
    if (valid.length === 0) return new Set();
    const versions = await this.forms.versions(auth, lookup.formKey);
    if (versions.length === 0) return new Set();
    const fields = new Map<string, FormField>();
    for (const form of versions) for (const field of listFormFields(form.schema)) if (!fields.has(field.key)) fields.set(field.key, field);
    const plan = planRecordQuery(fields, lookup.filter, null);
    if ('problems' in plan) return new Set();
    const rows: { id: string }[] = await buildRecordsQuery(this.db.em, auth.workspaceId, lookup.formKey, plan, null)
      .andWhere('r.id = ANY(CAST(:lookupIds AS uuid[]))', { lookupIds: valid })
      .select('r.id AS id')
      .orderBy()
      .getRawMany();
    return new Set(rows.map((row) => row.id));
  }
}

function lookupOf(field: FormField): Lookup {
  const { formKey, filter } = field.component as { formKey?: unknown; filter?: unknown };
  return {
    field,
    formKey: typeof formKey === 'string' ? formKey : '',
    filter: filter && typeof filter === 'object' && !Array.isArray(filter) ? (filter as RecordFilter) : null,
  };
}

function holdings(rows: Record<string, unknown>[], field: FormField): Held[] {
  return rows.flatMap((data, row) => fieldValues(data, field).map(({ key, value }) => ({ row, key, ids: Array.isArray(value) ? value : [value] })));
}
