import { Injectable, Logger } from '@nestjs/common';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { SecretException } from '../secret/secret.exception.js';
import { SecretVault } from '../secret/secret-vault.service.js';
import { NotificationKind } from './notification-kind.js';
import { NotificationException } from './notification.exception.js';

export type TaskNotificationKind = NotificationKind.TASK_ASSIGNED | NotificationKind.TASK_SLA_REMINDER | NotificationKind.TASK_ESCALATION;

const TASK_KINDS: readonly NotificationKind[] = [NotificationKind.TASK_ASSIGNED, NotificationKind.TASK_SLA_REMINDER, NotificationKind.TASK_ESCALATION];

export interface TaskNotification {
  taskId: string;
  /** What happened, unique per task: `sla:<timer id>`, `escalation:1`; the same key again mails nobody twice. */
  event: string;
  /** Who to tell instead of the task's assignee or candidates (an escalation's manager, a supervising group). */
  to?: { users?: string[]; groups?: string[] };
}

/**
 * Puts notification mail in the outbox, inside the caller's transaction: the mail exists exactly when the event
 * committed. Task created / assigned mail is enqueued by the `user_tasks` trigger; the engine's SLA work calls
 * `enqueueTask` for reminders and escalations; invitations call `enqueueInvitation`.
 */
@Injectable()
export class NotificationOutbox {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly db: Db,
    private readonly vault: SecretVault,
  ) {}

  /** Mails the task's assignee (or candidates), or `to`; returns how many mails were queued. */
  async enqueueTask(kind: TaskNotificationKind, notification: TaskNotification): Promise<number> {
    const check = new InputCheck().uuid('taskId', notification.taskId);
    if (!TASK_KINDS.includes(kind)) throw new NotificationException('NOT_A_TASK_KIND', { params: { kind: String(kind) }, fields: [{ key: 'kind', message: { en: 'Not a task kind.', 'zh-CN': '不是任务通知。' } }] });
    if (!/^[\w:.-]{1,100}$/.test(notification.event ?? '')) check.add('event', { en: 'Give 1–100 letters, digits, _ : . or -.', 'zh-CN': '请提供 1–100 个字母、数字或 _ : . -。' });
    check.throwIfAny();
    const to = notification.to;
    const rows: { queued: boolean }[] = await this.db.em.query(
      `SELECT baton_enqueue_notification(t.workspace_id, $2, 'task:' || t.id || ':' || $3, r.user_id, r.email,
                jsonb_build_object('taskId', t.id, 'role', $4::text)) AS queued
         FROM user_tasks t
         CROSS JOIN LATERAL baton_task_recipients(t.workspace_id, CASE WHEN $5::boolean THEN NULL ELSE t.assignee END,
           CASE WHEN $5::boolean THEN $6::jsonb ELSE t.candidate_users END, CASE WHEN $5::boolean THEN $7::jsonb ELSE t.candidate_groups END) r
        WHERE t.id = $1`,
      [notification.taskId, kind, notification.event, to ? 'escalation' : 'assignee', Boolean(to), JSON.stringify(to?.users ?? []), JSON.stringify(to?.groups ?? [])],
    );
    if (rows.length === 0 && !(await this.taskExists(notification.taskId))) {
      throw new NotificationException('TASK_NOT_FOUND', { params: { id: notification.taskId }, fields: [{ key: 'taskId', message: { en: 'Not found.', 'zh-CN': '不存在。' } }] });
    }
    return rows.filter((row) => row.queued).length;
  }

  /**
   * Queues the invitation mail with its accept link. The link holds the token, which is stored nowhere else in
   * clear: it is sealed with the secrets key until sent, then wiped. Without a key (production without
   * BATON_SECRETS_KEY) no mail is queued; the inviter still gets the link to pass on.
   */
  async enqueueInvitation(invitation: { workspaceId: string; invitationId: string; email: string; link: string }): Promise<boolean> {
    const em = this.db.em;
    const [on] = await em.query(`SELECT 1 FROM smtp_settings WHERE workspace_id = $1 AND enabled`, [invitation.workspaceId]);
    if (!on) return false;
    let sealed: { ciphertext: string; keyId: string };
    try {
      sealed = await this.vault.seal(invitation.workspaceId, sealName(invitation.invitationId), invitation.link);
    } catch (error) {
      if (!(error instanceof SecretException)) throw error;
      this.logger.warn(`Invitation ${invitation.invitationId}: no mail, the server has no secrets key to protect its link.`);
      return false;
    }
    const [{ queued }] = await em.query(
      `SELECT baton_enqueue_notification($1, 'INVITATION', $2, NULL, $3, $4::jsonb) AS queued`,
      [invitation.workspaceId, `invitation:${invitation.invitationId}`, invitation.email, JSON.stringify({ invitationId: invitation.invitationId, link: sealed })],
    );
    return queued as boolean;
  }

  private async taskExists(id: string): Promise<boolean> {
    return (await this.db.em.query(`SELECT 1 FROM user_tasks WHERE id = $1`, [id])).length > 0;
  }
}

/** The name an invitation link is sealed under (additional data: it opens for this workspace and invitation only). */
export const sealName = (invitationId: string) => `notification:invitation:${invitationId}`;
