import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { Role } from '../../common/auth/role.js';
import { Db } from '../../database/db.service.js';
import { AuditService } from '../audit/audit.service.js';
import { MessageService } from '../message/message.service.js';
import { MessageCorrelationModel } from '../message/dtos/message.model.js';
import { SecretVault } from '../secret/secret-vault.service.js';
import { WebhookKeyModel } from './dtos/webhook-key.model.js';
import { WebhookKeyEntity } from './entities/webhook-key.entity.js';
import { WebhookException } from './webhook.exception.js';
import { SIGNATURE_HEADER, signatureMatches } from './webhook-signature.js';

/** The sealed key's name in the vault's additional data: lower case, so no connector secret can have it. */
const KEY_NAME = 'webhook:hmac';
/** Commands from a webhook act for no user (like a public form's anonymous submitter). */
const WEBHOOK_USER = '00000000-0000-0000-0000-000000000000';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface WebhookDelivery {
  /** the stored message's id; null for a replayed delivery */
  id: string | null;
  duplicate: boolean;
  correlations: MessageCorrelationModel[];
}

interface WebhookBody {
  correlationKey?: string | null;
  variables?: unknown;
  messageId?: string | null;
  timeToLive?: number | null;
}

/**
 * Inbound message webhooks: `POST /hooks/<workspace id>/<message name>` with a JSON body, signed with the workspace's
 * webhook key (HMAC-SHA256 of the raw body in X-Baton-Signature), publishes the message as publishMessage does. The
 * signature is checked before anything is written; a delivery whose messageId was taken before publishes nothing.
 */
@Injectable()
export class WebhookService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly vault: SecretVault,
    private readonly messages: MessageService,
    private readonly audit: AuditService,
  ) {}

  /** A new random key, sealed at rest and shown this once; the previous key stops working at once. */
  async rotateKey(auth: AuthContext): Promise<WebhookKeyModel> {
    this.access.require(auth, Permission.SECRET_MANAGE);
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const sealed = await this.vault.seal(auth.workspaceId, KEY_NAME, secret);
    await this.db.em.upsert(WebhookKeyEntity, { workspaceId: auth.workspaceId, ...sealed, updatedById: auth.userId, updatedAt: new Date() }, ['workspaceId']);
    await this.audit.recordBy(auth, { action: 'webhook.key_rotated', targetType: 'workspace', targetId: auth.workspaceId });
    const row = await this.db.em.findOneByOrFail(WebhookKeyEntity, { workspaceId: auth.workspaceId });
    return { secret, header: SIGNATURE_HEADER, urlPath: `/hooks/${auth.workspaceId}/<message>`, updatedAt: row.updatedAt };
  }

  /**
   * Checks X-Baton-Signature against the workspace's webhook key, in the caller's tenant transaction (trigger
   * webhooks sign the same way); no key or a wrong signature is BAD_SIGNATURE.
   */
  async verify(workspaceId: string, rawBody: Buffer, signature: string | undefined): Promise<void> {
    const key = await this.db.em.findOneBy(WebhookKeyEntity, { workspaceId });
    if (!key || !signatureMatches(await this.vault.open(workspaceId, KEY_NAME, key), rawBody, signature)) throw new WebhookException('BAD_SIGNATURE');
  }

  async deliver(workspaceId: string, messageName: string, rawBody: Buffer | undefined, signature: string | undefined, ip: string): Promise<WebhookDelivery> {
    // An unknown workspace, one without a key and a wrong signature all answer the same 401.
    if (!UUID.test(workspaceId) || !rawBody) throw new WebhookException('BAD_SIGNATURE');
    const auth: AuthContext = { userId: WEBHOOK_USER, workspaceId, role: Role.MEMBER, email: 'webhook', ip };
    return this.db.tenant(auth, async (em) => {
      await this.verify(workspaceId, rawBody, signature);
      const body = parseBody(rawBody);
      const messageId = body.messageId ?? null;
      if (messageId !== null) {
        const taken: unknown[] = await em.query(
          `INSERT INTO webhook_deliveries (workspace_id, message_name, delivery_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING delivery_id`,
          [workspaceId, messageName, messageId],
        );
        if (taken.length === 0) return { id: null, duplicate: true, correlations: [] };
      }
      const correlationKey = body.correlationKey === undefined || body.correlationKey === null ? null : String(body.correlationKey);
      const published = await this.messages.publish(auth, { name: messageName, correlationKey, variables: body.variables, timeToLive: body.timeToLive, messageId });
      if (messageId !== null) {
        await em.query(`UPDATE webhook_deliveries SET message_id = $4 WHERE workspace_id = $1 AND message_name = $2 AND delivery_id = $3`, [workspaceId, messageName, messageId, published.id]);
      }
      return { id: published.id, duplicate: false, correlations: published.correlations };
    });
  }
}

/** The signed bytes are what count: the body is read from them, not from the framework's parse. */
function parseBody(raw: Buffer): WebhookBody {
  const text = raw.toString('utf8').trim();
  if (text === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new WebhookException('BAD_BODY', { params: { reason: 'It is not valid JSON.' } });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new WebhookException('BAD_BODY', { params: { reason: 'It is not an object.' } });
  const body = value as Record<string, unknown>;
  const bad = (key: string, en: string, zh: string) =>
    new WebhookException('BAD_BODY', { params: { reason: en }, fields: [{ key, message: { en, 'zh-CN': zh } }] });
  if (body.correlationKey !== undefined && body.correlationKey !== null && typeof body.correlationKey !== 'string' && typeof body.correlationKey !== 'number') {
    throw bad('correlationKey', 'correlationKey must be a text or a number.', 'correlationKey 必须是文本或数字。');
  }
  if (body.messageId !== undefined && body.messageId !== null && typeof body.messageId !== 'string') throw bad('messageId', 'messageId must be a text.', 'messageId 必须是文本。');
  if (body.timeToLive !== undefined && body.timeToLive !== null && typeof body.timeToLive !== 'number') throw bad('timeToLive', 'timeToLive must be milliseconds.', 'timeToLive 必须是毫秒数。');
  return body as WebhookBody;
}
