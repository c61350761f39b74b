import { Injectable } from '@nestjs/common';
import { AuthContext } from '../../../common/auth/auth-context.js';
import { AccessService } from '../../../common/auth/access.service.js';
import { Permission } from '../../../common/auth/permission.js';
import { FieldProblem } from '../../../common/errors/baton.exception.js';
import { Db } from '../../../database/db.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { FormService } from '../../form/form.service.js';
import { FormField, listFormFields } from '../../form/utils/form-fields.util.js';
import { RecordIndexEntity } from '../entities/record-index.entity.js';
import { RecordException } from '../record.exception.js';
import { isIndexable, recordIndexDdl } from './record-index-ddl.js';
import { RECORD_INDEX_CHANNEL } from './record-index.builder.js';
import { RecordIndexModel } from './record-index.model.js';

/** At most this many indexed fields per form: every index costs on each write of every record of the form. */
export const MAX_INDEXED_FIELDS = 5;

/** Which fields of a form are indexed: builders choose, RecordIndexBuilder builds in the background. */
@Injectable()
export class RecordIndexService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly forms: FormService,
    private readonly audit: AuditService,
  ) {}

  async list(auth: AuthContext, formKey: string): Promise<RecordIndexModel[]> {
    this.access.require(auth, Permission.FORM_READ);
    await this.forms.require(auth, formKey);
    const rows = await this.db.em.find(RecordIndexEntity, { where: { formKey }, order: { fieldKey: 'ASC' } });
    return rows.map(toModel);
  }

  /** Sets the indexed fields of a form to exactly `fieldKeys`: new ones are built, missing ones dropped. */
  async set(auth: AuthContext, formKey: string, fieldKeys: string[]): Promise<RecordIndexModel[]> {
    this.access.require(auth, Permission.FORM_DEPLOY);
    await this.forms.require(auth, formKey);
    const fields = new Map<string, FormField>();
    for (const form of await this.forms.versions(auth, formKey)) {
      for (const field of listFormFields(form.schema)) if (!fields.has(field.key)) fields.set(field.key, field);
    }
    const wanted = [...new Set(fieldKeys.map((key) => key.trim()))];
    const problems: FieldProblem[] = [];
    if (wanted.length > MAX_INDEXED_FIELDS) {
      problems.push({ key: 'fields', message: { en: `Index at most ${MAX_INDEXED_FIELDS} fields per form.`, 'zh-CN': `每个表单最多为 ${MAX_INDEXED_FIELDS} 个字段建索引。` } });
    }
    wanted.forEach((key, index) => {
      const field = fields.get(key);
      if (!field) problems.push({ key: `fields[${index}]`, message: { en: `The form has no field "${key}".`, 'zh-CN': `表单没有字段“${key}”。` } });
      else if (!isIndexable(field)) {
        problems.push({ key: `fields[${index}]`, message: { en: `"${key}" holds several values per record (a list, a list of options or files) and cannot be indexed.`, 'zh-CN': `“${key}”每条记录有多个值（列表、多选或文件），不能建索引。` } });
      }
    });
    if (problems.length > 0) throw new RecordException('INVALID_INDEXES', { fields: problems });

    const em = this.db.em;
    const existing = new Map((await em.find(RecordIndexEntity, { where: { formKey } })).map((row) => [row.fieldKey, row]));
    for (const [key, row] of existing) {
      if (!wanted.includes(key) && row.state !== 'DROPPING') await em.update(RecordIndexEntity, { id: row.id }, { state: 'DROPPING', error: null });
    }
    for (const key of wanted) {
      const row = existing.get(key);
      if (row && (row.state === 'READY' || row.state === 'BUILDING')) continue;
      const field = fields.get(key) as FormField;
      const values = { state: 'BUILDING' as const, error: null, path: field.parts.map((part) => part.name), indexName: recordIndexDdl(auth.workspaceId, formKey, field).indexName };
      if (row) await em.update(RecordIndexEntity, { id: row.id }, values);
      else await em.insert(RecordIndexEntity, { workspaceId: auth.workspaceId, formKey, fieldKey: key, ...values });
    }
    // Delivered at commit: the builder never sees a row before it exists.
    await em.query(`SELECT baton_notify($1, '')`, [RECORD_INDEX_CHANNEL]);
    await this.audit.recordBy(auth, { action: 'form.indexes_set', targetType: 'form', targetId: formKey, details: { fields: wanted } });
    return this.list(auth, formKey);
  }
}

const toModel = (row: RecordIndexEntity): RecordIndexModel => ({
  formKey: row.formKey, fieldKey: row.fieldKey, state: row.state, error: row.error, updatedAt: row.updatedAt,
});
