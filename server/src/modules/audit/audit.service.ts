import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AccessService } from '../../common/auth/access.service.js';
import { Permission } from '../../common/auth/permission.js';
import { Db } from '../../database/db.service.js';
import { AuditEventEntity } from './entities/audit-event.entity.js';
import { decodeCursor, encodeCursor } from '../../common/graphql/cursor.js';

export type AuditAction =
  | 'auth.signed_up'
  | 'auth.signed_in'
  | 'auth.sign_in_failed'
  | 'auth.locked_out'
  | 'auth.refresh_token_reused'
  | 'auth.password_changed'
  | 'workspace.created'
  | 'member.invited'
  | 'member.invitation_revoked'
  | 'member.joined'
  | 'member.role_changed'
  | 'member.removed'
  | 'group.created'
  | 'group.deleted'
  | 'group.member_added'
  | 'group.member_removed'
  | 'form.indexes_set'
  | 'process.deployed'
  | 'process.instance_cancelled'
  | 'process.incident_resolved'
  | 'process.instance_modified'
  | 'process.variables_set'
  | 'process.instance_migrated'
  | 'process.batch_started'
  | 'process.batch_cancelled'
  | 'form.link_created'
  | 'form.link_revoked'
  | 'secret.set'
  | 'secret.deleted'
  | 'secret.rotated'
  | 'connector.allow_list_set'
  | 'plugin.installed'
  | 'plugin.enabled'
  | 'plugin.disabled'
  | 'plugin.uninstalled'
  | 'webhook.key_rotated'
  | 'notification.smtp_set'
  | 'task.transferred'
  | 'task.delegated'
  | 'task.resolved'
  | 'task.copied'
  | 'task.returned'
  | 'task.signer_added'
  | 'task.sla_action'
  | 'calendar.set';

export interface AuditInput {
  workspaceId: string;
  action: AuditAction;
  actorId?: string | null;
  actorEmail?: string | null;
  ip?: string | null;
  targetType?: string;
  targetId?: string;
  details?: object;
}

@Injectable()
export class AuditService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
  ) {}

  /** Appends an event in the caller's transaction, so it commits or rolls back with the change it records. */
  async record(event: AuditInput, em: EntityManager = this.db.em): Promise<void> {
    await em.insert(AuditEventEntity, {
      workspaceId: event.workspaceId,
      action: event.action,
      actorId: event.actorId ?? null,
      actorEmail: event.actorEmail ?? null,
      ip: event.ip ?? null,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      details: event.details ?? null,
    });
  }

  recordBy(auth: AuthContext, event: Omit<AuditInput, 'workspaceId' | 'actorId' | 'actorEmail' | 'ip'>): Promise<void> {
    return this.record({ ...event, workspaceId: auth.workspaceId, actorId: auth.userId, actorEmail: auth.email, ip: auth.ip });
  }

  async list(auth: AuthContext, options: { action?: string | null; first?: number | null; after?: string | null }) {
    this.access.require(auth, Permission.AUDIT_READ);
    const first = Math.min(Math.max(options.first ?? 50, 1), 200);
    const cursor = options.after ? decodeCursor(options.after) : null;
    const action = options.action ?? null;
    const [{ count }] = await this.db.em.query(
      `SELECT count(*)::int AS count FROM audit_events WHERE workspace_id = $1 AND ($2::text IS NULL OR action = $2)`,
      [auth.workspaceId, action],
    );
    // Dates travel in the cursor with millisecond precision, so order and compare at that precision.
    const ids: { id: string }[] = await this.db.em.query(
      `SELECT id FROM audit_events
       WHERE workspace_id = $1 AND ($2::text IS NULL OR action = $2)
         AND ($3::timestamptz IS NULL OR (date_trunc('milliseconds', created_at), id) < ($3::timestamptz, $4::uuid))
       ORDER BY date_trunc('milliseconds', created_at) DESC, id DESC
       LIMIT $5`,
      [auth.workspaceId, action, cursor?.at ?? null, cursor?.id ?? null, first + 1],
    );
    const byId = new Map(
      (await this.db.em.findBy(AuditEventEntity, { id: In(ids.map((r) => r.id)) })).map((e) => [e.id, e]),
    );
    const rows = ids.map((r) => byId.get(r.id)).filter((e): e is AuditEventEntity => e !== undefined);
    const totalCount = count as number;
    const nodes = rows.slice(0, first);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      totalCount,
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last.createdAt, last.id) : null },
    };
  }
}
