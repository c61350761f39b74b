import type { EntityManager } from 'typeorm';
import type { NotificationKind } from './notification-kind.js';

export interface OutboxRow {
  id: string;
  workspace_id: string;
  kind: NotificationKind;
  event_key: string;
  recipient_user_id: string | null;
  recipient_email: string;
  payload: Record<string, unknown>;
  attempts: number;
}

export interface TaskContext {
  id: string;
  name: string | null;
  element_id: string;
  state: string;
  due_date: Date | null;
  process_instance_id: string;
  assignee: string | null;
  process_name: string;
  workspace_name: string;
}

export interface RecipientContext {
  id: string;
  name: string;
  email: string;
  locale: string;
  time_zone: string | null;
  opted_out: boolean;
}

export interface InvitationContext {
  id: string;
  email: string;
  role: string;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  workspace_name: string;
  inviter_name: string | null;
  inviter_locale: string | null;
  inviter_time_zone: string | null;
  user_locale: string | null;
  user_time_zone: string | null;
}

/**
 * The outbox's SQL, in one place. The poller runs as the owner role (it serves every workspace), so every read
 * names the row's workspace explicitly.
 */
export const outboxSql = {
  /** The next due mail, locked for this transaction; rows another replica is sending are skipped, not waited for. */
  async claim(em: EntityManager): Promise<OutboxRow | null> {
    const [row]: OutboxRow[] = await em.query(
      `SELECT id, workspace_id, kind, event_key, recipient_user_id, recipient_email, payload, attempts
         FROM notification_outbox
        WHERE state = 'PENDING' AND next_attempt_at <= now()
        ORDER BY next_attempt_at
        LIMIT 1
        FOR UPDATE SKIP LOCKED`,
    );
    return row ?? null;
  },

  async finish(em: EntityManager, id: string, state: 'SENT' | 'SKIPPED' | 'FAILED', detail: { messageId?: string; error?: string; payload?: Record<string, unknown> }): Promise<void> {
    await em.query(
      `UPDATE notification_outbox SET state = $2::text, message_id = $3::text, last_error = coalesce($4::text, last_error), payload = coalesce($5::jsonb, payload),
              attempts = attempts + CASE WHEN $2::text = 'SKIPPED' THEN 0 ELSE 1 END, finished_at = now()
        WHERE id = $1`,
      [id, state, detail.messageId ?? null, detail.error ?? null, detail.payload ? JSON.stringify(detail.payload) : null],
    );
  },

  async retryLater(em: EntityManager, id: string, error: string, delayMs: number): Promise<void> {
    await em.query(
      `UPDATE notification_outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = now() + make_interval(secs => $3::double precision / 1000)
        WHERE id = $1`,
      [id, error, delayMs],
    );
  },

  async deleteFinished(em: EntityManager, keepDays: number): Promise<void> {
    await em.query(`DELETE FROM notification_outbox WHERE state <> 'PENDING' AND finished_at < now() - make_interval(days => $1::int)`, [keepDays]);
  },

  async smtp(em: EntityManager, workspaceId: string) {
    const [row]: { enabled: boolean; host: string; port: number; secure: boolean; from_address: string; username: string | null; password_secret: string | null }[] =
      await em.query(`SELECT enabled, host, port, secure, from_address, username, password_secret FROM smtp_settings WHERE workspace_id = $1`, [workspaceId]);
    return row ?? null;
  },

  async secret(em: EntityManager, workspaceId: string, name: string) {
    const [row]: { ciphertext: string; key_id: string }[] = await em.query(`SELECT ciphertext, key_id FROM secrets WHERE workspace_id = $1 AND name = $2`, [workspaceId, name]);
    return row ? { ciphertext: row.ciphertext, keyId: row.key_id } : null;
  },

  async allowHosts(em: EntityManager, workspaceId: string): Promise<string[]> {
    const [row]: { hosts: string[] }[] = await em.query(`SELECT hosts FROM outbound_allow_lists WHERE workspace_id = $1`, [workspaceId]);
    return row?.hosts ?? [];
  },

  async task(em: EntityManager, workspaceId: string, taskId: string): Promise<TaskContext | null> {
    const [row]: TaskContext[] = await em.query(
      `SELECT t.id, t.name, t.element_id, t.state, t.due_date, t.process_instance_id, t.assignee,
              coalesce(nullif(d.name, ''), d.bpmn_process_id) AS process_name, w.name AS workspace_name
         FROM user_tasks t
         JOIN process_instances p ON p.id = t.process_instance_id
         JOIN process_definitions d ON d.id = p.definition_id
         JOIN workspaces w ON w.id = t.workspace_id
        WHERE t.id = $1 AND t.workspace_id = $2`,
      [taskId, workspaceId],
    );
    return row ?? null;
  },

  /** The recipient while still a member of the workspace, and whether they have opted out of the kind meanwhile. */
  async member(em: EntityManager, workspaceId: string, userId: string, kind: NotificationKind): Promise<RecipientContext | null> {
    const [row]: RecipientContext[] = await em.query(
      `SELECT u.id, u.name, u.email, u.locale, u.time_zone,
              EXISTS (SELECT 1 FROM notification_opt_outs o WHERE o.workspace_id = m.workspace_id AND o.user_id = u.id AND o.kind = $3) AS opted_out
         FROM users u JOIN memberships m ON m.user_id = u.id AND m.workspace_id = $1
        WHERE u.id = $2`,
      [workspaceId, userId, kind],
    );
    return row ?? null;
  },

  /** A task's assignee (a user id or an email) by name, for an escalation mail. */
  async userName(em: EntityManager, workspaceId: string, who: string): Promise<string | null> {
    const [row]: { name: string }[] = await em.query(
      `SELECT u.name FROM users u JOIN memberships m ON m.user_id = u.id AND m.workspace_id = $1 WHERE u.id::text = $2 OR u.email = lower($2)`,
      [workspaceId, who],
    );
    return row?.name ?? null;
  },

  async invitation(em: EntityManager, workspaceId: string, invitationId: string): Promise<InvitationContext | null> {
    const [row]: InvitationContext[] = await em.query(
      `SELECT i.id, i.email, i.role, i.expires_at, i.accepted_at, i.revoked_at, w.name AS workspace_name,
              inviter.name AS inviter_name, inviter.locale AS inviter_locale, inviter.time_zone AS inviter_time_zone,
              invitee.locale AS user_locale, invitee.time_zone AS user_time_zone
         FROM invitations i
         JOIN workspaces w ON w.id = i.workspace_id
         LEFT JOIN users inviter ON inviter.id = i.invited_by_id
         LEFT JOIN users invitee ON invitee.email = i.email
        WHERE i.id = $1 AND i.workspace_id = $2`,
      [invitationId, workspaceId],
    );
    return row ?? null;
  },
};
