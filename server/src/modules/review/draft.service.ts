import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { Locale } from '../../common/errors/baton.exception.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { AppService } from '../app/app.service.js';
import type { AppItemKind } from '../app/entities/app-item.entity.js';
import { DraftModel, DraftStateEnum, SaveFormDraftInput, SaveProcessDraftInput } from './dtos/draft.model.js';
import { lintFormDraft, lintProcessDraft } from './draft-lint.util.js';
import { DraftViewService } from './draft-view.service.js';
import { DraftEntity, StoredProblem } from './entities/draft.entity.js';
import { ReviewException } from './review.exception.js';

export const MAX_XML_CHARS = 5_000_000;

/** Saving drafts. Builders and admins (PROCESS_DEPLOY / FORM_DEPLOY) save; one open draft per process or form. */
@Injectable()
export class DraftService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly apps: AppService,
    private readonly view: DraftViewService,
  ) {}

  async saveProcess(auth: AuthContext, input: SaveProcessDraftInput, lang: Locale): Promise<DraftModel> {
    this.access.require(auth, Permission.PROCESS_DEPLOY);
    new InputCheck().text('appKey', input.appKey, { max: 64 }).text('bpmnProcessId', input.bpmnProcessId, { max: 255 })
      .text('bpmnXml', input.bpmnXml, { max: MAX_XML_CHARS }).throwIfAny();
    const app = await this.apps.requireActive(input.appKey);
    const problems = await lintProcessDraft(input.bpmnXml, input.bpmnProcessId, await this.deployedFormKeys());
    const draft = await this.upsert(auth, app.id, 'PROCESS', input.bpmnProcessId, input.bpmnXml, problems);
    await this.apps.attach(auth, app, 'PROCESS', input.bpmnProcessId);
    return this.view.toModel(draft, lang);
  }

  async saveForm(auth: AuthContext, input: SaveFormDraftInput, lang: Locale): Promise<DraftModel> {
    this.access.require(auth, Permission.FORM_DEPLOY);
    new InputCheck().text('appKey', input.appKey, { max: 64 }).throwIfAny();
    const app = await this.apps.requireActive(input.appKey);
    const { formKey, problems } = lintFormDraft(input.schema);
    const draft = await this.upsert(auth, app.id, 'FORM', formKey, JSON.stringify(input.schema), problems);
    await this.apps.attach(auth, app, 'FORM', formKey);
    return this.view.toModel(draft, lang);
  }

  async get(auth: AuthContext, id: string, lang: Locale): Promise<DraftModel> {
    this.access.require(auth, Permission.PROCESS_DEPLOY);
    return this.view.toModel(await this.require(id), lang);
  }

  async list(auth: AuthContext, appKey: string, state: DraftStateEnum | null | undefined, lang: Locale): Promise<DraftModel[]> {
    this.access.require(auth, Permission.PROCESS_DEPLOY);
    const app = await this.apps.require(appKey);
    const drafts = await this.db.em.find(DraftEntity, { where: { appId: app.id, ...(state ? { state } : {}) }, order: { createdAt: 'DESC' } });
    const models: DraftModel[] = [];
    for (const draft of drafts) models.push(await this.view.toModel(draft, lang));
    return models;
  }

  /** The draft, row-locked for the rest of the transaction when `lock` is set; NOT_FOUND naming `draftId`. */
  async require(id: string, lock = false, field = 'draftId'): Promise<DraftEntity> {
    new InputCheck().uuid(field, id).throwIfAny();
    const draft = await this.db.em.findOne(DraftEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!draft) throw new ReviewException('DRAFT_NOT_FOUND', { params: { id }, fields: [{ key: field, message: { en: 'Not found.', 'zh-CN': '不存在。' } }] });
    return draft;
  }

  async deployedFormKeys(): Promise<string[]> {
    const rows: { form_key: string }[] = await this.db.em.query(`SELECT DISTINCT form_key FROM forms`);
    return rows.map((r) => r.form_key);
  }

  async latestVersion(kind: AppItemKind, key: string): Promise<number | null> {
    const sql = kind === 'PROCESS'
      ? `SELECT max(version) AS v FROM process_definitions WHERE bpmn_process_id = $1`
      : `SELECT max(version) AS v FROM forms WHERE form_key = $1`;
    const [{ v }] = await this.db.em.query(sql, [key]);
    return (v as number | null) ?? null;
  }

  /** Updates the open draft of this process or form, or starts one. A draft in review is frozen (CONFLICT). */
  private async upsert(auth: AuthContext, appId: string, kind: AppItemKind, key: string, content: string, problems: StoredProblem[]): Promise<DraftEntity> {
    const em = this.db.em;
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('draft:' || $1 || ':' || $2 || ':' || $3))`, [auth.workspaceId, kind, key]);
    const open = await em.findOne(DraftEntity, {
      where: [{ kind, itemKey: key, state: 'DRAFT' }, { kind, itemKey: key, state: 'CHANGES_REQUESTED' }, { kind, itemKey: key, state: 'IN_REVIEW' }],
      order: { createdAt: 'DESC' },
    });
    if (open?.state === 'IN_REVIEW') {
      throw new ReviewException('DRAFT_IN_REVIEW', { params: { id: open.id, key }, fields: [{ key: kind === 'PROCESS' ? 'bpmnProcessId' : 'schema/id', message: { en: 'In review.', 'zh-CN': '审核中。' } }] });
    }
    const baseVersion = await this.latestVersion(kind, key);
    const now = new Date();
    if (open) {
      Object.assign(open, {
        appId, content, problems, state: 'DRAFT', baseVersion, updatedAt: now,
        contributorIds: open.contributorIds.includes(auth.userId) ? open.contributorIds : [...open.contributorIds, auth.userId],
      });
      return em.save(open);
    }
    return em.save(em.create(DraftEntity, {
      workspaceId: auth.workspaceId, appId, kind, itemKey: key, content, problems, state: 'DRAFT',
      authorId: auth.userId, contributorIds: [auth.userId], baseVersion, deployedVersion: null, updatedAt: now,
    }));
  }
}
