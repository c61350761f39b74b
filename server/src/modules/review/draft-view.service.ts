import { Injectable } from '@nestjs/common';
import { Locale } from '../../common/errors/baton.exception.js';
import { Db } from '../../database/db.service.js';
import { DraftKind, DraftModel, DraftReviewModel, DraftStateEnum } from './dtos/draft.model.js';
import { DraftReviewEntity } from './entities/draft-review.entity.js';
import { DraftEntity } from './entities/draft.entity.js';

/** Turns stored drafts into the GraphQL shape: problems in the request language, the review trail with names. */
@Injectable()
export class DraftViewService {
  constructor(private readonly db: Db) {}

  async toModel(draft: DraftEntity, lang: Locale): Promise<DraftModel> {
    const [app]: { key: string }[] = await this.db.em.query(`SELECT key FROM apps WHERE id = $1`, [draft.appId]);
    const reviews = await this.db.em.find(DraftReviewEntity, { where: { draftId: draft.id }, order: { createdAt: 'ASC' } });
    const names = await this.userNames(reviews.map((r) => r.actorId));
    const isProcess = draft.kind === 'PROCESS';
    return {
      id: draft.id,
      appKey: app?.key ?? '',
      kind: draft.kind as DraftKind,
      key: draft.itemKey,
      bpmnXml: isProcess ? draft.content : null,
      formSchema: isProcess ? null : JSON.parse(draft.content),
      state: draft.state as DraftStateEnum,
      authorId: draft.authorId,
      contributorIds: draft.contributorIds,
      baseVersion: draft.baseVersion,
      deployedVersion: draft.deployedVersion,
      problems: draft.problems.map((p) => ({ elementId: p.elementId, rule: p.rule, severity: p.severity, message: p.message[lang] })),
      reviews: reviews.map((r): DraftReviewModel => ({
        id: r.id, action: r.action, actorId: r.actorId, actorName: names.get(r.actorId) ?? null,
        comment: r.comment, elementComments: r.elementComments, createdAt: r.createdAt,
      })),
      createdAt: draft.createdAt,
      updatedAt: draft.updatedAt,
    };
  }

  private async userNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.db.em.query(
      `SELECT u.id, u.name FROM users u JOIN memberships m ON m.user_id = u.id WHERE u.id = ANY($1)`, [[...new Set(ids)]]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
