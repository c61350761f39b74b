import { Inject, Injectable } from '@nestjs/common';
import nodemailer from 'nodemailer';
import { resolvePublicHost } from '@baton/sdk/net';
import type { EntityManager } from 'typeorm';
import { ENV, Env } from '../../config/env.js';
import { SecretVault } from '../secret/secret-vault.service.js';
import { outboxSql, OutboxRow } from './notification-outbox.repository.js';
import { sealName } from './notification-outbox.service.js';
import { NotificationKind } from './notification-kind.js';
import { allowHostsOf } from './smtp-settings.service.js';
import { renderMail, RenderedMail } from './templates/render-mail.js';
import type { MailLocale } from './templates/template-types.js';
import { formatDate, mailLocale } from './utils/format-date.util.js';

export type Delivery =
  | { state: 'SENT'; messageId: string; payload?: Record<string, unknown> }
  | { state: 'SKIPPED'; reason: string; payload?: Record<string, unknown> };

interface Composed {
  to: { name: string; address: string };
  mail: RenderedMail;
  /** the account page, where a member switches a kind off (none for invitations) */
  settingsLink?: string;
  /** what the row keeps once sent (an invitation's sealed link is wiped) */
  payload?: Record<string, unknown>;
}

const ROLE_NAMES: Record<MailLocale, Record<string, string>> = {
  'zh-CN': { OWNER: '所有者', ADMIN: '管理员', BUILDER: '搭建者', MEMBER: '成员' },
  en: { OWNER: 'Owner', ADMIN: 'Admin', BUILDER: 'Builder', MEMBER: 'Member' },
};

/**
 * Turns one outbox row into one SMTP message: reads what the mail is about as it is now (a task done meanwhile,
 * an invitation revoked, a member who left or opted out: skipped, not sent), renders it in the recipient's language
 * and time zone, and sends it through the workspace's SMTP server. Throws when sending failed (the poller retries).
 */
@Injectable()
export class NotificationSender {
  constructor(
    private readonly vault: SecretVault,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async deliver(em: EntityManager, row: OutboxRow): Promise<Delivery> {
    const smtp = await outboxSql.smtp(em, row.workspace_id);
    if (!smtp?.enabled) return { state: 'SKIPPED', reason: 'SMTP is switched off in this workspace', payload: withoutLink(row) };
    const composed = await this.compose(em, row);
    if ('skip' in composed) return { state: 'SKIPPED', reason: composed.skip, payload: withoutLink(row) };
    const address = await resolvePublicHost(smtp.host, smtp.port, allowHostsOf(this.env, await outboxSql.allowHosts(em, row.workspace_id)));
    const password = await this.password(em, row.workspace_id, smtp.username, smtp.password_secret);
    const transport = nodemailer.createTransport({
      host: address, port: smtp.port, secure: smtp.secure,
      // the checked address is dialled; TLS still verifies the certificate against the configured host name
      tls: address !== smtp.host ? { servername: smtp.host } : undefined,
      auth: smtp.username ? { user: smtp.username, pass: password } : undefined,
      connectionTimeout: 15_000, greetingTimeout: 10_000, socketTimeout: 30_000,
    });
    try {
      const info = await transport.sendMail({
        // one Message-ID per outbox row: a mail re-sent after a crash carries the same id, so receivers can drop it
        messageId: `<${row.id}@baton.local>`,
        from: smtp.from_address,
        to: composed.to,
        subject: composed.mail.subject,
        html: composed.mail.html,
        text: composed.mail.text,
        headers: {
          'Auto-Submitted': 'auto-generated',
          'X-Baton-Notification': row.kind,
          ...(composed.settingsLink ? { 'List-Unsubscribe': `<${composed.settingsLink}>` } : {}),
        },
      });
      return { state: 'SENT', messageId: info.messageId, payload: composed.payload };
    } catch (error) {
      throw new Error(mask(error instanceof Error ? error.message : String(error), password));
    } finally {
      transport.close();
    }
  }

  private async compose(em: EntityManager, row: OutboxRow): Promise<Composed | { skip: string }> {
    return row.kind === NotificationKind.INVITATION ? this.composeInvitation(em, row) : this.composeTask(em, row);
  }

  private async composeTask(em: EntityManager, row: OutboxRow): Promise<Composed | { skip: string }> {
    const task = await outboxSql.task(em, row.workspace_id, String(row.payload.taskId));
    if (!task || task.state !== 'CREATED') return { skip: 'the task is no longer open' };
    if (!row.recipient_user_id) return { skip: 'no recipient' };
    const member = await outboxSql.member(em, row.workspace_id, row.recipient_user_id, row.kind);
    if (!member) return { skip: 'the recipient is no longer a member' };
    if (member.opted_out) return { skip: 'the recipient opted out of this kind' };
    const locale = mailLocale(member.locale);
    const base = this.baseUrl();
    const settingsLink = `${base}/account`;
    const data = {
      recipientName: member.name,
      workspaceName: task.workspace_name,
      taskName: task.name || task.element_id,
      processName: task.process_name,
      dueDate: task.due_date ? formatDate(new Date(task.due_date), locale, member.time_zone) : null,
      link: `${base}/inbox/${task.process_instance_id}/${task.id}`,
      isAssignee: row.payload.role === 'assignee',
      assigneeName: task.assignee ? await outboxSql.userName(em, row.workspace_id, task.assignee) : null,
    };
    return { to: { name: member.name, address: member.email }, mail: renderMail(row.kind, locale, data, settingsLink), settingsLink };
  }

  private async composeInvitation(em: EntityManager, row: OutboxRow): Promise<Composed | { skip: string }> {
    const invitationId = String(row.payload.invitationId);
    const invitation = await outboxSql.invitation(em, row.workspace_id, invitationId);
    if (!invitation || invitation.revoked_at || invitation.accepted_at || new Date(invitation.expires_at) <= new Date()) {
      return { skip: 'the invitation is no longer open' };
    }
    const sealed = row.payload.link as { ciphertext: string; keyId: string } | undefined;
    if (!sealed) return { skip: 'the link is gone' };
    const link = await this.vault.open(row.workspace_id, sealName(invitationId), sealed);
    const locale = mailLocale(invitation.user_locale ?? invitation.inviter_locale);
    const zone = invitation.user_time_zone ?? invitation.inviter_time_zone;
    const data = {
      inviterName: invitation.inviter_name ?? invitation.workspace_name,
      workspaceName: invitation.workspace_name,
      role: ROLE_NAMES[locale][invitation.role] ?? invitation.role,
      link,
      expiresAt: formatDate(new Date(invitation.expires_at), locale, zone),
    };
    return { to: { name: '', address: invitation.email }, mail: renderMail(row.kind, locale, data), payload: withoutLink(row) };
  }

  private async password(em: EntityManager, workspaceId: string, user: string | null, secretName: string | null): Promise<string | undefined> {
    if (!user || !secretName) return undefined;
    const sealed = await outboxSql.secret(em, workspaceId, secretName);
    if (!sealed) throw new Error(`The SMTP password secret ${secretName} is not set in this workspace.`);
    return this.vault.open(workspaceId, secretName, sealed);
  }

  private baseUrl(): string {
    return (this.env.BATON_PUBLIC_URL ?? `http://localhost:${this.env.PORT}`).replace(/\/$/, '');
  }
}

/** The row's payload without an invitation's sealed link (undefined: nothing to change). */
export function withoutLink(row: OutboxRow): Record<string, unknown> | undefined {
  if (!('link' in row.payload)) return undefined;
  const { link: _sealed, ...rest } = row.payload;
  return rest;
}

/** Server replies sometimes echo what was sent: never keep or log the password. */
function mask(message: string, password: string | undefined): string {
  return password ? message.split(password).join('***') : message;
}
