import { Injectable } from '@nestjs/common';
import { AuthContext } from '../../common/auth/auth-context.js';
import { BatonException, FieldProblem } from '../../common/errors/baton.exception.js';
import { Db } from '../../database/db.service.js';
import { FormEntity } from '../form/entities/form.entity.js';
import { listFormFields } from '../form/utils/form-fields.util.js';
import { BulkUpdateRecordsInput, RecordModel } from './dtos/record.model.js';
import { RecordException } from './record.exception.js';
import { RecordService } from './record.service.js';

const MAX_BULK = 200;

/**
 * Bulk edit: sets the same field values on many records, each through the single-record update (validation
 * against its pinned version, field permissions, history). All or nothing: the command is one transaction,
 * and every record's problems are reported together, keyed `ids[i].field`.
 */
@Injectable()
export class RecordBulkService {
  constructor(
    private readonly db: Db,
    private readonly records: RecordService,
  ) {}

  async update(auth: AuthContext, input: BulkUpdateRecordsInput): Promise<RecordModel[]> {
    const set = input.set;
    if (input.ids.length === 0 || input.ids.length > MAX_BULK || new Set(input.ids).size !== input.ids.length) {
      throw problem('ids', { en: `Give 1–${MAX_BULK} distinct record ids.`, 'zh-CN': `请给出 1–${MAX_BULK} 个不重复的记录 ID。` });
    }
    if (set === null || typeof set !== 'object' || Array.isArray(set) || Object.keys(set).length === 0) {
      throw problem('set', { en: 'Give an object of field paths and their new values.', 'zh-CN': '请给出字段路径与新值组成的对象。' });
    }
    const problems: FieldProblem[] = [];
    const updated: RecordModel[] = [];
    for (const [index, id] of input.ids.entries()) {
      const at = `ids[${index}]`;
      try {
        const record = await this.records.writable(auth, id);
        const form = await this.db.em.findOneByOrFail(FormEntity, { id: record.formId });
        const settable = new Set(listFormFields(form.schema).filter((f) => !f.inList).map((f) => f.key));
        const unknown = Object.keys(set).filter((key) => !settable.has(key));
        if (unknown.length > 0) {
          unknown.forEach((key) => problems.push({ key: `${at}.${key}`, message: { en: `Form version ${form.version} has no field "${key}".`, 'zh-CN': `表单版本 ${form.version} 没有字段“${key}”。` } }));
          continue;
        }
        const data = structuredClone(record.data);
        for (const [key, value] of Object.entries(set)) setPath(data, key.split('.'), value);
        updated.push(await this.records.replaceData(auth, record, data));
      } catch (error) {
        // Another workspace's id and a record the actor may not change fail the whole command with their own code.
        if (error instanceof BatonException && error.code === 'NOT_FOUND') {
          throw new RecordException('RECORD_NOT_FOUND', { params: { id }, fields: [{ key: at, message: { en: 'Not found.', 'zh-CN': '不存在。' } }] });
        }
        if (!(error instanceof BatonException) || error.code === 'FORBIDDEN') throw error;
        const fields = error.fields.filter((field) => field.key !== 'id');
        if (fields.length === 0) problems.push({ key: at, message: error.text });
        fields.forEach((field) => problems.push({ ...field, key: `${at}.${field.key}` }));
      }
    }
    if (problems.length > 0) {
      throw new RecordException('BULK_REFUSED', { params: { count: problems.length }, fields: problems });
    }
    return updated;
  }
}

function problem(key: string, message: FieldProblem['message']): BatonException {
  return new RecordException('BULK_REFUSED', { params: { count: 1 }, fields: [{ key, message }] });
}

function setPath(data: Record<string, unknown>, path: string[], value: unknown): void {
  let current = data;
  for (const name of path.slice(0, -1)) {
    if (current[name] === null || typeof current[name] !== 'object' || Array.isArray(current[name])) current[name] = {};
    current = current[name] as Record<string, unknown>;
  }
  current[path[path.length - 1]] = value;
}
