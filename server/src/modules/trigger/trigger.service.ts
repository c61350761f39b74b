import { Injectable } from '@nestjs/common';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Role } from '../../common/auth/role.js';
import { Db } from '../../database/db.service.js';
import { ConnectorRunError } from '../../plugin-host/connector-sandbox.js';
import { PluginHost, TriggerMessage } from '../../plugin-host/plugin-host.service.js';
import { isPluginEnabled } from '../../plugin-host/plugin-versions.js';
import { MessageCorrelationModel } from '../message/dtos/message.model.js';
import { MessageService } from '../message/message.service.js';
import { WebhookException } from '../webhook/webhook.exception.js';
import { WebhookService } from '../webhook/webhook.service.js';
import { TriggerException } from './trigger.exception.js';

/** Commands from a trigger act for no user, like message webhooks. */
const TRIGGER_USER = '00000000-0000-0000-0000-000000000000';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TriggerDelivery {
  trigger: string;
  pluginId: string;
  version: string;
  /** the published message */
  id: string;
  messageName: string;
  correlationKey: string;
  correlations: MessageCorrelationModel[];
}

type Problem = { path: string; message: { en: string; 'zh-CN': string } };

/**
 * Plugin triggers at run time: `POST /hooks/<workspace id>/triggers/<type>`, signed like message webhooks. The
 * signature is checked first; then the workspace's (enabled) plugin offering the trigger checks the payload and maps
 * it to a message in its sandbox (no database transaction is held meanwhile), and the message is published: it starts
 * processes with a message start event of that name and moves waiting catch events with the same correlation key.
 */
@Injectable()
export class TriggerService {
  constructor(
    private readonly db: Db,
    private readonly host: PluginHost,
    private readonly webhooks: WebhookService,
    private readonly messages: MessageService,
  ) {}

  async deliver(workspaceId: string, type: string, rawBody: Buffer | undefined, signature: string | undefined, ip: string): Promise<TriggerDelivery> {
    if (!UUID.test(workspaceId) || !rawBody) throw new WebhookException('BAD_SIGNATURE');
    const auth: AuthContext = { userId: TRIGGER_USER, workspaceId, role: Role.MEMBER, email: 'trigger', ip };
    const plugin = await this.db.tenant(auth, async (em) => {
      await this.webhooks.verify(workspaceId, rawBody, signature);
      const [highest] = this.host.catalogue.triggerProviders(workspaceId, type);
      if (!highest) throw new TriggerException('UNKNOWN_TRIGGER', { params: { type }, fields: [{ key: 'type', message: { en: 'Unknown trigger.', 'zh-CN': '未知的触发器。' } }] });
      if (!(await isPluginEnabled(em, highest.pluginId))) {
        throw new TriggerException('TRIGGER_DISABLED', { params: { type, pluginId: highest.pluginId, plugin: highest.name.en, pluginZh: highest.name['zh-CN'] } });
      }
      return highest;
    });
    const message = await this.map(plugin, workspaceId, type, parseBody(rawBody));
    return this.db.tenant(auth, async () => {
      const published = await this.messages.publish(auth, { name: message.messageName, correlationKey: message.correlationKey, variables: message.variables, messageId: message.messageId });
      return { trigger: type, pluginId: plugin.pluginId, version: plugin.version, id: published.id, messageName: published.name, correlationKey: published.correlationKey, correlations: published.correlations };
    });
  }

  private async map(plugin: Parameters<PluginHost['mapTrigger']>[0], workspaceId: string, type: string, payload: unknown): Promise<TriggerMessage> {
    try {
      return await this.host.mapTrigger(plugin, workspaceId, type, payload);
    } catch (error) {
      if (!(error instanceof ConnectorRunError)) throw error;
      const problems = Array.isArray(error.problems) ? (error.problems as Problem[]) : [];
      if (problems.length > 0 && error.message.includes('INVALID_INPUT')) {
        throw new TriggerException('BAD_PAYLOAD', {
          params: { type, summary: problems.map((p) => `${p.path}: ${p.message.en}`).join('; ') },
          fields: problems.map((p) => ({ key: p.path, message: p.message })),
        });
      }
      throw new TriggerException('TRIGGER_FAILED', {
        params: { type, pluginId: plugin.pluginId, version: plugin.version, reason: error.message },
        fields: [{ key: type, message: { en: error.message, 'zh-CN': error.message } }],
      });
    }
  }
}

/** The signed bytes are what count: the payload is read from them, not from the framework's parse. Empty is {}. */
function parseBody(raw: Buffer): unknown {
  const text = raw.toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new TriggerException('BAD_BODY', { fields: [{ key: 'body', message: { en: 'Not valid JSON.', 'zh-CN': '不是有效的 JSON。' } }] });
  }
}
