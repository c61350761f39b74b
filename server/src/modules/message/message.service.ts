import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { correlateSubscription, startByMessage, type SubscriptionRow } from '../../engine/runtime/index.js';
import { engineCommand } from '../process/utils/engine-command.util.js';
import { checkVariables, variablesOrEmpty } from '../process/utils/variables-input.util.js';
import { EngineClock } from '../timer/engine-clock.js';
import { DEFAULT_TIME_TO_LIVE_MS, MessageCorrelationModel, PublishMessageInput, PublishedMessageModel } from './dtos/message.model.js';
import { MessageException } from './message.exception.js';

/** The longest time to live: a GraphQL Int of milliseconds (about 24.8 days). */
const MAX_TIME_TO_LIVE_MS = 2_147_483_647;

@Injectable()
export class MessageService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly clock: EngineClock,
  ) {}

  /**
   * Publishes a message in the request's transaction: it is stored (buffered until its time to live ends), then
   * correlated to at most one open subscription per process (the oldest, as Zeebe does), then to message start
   * events of processes that did not take it. Subscriptions that open later look in the buffer.
   */
  async publish(auth: AuthContext, input: PublishMessageInput): Promise<PublishedMessageModel> {
    this.access.require(auth, Permission.PROCESS_START);
    const name = input.name?.trim() ?? '';
    const correlationKey = input.correlationKey ?? '';
    const ttl = input.timeToLive ?? DEFAULT_TIME_TO_LIVE_MS;
    const check = new InputCheck().text('name', name, { min: 1, max: 255 });
    if (correlationKey.length > 255) check.add('correlationKey', { en: 'At most 255 characters.', 'zh-CN': '最多 255 个字符。' });
    if (input.messageId !== undefined && input.messageId !== null) check.text('messageId', input.messageId, { min: 1, max: 255 });
    if (!Number.isInteger(ttl) || ttl < 0 || ttl > MAX_TIME_TO_LIVE_MS) {
      check.add('timeToLive', { en: `Milliseconds from 0 to ${MAX_TIME_TO_LIVE_MS}.`, 'zh-CN': `应为 0 到 ${MAX_TIME_TO_LIVE_MS} 之间的毫秒数。` });
    }
    checkVariables(input.variables, 'variables', check).throwIfAny();
    const em = this.db.em;
    await this.requireKnownName(name);
    const now = this.clock.now();
    const messageId = input.messageId ?? null;
    if (messageId !== null) {
      await em.query(`DELETE FROM messages WHERE name = $1 AND correlation_key = $2 AND message_id = $3 AND expires_at <= $4`, [name, correlationKey, messageId, new Date(now)]);
    }
    const variables = variablesOrEmpty(input.variables);
    const [stored]: { id: string; expires_at: Date }[] = await em.query(
      `INSERT INTO messages (workspace_id, name, correlation_key, message_id, variables, expires_at, published_by)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7) ON CONFLICT DO NOTHING RETURNING id, expires_at`,
      [auth.workspaceId, name, correlationKey, messageId, JSON.stringify(variables), new Date(now + ttl), auth.userId],
    );
    if (!stored) throw new MessageException('MESSAGE_ALREADY_PUBLISHED', { params: { name, messageId: messageId ?? '' } });
    const message = { id: stored.id, correlationKey, variables };
    const actor = { workspaceId: auth.workspaceId, userId: auth.userId };
    const correlations: MessageCorrelationModel[] = [];
    const open: SubscriptionRow[] = await em.query(
      `SELECT * FROM message_subscriptions WHERE state = 'OPEN' AND message_name = $1 AND correlation_key = $2
       ORDER BY process_instance_id IS NULL, created_at, id`,
      [name, correlationKey],
    );
    const starts: SubscriptionRow[] = await em.query(
      `SELECT * FROM message_subscriptions WHERE state = 'OPEN' AND message_name = $1 AND process_instance_id IS NULL ORDER BY bpmn_process_id`,
      [name],
    );
    const taken = new Set<string>();
    for (const subscription of open.filter((s) => s.process_instance_id !== null)) {
      if (taken.has(subscription.bpmn_process_id)) continue;
      const instanceId = await engineCommand(() => correlateSubscription(em, actor, subscription.id, message, this.clock));
      if (!instanceId) continue;
      taken.add(subscription.bpmn_process_id);
      correlations.push({ processInstanceId: instanceId, bpmnProcessId: subscription.bpmn_process_id, elementId: subscription.element_id, started: false });
    }
    for (const start of starts) {
      if (taken.has(start.bpmn_process_id)) continue;
      const instanceId = await engineCommand(() => startByMessage(em, actor, start, message, this.clock));
      if (!instanceId) continue;
      taken.add(start.bpmn_process_id);
      correlations.push({ processInstanceId: instanceId, bpmnProcessId: start.bpmn_process_id, elementId: start.element_id, started: true });
    }
    return { id: stored.id, name, correlationKey, messageId, expiresAt: stored.expires_at, correlations };
  }

  /** A name no deployed version waits for is a typo or a missing deploy: refused rather than buffered unseen. */
  private async requireKnownName(name: string): Promise<void> {
    const [known]: unknown[] = await this.db.em.query(
      `SELECT 1 FROM process_definitions
       WHERE message_names ? $1 OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(message_names) n WHERE n LIKE '=%') LIMIT 1`,
      [name],
    );
    if (!known) {
      throw new MessageException('MESSAGE_UNKNOWN', {
        params: { name },
        fields: [{ key: 'name', message: { en: 'No process waits for this message.', 'zh-CN': '没有流程在等待此消息。' } }],
      });
    }
  }
}
