import type { EntityManager } from 'typeorm';
import type { Clock } from './clock.js';
import { lockInstance, resume, startInstance } from './commands.js';
import type { Actor, Variables } from './runtime-types.js';

export interface SubscriptionRow {
  id: string;
  workspace_id: string;
  definition_id: string;
  bpmn_process_id: string;
  process_instance_id: string | null;
  element_instance_id: string | null;
  element_id: string;
  message_name: string;
  correlation_key: string;
  interrupting: boolean;
  state: 'OPEN' | 'CLOSED';
}

export interface PublishedMessage {
  id: string;
  correlationKey: string;
  variables: Variables;
}

/**
 * Correlates a published message to one open subscription of a running instance, as a command: instance lock,
 * then the subscription re-checked under its lock, then the (message, process id) correlation row, whose primary
 * key lets the message into each process at most once. Returns the instance id, or null when it no longer applies.
 */
export async function correlateSubscription(em: EntityManager, actor: Actor, subscriptionId: string, message: PublishedMessage, clock: Clock): Promise<string | null> {
  const locked = await lockSubscription(em, actor, subscriptionId, clock);
  if (!locked) return null;
  const { subscription, execution } = locked;
  const events = execution.store.events(execution.model.id);
  if (!(await events.recordCorrelation(message.id, subscription.element_id, subscription.correlation_key, false))) return null;
  await execution.trigger(subscription.element_instance_id as string, subscription.element_id, message.variables);
  return execution.store.instanceId;
}

/**
 * The poller's catch-up for a subscription that opened while a matching message was being published (neither
 * transaction saw the other): looks in the buffer again under the instance lock.
 */
export async function correlateFromBuffer(em: EntityManager, actor: Actor, subscriptionId: string, clock: Clock): Promise<boolean> {
  const locked = await lockSubscription(em, actor, subscriptionId, clock);
  if (!locked) return false;
  const { subscription, execution } = locked;
  return execution.checkBuffer({
    elementInstanceId: subscription.element_instance_id as string,
    elementId: subscription.element_id,
    messageName: subscription.message_name,
    correlationKey: subscription.correlation_key,
    interrupting: subscription.interrupting,
  });
}

/**
 * A message start event: a new instance with the message's variables, unless this process already took the
 * message, or (for a non-empty correlation key) an instance it started by a message with that key is still active.
 */
export async function startByMessage(em: EntityManager, actor: Actor, start: SubscriptionRow, message: PublishedMessage, clock: Clock): Promise<string | null> {
  if (message.correlationKey !== '') {
    const [running]: unknown[] = await em.query(
      `SELECT 1 FROM message_correlations c JOIN process_instances p ON p.id = c.process_instance_id
       WHERE c.bpmn_process_id = $1 AND c.correlation_key = $2 AND c.is_start AND p.state = 'ACTIVE' LIMIT 1`,
      [start.bpmn_process_id, message.correlationKey],
    );
    if (running) return null;
  }
  const taken: unknown[] = await em.query(
    `INSERT INTO message_correlations (message_id, bpmn_process_id, workspace_id, process_instance_id, element_id, correlation_key, is_start)
     VALUES ($1, $2, $3, NULL, $4, $5, true) ON CONFLICT DO NOTHING RETURNING message_id`,
    [message.id, start.bpmn_process_id, start.workspace_id, start.element_id, message.correlationKey],
  );
  if (taken.length === 0) return null;
  const [definition]: { id: string; bpmn_process_id: string; version: number }[] = await em.query(
    `SELECT id, bpmn_process_id, version FROM process_definitions WHERE id = $1`,
    [start.definition_id],
  );
  const { instanceId } = await startInstance(em, actor, { id: definition.id, bpmnProcessId: definition.bpmn_process_id, version: definition.version }, message.variables, {
    clock,
    startEventId: start.element_id,
  });
  await em.query(`UPDATE message_correlations SET process_instance_id = $3 WHERE message_id = $1 AND bpmn_process_id = $2`, [message.id, start.bpmn_process_id, instanceId]);
  return instanceId;
}

async function lockSubscription(em: EntityManager, actor: Actor, subscriptionId: string, clock: Clock) {
  const [peek]: SubscriptionRow[] = await em.query(`SELECT process_instance_id FROM message_subscriptions WHERE id = $1`, [subscriptionId]);
  if (!peek?.process_instance_id) return null;
  const instance = await lockInstance(em, peek.process_instance_id);
  const [subscription]: SubscriptionRow[] = await em.query(`SELECT * FROM message_subscriptions WHERE id = $1 FOR UPDATE`, [subscriptionId]);
  if (!instance || instance.state !== 'ACTIVE' || subscription?.state !== 'OPEN' || !subscription.element_instance_id) return null;
  const execution = await resume(em, actor, instance, clock);
  if (!execution.token(subscription.element_instance_id)) return null;
  return { subscription, execution };
}
