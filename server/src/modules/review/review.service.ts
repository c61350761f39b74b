import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { Locale } from '../../common/errors/baton.exception.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { parseBpmn } from '../../engine/index.js';
import { FormService } from '../form/form.service.js';
import { listFormFields } from '../form/utils/form-fields.util.js';
import { ProcessDefinitionService } from '../process/process-definition.service.js';
import { DraftModel, ElementCommentInput } from './dtos/draft.model.js';
import { formSchemaOf, formsUsedBy, lintProcessDraft, processOf } from './draft-lint.util.js';
import { DraftService } from './draft.service.js';
import { DraftViewService } from './draft-view.service.js';
import { DraftReviewEntity, ElementComment, ReviewAction } from './entities/draft-review.entity.js';
import { DraftEntity, DraftState } from './entities/draft.entity.js';
import { ReviewException } from './review.exception.js';

const MAX_COMMENT = 4000;

/**
 * The review workflow: DRAFT | CHANGES_REQUESTED → submit → IN_REVIEW → approve (deploys) → DEPLOYED, or
 * request changes → CHANGES_REQUESTED. Only an admin or a builder who never saved the draft may decide.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly drafts: DraftService,
    private readonly view: DraftViewService,
    private readonly processes: ProcessDefinitionService,
    private readonly forms: FormService,
  ) {}

  async submit(auth: AuthContext, id: string, note: string | null | undefined, lang: Locale): Promise<DraftModel> {
    this.access.require(auth, Permission.PROCESS_DEPLOY);
    const check = new InputCheck();
    if (note) check.text('note', note, { max: MAX_COMMENT });
    check.throwIfAny();
    const draft = await this.drafts.require(id, true);
    requireState(draft, ['DRAFT', 'CHANGES_REQUESTED']);
    if (draft.kind === 'PROCESS') {
      // Forms deployed since the last save may have fixed "form not deployed": lint again.
      draft.problems = await lintProcessDraft(draft.content, draft.itemKey, await this.drafts.deployedFormKeys());
    }
    const errors = draft.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      throw new ReviewException('HAS_ERRORS', {
        params: { id, count: errors.length, summary: errors.map((p) => p.message.en).join(' '), summaryZh: errors.map((p) => p.message['zh-CN']).join(' ') },
        fields: errors.map((p) => ({ key: p.elementId ?? 'content', message: p.message })),
      });
    }
    return this.decide(auth, draft, 'IN_REVIEW', 'SUBMITTED', note ?? null, [], lang);
  }

  async approve(auth: AuthContext, id: string, comment: string | null | undefined, lang: Locale): Promise<DraftModel> {
    this.access.require(auth, Permission.PROCESS_DEPLOY);
    const check = new InputCheck();
    if (comment) check.text('comment', comment, { max: MAX_COMMENT });
    check.throwIfAny();
    const draft = await this.reviewable(auth, id);
    draft.deployedVersion = draft.kind === 'PROCESS' ? await this.deployProcess(auth, draft) : (await this.forms.deploy(auth, { schema: formSchemaOf(draft.content) })).version;
    return this.decide(auth, draft, 'DEPLOYED', 'APPROVED', comment ?? null, [], lang);
  }

  async requestChanges(auth: AuthContext, id: string, comment: string, elementComments: ElementCommentInput[] | null | undefined, lang: Locale): Promise<DraftModel> {
    this.access.require(auth, Permission.PROCESS_DEPLOY);
    const comments = elementComments ?? [];
    const check = new InputCheck().text('comment', comment, { max: MAX_COMMENT });
    comments.forEach((c, i) => check.text(`elementComments[${i}].text`, c.text, { max: MAX_COMMENT }).text(`elementComments[${i}].elementId`, c.elementId, { max: 255 }));
    if (comments.length > 200) check.add('elementComments', { en: 'At most 200 element comments.', 'zh-CN': '元素评论最多 200 条。' });
    check.throwIfAny();
    const draft = await this.reviewable(auth, id);
    const known = await elementIdsOf(draft);
    const unknown = comments.map((c, i) => ({ c, i })).filter(({ c }) => !known.has(c.elementId));
    if (unknown.length > 0) {
      throw new ReviewException('UNKNOWN_ELEMENT', {
        params: { ids: unknown.map(({ c }) => c.elementId).join(', ') },
        fields: unknown.map(({ c, i }) => ({ key: `elementComments[${i}].elementId`, message: { en: `No element "${c.elementId}" in the draft.`, 'zh-CN': `草稿中没有元素“${c.elementId}”。` } })),
      });
    }
    const stored = comments.map((c) => ({ elementId: c.elementId, text: c.text.trim() }));
    return this.decide(auth, draft, 'CHANGES_REQUESTED', 'CHANGES_REQUESTED', comment.trim(), stored, lang);
  }

  /** A draft in review that the caller may decide on: FORBIDDEN for anyone who saved it, CONFLICT when not in review. */
  private async reviewable(auth: AuthContext, id: string): Promise<DraftEntity> {
    const draft = await this.drafts.require(id, true);
    if (draft.contributorIds.includes(auth.userId)) throw new ReviewException('OWN_DRAFT', { params: { id }, fields: [{ key: 'draftId', message: { en: 'Your own draft.', 'zh-CN': '您自己的草稿。' } }] });
    requireState(draft, ['IN_REVIEW']);
    return draft;
  }

  /** Deploys through the process module, passing the deployed forms the model uses so they count as known. */
  private async deployProcess(auth: AuthContext, draft: DraftEntity): Promise<number> {
    const model = await processOf(draft.content, draft.itemKey);
    const used = model ? formsUsedBy(model) : [];
    const schemas: { schema: unknown }[] = used.length === 0 ? [] : await this.db.em.query(
      `SELECT DISTINCT ON (form_key) schema FROM forms WHERE form_key = ANY($1) ORDER BY form_key, version DESC`, [used]);
    await this.processes.deploy(auth, { bpmnXml: draft.content, forms: schemas.map((s) => s.schema) });
    return (await this.processes.find(draft.itemKey)).version;
  }

  private async decide(auth: AuthContext, draft: DraftEntity, state: DraftState, action: ReviewAction, comment: string | null, elementComments: ElementComment[], lang: Locale): Promise<DraftModel> {
    const em = this.db.em;
    draft.state = state;
    draft.updatedAt = new Date();
    await em.save(draft);
    await em.insert(DraftReviewEntity, { workspaceId: auth.workspaceId, draftId: draft.id, action, actorId: auth.userId, comment: comment?.trim() || null, elementComments });
    return this.view.toModel(draft, lang);
  }
}

function requireState(draft: DraftEntity, allowed: DraftState[]): void {
  if (!allowed.includes(draft.state)) {
    throw new ReviewException('WRONG_STATE', { params: { id: draft.id, state: draft.state, needed: allowed.join(' / ') }, fields: [{ key: 'draftId', message: { en: draft.state, 'zh-CN': draft.state } }] });
  }
}

/** Ids a reviewer may comment on: every BPMN element of a process draft; field keys and component ids of a form. */
async function elementIdsOf(draft: DraftEntity): Promise<Set<string>> {
  if (draft.kind === 'FORM') {
    return new Set(listFormFields(formSchemaOf(draft.content)).flatMap((f) => (f.componentId ? [f.key, f.componentId] : [f.key])));
  }
  const parsed = await parseBpmn(draft.content);
  return new Set(parsed.ok ? Object.keys(parsed.document.elementsById) : []);
}
