import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AccessService } from '../../common/auth/access.service.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { FormService } from '../form/form.service.js';
import { RecordViewModel, SaveRecordViewInput } from './dtos/record-view.model.js';
import { RecordViewEntity } from './entities/record-view.entity.js';
import { RecordException } from './record.exception.js';
import { readableFields } from './utils/readable-fields.util.js';
import { planRecordQuery } from './utils/record-query-plan.util.js';

/** Saved views: a name for a `records` filter and sort, checked against the form (and the saver's permissions). */
@Injectable()
export class RecordViewService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly forms: FormService,
  ) {}

  async save(auth: AuthContext, input: SaveRecordViewInput): Promise<RecordViewModel> {
    this.access.require(auth, input.shared ? Permission.RECORD_MANAGE : Permission.RECORD_READ);
    new InputCheck().text('name', input.name, { max: 100 }).throwIfAny();
    await this.forms.require(auth, input.formKey);
    const readable = readableFields(await this.forms.versions(auth, input.formKey), auth.role);
    const plan = planRecordQuery(readable.fields, input.filter, input.sort, readable.hidden);
    if ('problems' in plan) throw new RecordException('INVALID_QUERY', { fields: plan.problems });
    const em = this.db.em;
    const name = input.name.trim();
    if (await em.existsBy(RecordViewEntity, { formKey: input.formKey, ownerId: auth.userId, name })) {
      throw new RecordException('VIEW_NAME_TAKEN', { params: { name }, fields: [{ key: 'name', message: { en: 'Taken.', 'zh-CN': '已被使用。' } }] });
    }
    const view = await em.save(em.create(RecordViewEntity, {
      workspaceId: auth.workspaceId, formKey: input.formKey, name, ownerId: auth.userId, shared: input.shared ?? false,
      // Stored as plain JSON: the GraphQL input classes carry no behaviour worth keeping.
      filter: JSON.parse(JSON.stringify(input.filter ?? {})) as object, sort: input.sort ? (JSON.parse(JSON.stringify(input.sort)) as object) : null,
    }));
    return toModel(view);
  }

  async list(auth: AuthContext, formKey: string): Promise<RecordViewModel[]> {
    this.access.require(auth, Permission.RECORD_READ);
    const views = await this.db.em.getRepository(RecordViewEntity).createQueryBuilder('v')
      .where('v.formKey = :formKey', { formKey })
      .andWhere(new Brackets((qb) => qb.where('v.ownerId = :me', { me: auth.userId }).orWhere('v.shared = true')))
      .orderBy('v.name').getMany();
    return views.map(toModel);
  }

  /** Own views; shared ones also by builders and admins. */
  async remove(auth: AuthContext, id: string): Promise<boolean> {
    this.access.require(auth, Permission.RECORD_READ);
    new InputCheck().uuid('id', id).throwIfAny();
    const view = await this.db.em.findOneBy(RecordViewEntity, { id });
    if (!view || (view.ownerId !== auth.userId && !view.shared)) {
      throw new RecordException('VIEW_NOT_FOUND', { params: { id }, fields: [{ key: 'id', message: { en: 'Not found.', 'zh-CN': '不存在。' } }] });
    }
    if (view.ownerId !== auth.userId) this.access.require(auth, Permission.RECORD_MANAGE);
    await this.db.em.delete(RecordViewEntity, { id });
    return true;
  }
}

const toModel = (view: RecordViewEntity): RecordViewModel => ({
  id: view.id, formKey: view.formKey, name: view.name, filter: view.filter, sort: view.sort, shared: view.shared, ownerId: view.ownerId, createdAt: view.createdAt,
});
