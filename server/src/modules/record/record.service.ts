import { Injectable } from '@nestjs/common';
import type { FormSchema } from '@baton/sdk';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Role } from '../../common/auth/role.js';
import { AccessService } from '../../common/auth/access.service.js';
import { Permission, PERMISSION_ROLES } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { FormEntity } from '../form/entities/form.entity.js';
import { FormService } from '../form/form.service.js';
import { restrictedFields, withoutHidden } from '../form/utils/field-permissions.util.js';
import { RecordChangeModel, RecordModel, SubmitRecordInput, UpdateRecordInput } from './dtos/record.model.js';
import { RecordChangeAction, RecordChangeEntity, FieldChange } from './entities/record-change.entity.js';
import { RecordEntity } from './entities/record.entity.js';
import { RecordException } from './record.exception.js';
import { SerialNumberService, serialFields } from './serial-number.service.js';
import { SubmissionValidator } from './submission-validator.service.js';
import { RecordReferenceService } from './record-references.service.js';
import { prepareSubmission } from './utils/prepare-submission.util.js';
import { diffRecordData } from './utils/record-diff.util.js';
import { searchTextOf } from './utils/search-text.util.js';

/** Writes records: submit, update with history, soft delete and restore. Lists live in RecordQueryService. */
@Injectable()
export class RecordService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly forms: FormService,
    private readonly serials: SerialNumberService,
    private readonly validator: SubmissionValidator,
    private readonly references: RecordReferenceService,
  ) {}

  async submit(auth: AuthContext, input: SubmitRecordInput): Promise<RecordModel> {
    this.access.require(auth, Permission.RECORD_SUBMIT);
    const form = await this.forms.require(auth, input.formKey);
    const data = await this.validated(auth, form.schema, input.data, null);
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
    const data = await this.validated(auth, form.schema, input, record.data);
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
   * (`stored`: the record's data on update), then checks the files and records the data refers to;
   * BAD_USER_INPUT lists every field error.
   */
  private async validated(auth: AuthContext, schema: FormSchema, input: unknown, stored: Record<string, unknown> | null): Promise<Record<string, unknown>> {
    const prepared = prepareSubmission(schema, input, auth.role, stored);
    if ('problems' in prepared) throw new RecordException('INVALID_DATA', { params: { count: prepared.problems.length }, fields: prepared.problems });
    const result = await this.validator.validate(schema, prepared.data);
    if (!result.valid) {
      throw new RecordException('INVALID_DATA', {
        params: { count: result.errors.length },
        fields: result.errors.map((error) => ({ key: error.key, message: error.message, rule: error.rule })),
      });
    }
    const [problems] = await this.references.check(auth, schema, [result.data]);
    if (problems.length > 0) throw new RecordException('INVALID_DATA', { params: { count: problems.length }, fields: problems });
    return result.data;
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
