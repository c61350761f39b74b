import { Inject, Injectable } from '@nestjs/common';
import { resolvePublicHost, SsrfError } from '@baton/sdk/net';
import { z } from 'zod';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { ENV, Env } from '../../config/env.js';
import { Db } from '../../database/db.service.js';
import { AuditService } from '../audit/audit.service.js';
import { SecretEntity } from '../secret/entities/secret.entity.js';
import { OutboundAllowListService } from '../secret/outbound-allow-list.service.js';
import { SecretService } from '../secret/secret.service.js';
import { SmtpSettingsInput, SmtpSettingsModel } from './dtos/smtp-settings.model.js';
import { SmtpSettingsEntity } from './entities/smtp-settings.entity.js';
import { NotificationException } from './notification.exception.js';

const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$|^\[?[0-9a-f:.]+\]?$/i;
const SECRET_NAME = /^[A-Z][A-Z0-9_]{0,63}$/;
export const DEFAULT_PASSWORD_SECRET = 'SMTP_PASSWORD';

/** `a@example.com` or `Name <a@example.com>` (the name may be Chinese). */
export const isMailbox = (value: string): boolean => z.email().safeParse(/<([^<>]+)>\s*$/.exec(value)?.[1] ?? value).success;

/** Installation-wide allow-list (BATON_OUTBOUND_ALLOW_HOSTS) plus the workspace's, as for connectors. */
export function allowHostsOf(env: Env, workspaceHosts: string[]): string[] {
  return [...env.BATON_OUTBOUND_ALLOW_HOSTS.split(',').map((h) => h.trim()).filter(Boolean), ...workspaceHosts];
}

/** A workspace's SMTP server for notification mail (admins). The password is a workspace secret, write-only. */
@Injectable()
export class SmtpSettingsService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly secrets: SecretService,
    private readonly allowList: OutboundAllowListService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async get(auth: AuthContext): Promise<SmtpSettingsModel | null> {
    this.access.require(auth, Permission.SECRET_MANAGE);
    const row = await this.db.em.findOneBy(SmtpSettingsEntity, { workspaceId: auth.workspaceId });
    return row ? this.toModel(row) : null;
  }

  async set(auth: AuthContext, input: SmtpSettingsInput): Promise<SmtpSettingsModel> {
    this.access.require(auth, Permission.SECRET_MANAGE);
    const host = (input.host ?? '').trim().toLowerCase();
    const user = input.user?.trim() || null;
    const password = input.password ?? null;
    const passwordSecret = input.passwordSecret?.trim() || (user ? DEFAULT_PASSWORD_SECRET : null);
    const check = new InputCheck();
    if (!host || host.length > 255 || !HOST.test(host)) check.add('host', { en: 'Give a host name or an IP address, such as smtp.example.com.', 'zh-CN': '请填写主机名或 IP 地址，例如 smtp.example.com。' });
    if (!Number.isInteger(input.port) || input.port < 1 || input.port > 65535) check.add('port', { en: 'Give a port from 1 to 65535 (587, 465 or 25).', 'zh-CN': '端口应为 1–65535（如 587、465、25）。' });
    if (typeof input.from !== 'string' || input.from.trim().length > 400 || !isMailbox(input.from.trim())) {
      check.add('from', { en: 'Give an address such as noreply@acme.cn or "Baton <noreply@acme.cn>".', 'zh-CN': '请填写发件地址，例如 noreply@acme.cn 或 "Baton <noreply@acme.cn>"。' });
    }
    if (user && user.length > 320) check.add('user', { en: 'At most 320 characters.', 'zh-CN': '最多 320 个字符。' });
    if (passwordSecret && !SECRET_NAME.test(passwordSecret)) check.add('passwordSecret', { en: 'Use A–Z, digits and _, starting with a letter (SMTP_PASSWORD).', 'zh-CN': '请使用大写字母、数字和下划线，以字母开头（如 SMTP_PASSWORD）。' });
    if (password !== null && (password.length === 0 || password.length > 8192)) check.add('password', { en: 'Give 1–8192 characters.', 'zh-CN': '请提供 1–8192 个字符。' });
    if (password !== null && !user) check.add('user', { en: 'A password needs a user name.', 'zh-CN': '设置密码时需要填写用户名。' });
    check.throwIfAny();
    if (user && password === null && !(await this.db.em.existsBy(SecretEntity, { workspaceId: auth.workspaceId, name: passwordSecret! }))) {
      new InputCheck().add('password', { en: `Give the password, or set the secret ${passwordSecret} first.`, 'zh-CN': `请填写密码，或先设置密钥 ${passwordSecret}。` }).throwIfAny();
    }
    await this.assertReachable(host, input.port);
    if (password !== null) await this.secrets.set(auth, passwordSecret!, password);
    const values = {
      workspaceId: auth.workspaceId, enabled: input.enabled ?? true, host, port: input.port, secure: input.secure ?? false,
      fromAddress: input.from.trim(), username: user, passwordSecret: user ? passwordSecret : null, updatedById: auth.userId, updatedAt: new Date(),
    };
    await this.db.em.upsert(SmtpSettingsEntity, values, ['workspaceId']);
    await this.audit.recordBy(auth, {
      action: 'notification.smtp_set', targetType: 'workspace', targetId: auth.workspaceId,
      details: { enabled: values.enabled, host, port: values.port, secure: values.secure, from: values.fromAddress, user, passwordSecret: values.passwordSecret, passwordChanged: password !== null },
    });
    return this.toModel(await this.db.em.findOneByOrFail(SmtpSettingsEntity, { workspaceId: auth.workspaceId }));
  }

  /** The SSRF rule connectors follow: private and loopback mail servers only when the allow-list names them. */
  private async assertReachable(host: string, port: number): Promise<void> {
    try {
      await resolvePublicHost(host, port, allowHostsOf(this.env, await this.allowList.hosts()));
    } catch (error) {
      if (!(error instanceof SsrfError)) throw error;
      const detail = error.reason === 'unresolvable' ? 'it does not resolve' : 'it is not a public address';
      throw new NotificationException('SMTP_HOST_REFUSED', {
        params: { host, detail },
        fields: [{ key: 'host', message: { en: `${host}: ${detail}.`, 'zh-CN': `${host}：${error.reason === 'unresolvable' ? '无法解析' : '不是公网地址'}。` } }],
      });
    }
  }

  private async toModel(row: SmtpSettingsEntity): Promise<SmtpSettingsModel> {
    const passwordSet = row.passwordSecret ? await this.db.em.existsBy(SecretEntity, { workspaceId: row.workspaceId, name: row.passwordSecret }) : false;
    return {
      enabled: row.enabled, host: row.host, port: row.port, secure: row.secure, from: row.fromAddress, user: row.username,
      passwordSecret: row.passwordSecret, passwordSet, updatedAt: row.updatedAt,
    };
  }
}
