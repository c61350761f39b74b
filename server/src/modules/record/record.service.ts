import { Injectable } from '@nestjs/common';
import type { FormSchema } from '@baton/sdk';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Role } from '../../common/auth/role.js';
import { AccessService } from '../../common/auth/access.service.js';
import { Permission, PERMISSION_ROLES } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { FieldProblem } from '../../common/errors/baton.exception.js';
import { Db } from '../../database/db.service.js';
import { FormEntity } from '../form/entities/form.entity.js';
import { FormService } from '../form/form.service.js';
import { pinReadOnly, restrictedFields, withoutHidden } from '../form/utils/field-permissions.util.js';
import { RecordChangeModel, RecordModel, SubmitRecordInput, UpdateRecordInput } from './dtos/record.model.js';
import { RecordChangeAction, RecordChangeEntity, FieldChange } from './entities/record-change.entity.js';
import { RecordEntity } from './entities/record.entity.js';
import { RecordException } from './record.exception.js';
import { SerialNumberService, serialFields } from './serial-number.service.js';
import { SubmissionValidator } from './submission-validator.service.js';
import { FileService } from '../file/file.service.js';
import { listFormFields } from '../form/utils/form-fields.util.js';
import { diffRecordData } from './utils/record-diff.util.js';
import { searchTextOf } from './utils/search-text.util.js';

const MAX_DATA_CHARS = 1_000_000;

/** Writes records: submit, update with history, soft delete and restore. Lists live in RecordQueryService. */
@Injectable()
export class RecordService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly forms: FormService,
    private readonly serials: SerialNumberService,
    private readonly validator: SubmissionValidator,
    private readonly files: FileService,
  ) {}

  async submit(auth: AuthContext, input: SubmitRecordInput): Promise<RecordModel> {
    this.access.require(auth, Permission.RECORD_SUBMIT);
    const form = await this.forms.require(auth, input.formKey);
    const data = await this.validated(form.schema, input.data, auth.role, null);
    const em = this.db.em;
    const now = new Date();
    // Numbers are taken last, after validation, in this transaction: a failed submit takes none.
    await this.serials.assign(auth.workspaceId, form.formKey, form.schema, data, now);
    const record = await em.save(em.create(RecordEntity, {
      workspaceId: auth.workspaceId, formId: form.id, formKey: form.formKey, data, searchText: searchTextOf(data),
      createdById: auth.userId, createdAt: now, updatedById: null, updatedAt: null, deletedById: null, deletedAt: null,
    }));
    return toModel(record, form, auth.role);
  }

  async update(auth: AuthContext, input: UpdateRecordInput): Promise<RecordModel> {
    return this.replaceData(auth, await this.writable(auth, input.id), input.data);
  }

  /** Replaces a live record's data, validated against its pinned version; serial numbers never change. */
  async replaceData(auth: AuthContext, record: RecordEntity, input: unknown): Promise<RecordModel> {
    if (record.deletedAt) throw new RecordException('ALREADY_DELETED', { params: { id: record.id } });
    const form = await this.db.em.findOneByOrFail(FormEntity, { id: record.formId });
    const data = await this.validated(form.schema, input, auth.role, record.data);
    for (const { path } of serialFields(form.schema.components, [])) copyAt(record.data, data, path);
    const changes = diffRecordData(record.data, data);
    if (changes.length === 0) return toModel(record, form, auth.role);
    Object.assign(record, { data, searchText: searchTextOf(data), updatedById: auth.userId, updatedAt: new Date() });
    await this.db.em.save(record);
    await this.log(auth, record, 'updated', changes);
    return toModel(record, form, auth.role);
  }

  async remove(auth: AuthContext, id: string): Promise<RecordModel> {
    const record = await this.writable(auth, id);
    if (record.deletedAt) throw new RecordException('ALREADY_DELETED', { params: { id } });
    Object.assign(record, { deletedById: auth.userId, deletedAt: new Date() });
    return this.saveWithLog(auth, record, 'deleted');
  }

  async restore(auth: AuthContext, id: string): Promise<RecordModel> {
    const record = await this.writable(auth, id);
    if (!record.deletedAt) throw new RecordException('NOT_DELETED', { params: { id } });
    Object.assign(record, { deletedById: null, deletedAt: null });
    return this.saveWithLog(auth, record, 'restored');
  }

  async get(auth: AuthContext, id: string): Promise<RecordModel> {
    this.access.require(auth, Permission.RECORD_READ);
    const record = await this.find(id);
    return toModel(record, await this.db.em.findOneByOrFail(FormEntity, { id: record.formId }), auth.role);
  }

  async history(auth: AuthContext, id: string): Promise<RecordChangeModel[]> {
    this.access.require(auth, Permission.RECORD_READ);
    const record = await this.find(id);
    const form = await this.db.em.findOneByOrFail(FormEntity, { id: record.formId });
    const hidden = restrictedFields(form.schema, auth.role).hidden.map((field) => field.key);
    const visible = (change: FieldChange) => !hidden.some((key) => change.key === key || change.key.startsWith(`${key}.`));
    const changes = await this.db.em.find(RecordChangeEntity, { where: { recordId: record.id }, order: { changedAt: 'ASC', id: 'ASC' } });
    return changes.map((c) => ({ id: c.id, action: c.action, changedBy: c.changedById, changedAt: c.changedAt, changes: c.changes.filter(visible) }));
  }

  /**
   * Runs the sdk's validateSubmission, the browser's rules, after pinning the fields the role may not change
   * (`stored`: the record's data on update); BAD_USER_INPUT lists every field error.
   */
  private async validated(schema: FormSchema, input: unknown, role: Role, stored: Record<string, unknown> | null): Promise<Record<string, unknown>> {
    if (input === null || typeof input !== 'object' || Array.isArray(input) || JSON.stringify(input).length > MAX_DATA_CHARS) {
      throw new RecordException('INVALID_DATA', { params: { count: 1 }, fields: [{ key: 'data', message: { en: 'Send the data as a JSON object of at most 1,000,000 characters.', 'zh-CN': '数据须为不超过 1,000,000 个字符的 JSON 对象。' } }] });
    }
    // Serial numbers are the server's to give; whatever the client sent for them is ignored.
    const submitted = structuredClone(input) as Record<string, unknown>;
    for (const { path } of serialFields(schema.components, [])) deleteAt(submitted, path);
    const refused = pinReadOnly(submitted, stored, restrictedFields(schema, role).readOnly);
    if (refused.length > 0) throw new RecordException('INVALID_DATA', { params: { count: refused.length }, fields: refused });
    const result = await this.validator.validate(schema, submitted);
    if (!result.valid) {
      throw new RecordException('INVALID_DATA', {
        params: { count: result.errors.length },
        fields: result.errors.map((error) => ({ key: error.key, message: error.message, rule: error.rule })),
      });
    }
    await this.checkFiles(schema, result.data);
    return result.data;
  }

  /** A filepicker holds file ids (one, or a list when `multiple`): each must be a file uploaded to this workspace. */
  private async checkFiles(schema: FormSchema, data: Record<string, unknown>): Promise<void> {
    const pickers = listFormFields(schema).filter((field) => field.type === 'filepicker' && !field.inList);
    const problems: FieldProblem[] = [];
    for (const field of pickers) {
      const value = field.parts.reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part.name] : undefined), data);
      if (value === undefined || value === null || value === '') continue;
      const ids = Array.isArray(value) ? value : [value];
      const known = ids.every((id) => typeof id === 'string') ? await this.files.existing(ids as string[]) : new Set<string>();
      if (!ids.every((id) => typeof id === 'string' && known.has(id))) {
        problems.push({ key: field.key, rule: 'file', message: { en: 'Upload the file first; this is not a file of this workspace.', 'zh-CN': '请先上传文件；这不是本工作区的文件。' } });
      }
    }
    if (problems.length > 0) throw new RecordException('INVALID_DATA', { params: { count: problems.length }, fields: problems });
  }

  private async find(id: string): Promise<RecordEntity> {
    new InputCheck().uuid('id', id).throwIfAny();
    const record = await this.db.em.findOneBy(RecordEntity, { id });
    if (!record) throw new RecordException('RECORD_NOT_FOUND', { params: { id }, fields: [{ key: 'id', message: { en: 'Not found.', 'zh-CN': '不存在。' } }] });
    return record;
  }

  /** Anyone may change what they submitted; builders and admins may change anyone's. */
  async writable(auth: AuthContext, id: string): Promise<RecordEntity> {
    this.access.require(auth, Permission.RECORD_SUBMIT);
    const record = await this.find(id);
    if (record.createdById !== auth.userId && !PERMISSION_ROLES[Permission.RECORD_MANAGE].includes(auth.role)) {
      throw new RecordException('NOT_YOURS');
    }
    return record;
  }

  private async saveWithLog(auth: AuthContext, record: RecordEntity, action: RecordChangeAction): Promise<RecordModel> {
    await this.db.em.save(record);
    await this.log(auth, record, action, []);
    return toModel(record, await this.db.em.findOneByOrFail(FormEntity, { id: record.formId }), auth.role);
  }

  private async log(auth: AuthContext, record: RecordEntity, action: RecordChangeAction, changes: FieldChange[]): Promise<void> {
    const em = this.db.em;
    await em.save(em.create(RecordChangeEntity, { workspaceId: auth.workspaceId, recordId: record.id, action, changes, changedById: auth.userId }));
  }
}

/** The record as the role may see it: without the values of fields hidden from it. */
export function toModel(record: RecordEntity, form: FormEntity, role: Role): RecordModel {
  return {
    id: record.id, formKey: record.formKey, formId: record.formId, formVersion: form.version,
    data: withoutHidden(record.data, restrictedFields(form.schema, role).hidden),
    createdBy: record.createdById, createdAt: record.createdAt, updatedBy: record.updatedById, updatedAt: record.updatedAt, deletedAt: record.deletedAt,
  };
}

function deleteAt(data: Record<string, unknown>, path: string[]): void {
  let current: unknown = data;
  for (const name of path.slice(0, -1)) current = current && typeof current === 'object' ? (current as Record<string, unknown>)[name] : undefined;
  if (current && typeof current === 'object') delete (current as Record<string, unknown>)[path[path.length - 1]];
}

/** Copies the value at path from one data object to another, where both have the place for it. */
function copyAt(from: Record<string, unknown>, to: Record<string, unknown>, path: string[]): void {
  let source: unknown = from;
  let target: unknown = to;
  for (const name of path.slice(0, -1)) {
    source = source && typeof source === 'object' ? (source as Record<string, unknown>)[name] : undefined;
    target = target && typeof target === 'object' ? (target as Record<string, unknown>)[name] : undefined;
  }
  const last = path[path.length - 1];
  if (target && typeof target === 'object' && source && typeof source === 'object' && last in (source as object)) {
    (target as Record<string, unknown>)[last] = (source as Record<string, unknown>)[last];
  }
}
