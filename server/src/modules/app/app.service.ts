import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { Locale } from '../../common/errors/baton.exception.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { AppException } from './app.exception.js';
import { AppSummaryService } from './app-summary.service.js';
import { AppModel, CreateAppInput, UpdateAppInput } from './dtos/app.model.js';
import { AppItemEntity, AppItemKind } from './entities/app-item.entity.js';
import { AppEntity } from './entities/app.entity.js';

export const APP_KEY = /^[a-z][a-z0-9-]{1,63}$/;
const ICON = /^[A-Za-z0-9:_-]{1,64}$/;

/** Apps: builders and admins manage them (PROCESS_DEPLOY), every member reads them. */
@Injectable()
export class AppService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly summary: AppSummaryService,
  ) {}

  async create(auth: AuthContext, input: CreateAppInput, lang: Locale): Promise<AppModel> {
    this.access.require(auth, Permission.PROCESS_DEPLOY);
    const check = new InputCheck().text('nameZhCN', input.nameZhCN, { max: 100 }).text('nameEn', input.nameEn, { max: 100 });
    if (!APP_KEY.test(input.key)) {
      check.add('key', {
        en: 'Use 2–64 lower-case letters, digits or "-", starting with a letter (e.g. customer-renewal).',
        'zh-CN': '请使用 2–64 个小写字母、数字或“-”，以字母开头（如 customer-renewal）。',
      });
    }
    checkIcon(check, input.icon);
    check.throwIfAny();
    const em = this.db.em;
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('app:' || $1 || ':' || $2))`, [auth.workspaceId, input.key]);
    if (await em.existsBy(AppEntity, { key: input.key })) {
      throw new AppException('KEY_TAKEN', { params: { key: input.key }, fields: [{ key: 'key', message: { en: 'Taken.', 'zh-CN': '已被使用。' } }] });
    }
    const app = await em.save(em.create(AppEntity, {
      workspaceId: auth.workspaceId, key: input.key, nameZhCN: input.nameZhCN.trim(), nameEn: input.nameEn.trim(),
      icon: input.icon?.trim() || null, createdById: auth.userId, archivedAt: null,
    }));
    return this.summary.toModel(auth, app, lang);
  }

  async update(auth: AuthContext, input: UpdateAppInput, lang: Locale): Promise<AppModel> {
    this.access.require(auth, Permission.PROCESS_DEPLOY);
    const check = new InputCheck();
    if (input.nameZhCN != null) check.text('nameZhCN', input.nameZhCN, { max: 100 });
    if (input.nameEn != null) check.text('nameEn', input.nameEn, { max: 100 });
    if (input.icon) checkIcon(check, input.icon);
    check.throwIfAny();
    const app = await this.requireActive(input.key);
    if (input.nameZhCN != null) app.nameZhCN = input.nameZhCN.trim();
    if (input.nameEn != null) app.nameEn = input.nameEn.trim();
    if (input.icon != null) app.icon = input.icon.trim() || null;
    return this.summary.toModel(auth, await this.db.em.save(app), lang);
  }

  async archive(auth: AuthContext, key: string, lang: Locale): Promise<AppModel> {
    this.access.require(auth, Permission.PROCESS_DEPLOY);
    const app = await this.requireActive(key);
    app.archivedAt = new Date();
    return this.summary.toModel(auth, await this.db.em.save(app), lang);
  }

  /** Active apps by key; builders and admins may ask for archived ones too. */
  async list(auth: AuthContext, includeArchived: boolean, lang: Locale): Promise<AppModel[]> {
    this.access.require(auth, includeArchived ? Permission.PROCESS_DEPLOY : Permission.WORKSPACE_READ);
    const apps = await this.db.em.find(AppEntity, { order: { key: 'ASC' } });
    const models: AppModel[] = [];
    for (const app of apps.filter((a) => includeArchived || a.archivedAt === null)) models.push(await this.summary.toModel(auth, app, lang));
    return models;
  }

  async get(auth: AuthContext, key: string, lang: Locale): Promise<AppModel> {
    this.access.require(auth, Permission.WORKSPACE_READ);
    return this.summary.toModel(auth, await this.require(key), lang);
  }

  async addItem(auth: AuthContext, appKey: string, kind: AppItemKind, itemKey: string, lang: Locale): Promise<AppModel> {
    this.access.require(auth, Permission.PROCESS_DEPLOY);
    const app = await this.requireActive(appKey);
    const table = kind === 'FORM' ? `forms WHERE form_key = $1` : `process_definitions WHERE bpmn_process_id = $1`;
    const [found] = await this.db.em.query(`SELECT 1 FROM ${table} LIMIT 1`, [itemKey]);
    if (!found) {
      throw kind === 'FORM'
        ? new AppException('FORM_NOT_FOUND', { params: { formKey: itemKey }, fields: [{ key: 'formKey', message: { en: 'Not deployed.', 'zh-CN': '未发布。' } }] })
        : new AppException('PROCESS_NOT_FOUND', { params: { bpmnProcessId: itemKey }, fields: [{ key: 'bpmnProcessId', message: { en: 'Not deployed.', 'zh-CN': '未发布。' } }] });
    }
    await this.attach(auth, app, kind, itemKey);
    return this.summary.toModel(auth, app, lang);
  }

  async removeItem(auth: AuthContext, appKey: string, kind: AppItemKind, itemKey: string, lang: Locale): Promise<AppModel> {
    this.access.require(auth, Permission.PROCESS_DEPLOY);
    const app = await this.requireActive(appKey);
    const result = await this.db.em.delete(AppItemEntity, { appId: app.id, kind, itemKey });
    if (!result.affected) {
      const field = kind === 'FORM' ? 'formKey' : 'bpmnProcessId';
      throw new AppException('NOT_IN_APP', { params: { key: appKey, itemKey }, fields: [{ key: field, message: { en: 'Not in this app.', 'zh-CN': '不在此应用中。' } }] });
    }
    return this.summary.toModel(auth, app, lang);
  }

  /** Idempotent: a form or process already in the app stays once. */
  async attach(auth: AuthContext, app: AppEntity, kind: AppItemKind, itemKey: string): Promise<void> {
    await this.db.em.query(
      `INSERT INTO app_items (workspace_id, app_id, kind, item_key) VALUES ($1, $2, $3, $4) ON CONFLICT (app_id, kind, item_key) DO NOTHING`,
      [auth.workspaceId, app.id, kind, itemKey],
    );
  }

  async require(key: string): Promise<AppEntity> {
    const app = await this.db.em.findOneBy(AppEntity, { key });
    if (!app) throw new AppException('APP_NOT_FOUND', { params: { key }, fields: [{ key: 'key', message: { en: 'Not found.', 'zh-CN': '不存在。' } }] });
    return app;
  }

  async requireActive(key: string): Promise<AppEntity> {
    const app = await this.require(key);
    if (app.archivedAt) throw new AppException('APP_ARCHIVED', { params: { key }, fields: [{ key: 'key', message: { en: 'Archived.', 'zh-CN': '已归档。' } }] });
    return app;
  }
}

function checkIcon(check: InputCheck, icon: string | null | undefined): void {
  if (icon && !ICON.test(icon.trim())) {
    check.add('icon', { en: 'Use an icon name of 1–64 letters, digits, ":", "_" or "-".', 'zh-CN': '图标名称请使用 1–64 个字母、数字、“:”、“_”或“-”。' });
  }
}
