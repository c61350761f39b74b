import type { EntityManager } from 'typeorm';
import type { Clock } from './clock.js';
import { lockInstance, resume, startInstance } from './commands.js';
import type { Actor, Variables } from './runtime-types.js';

export interface SignalSubscriptionRow {
  id: string;
  workspace_id: string;
  definition_id: string;
  bpmn_process_id: string;
  process_instance_id: string | null;
  element_instance_id: string | null;
  element_id: string;
  signal_name: string;
  interrupting: boolean;
  state: 'OPEN' | 'CLOSED';
  created_at: Date;
}

/** An instance a signal moved on (a catch, boundary, event-based gateway or event sub-process) or started. */
export interface SignalTrigger {
  processInstanceId: string;
  bpmnProcessId: string;
  elementId: string;
  started: boolean;
}

export interface BroadcastOutcome {
  triggered: SignalTrigger[];
  /** targets whose command failed (e.g. an endless loop): rolled back to a savepoint and left as they were */
  failed: { subscriptionId: string; reason: string }[];
}

/**
 * Broadcasts a signal in the caller's (tenant) transaction: every subscription open now (or opened before `before`,
 * for a signal thrown by a process) is triggered once, each as a command under its instance's lock, instances in id
 * order so two broadcasts lock them in the same order; then every signal start event starts an instance. Subscriptions
 * that open while the broadcast runs (a caught signal leading to another catch of it) are not triggered by it. One
 * target's failure is rolled back to a savepoint and does not stop the others.
 */
export async function broadcastSignal(em: EntityManager, actor: Actor, name: string, variables: Variables, clock: Clock, before: Date | null = null): Promise<BroadcastOutcome> {
  const subscriptions: SignalSubscriptionRow[] = await em.query(
    `SELECT * FROM signal_subscriptions WHERE state = 'OPEN' AND signal_name = $1 AND ($2::timestamptz IS NULL OR created_at < $2)
     ORDER BY process_instance_id NULLS LAST, created_at, id`,
    [name, before],
  );
  const outcome: BroadcastOutcome = { triggered: [], failed: [] };
  for (const subscription of subscriptions) {
    try {
      const trigger = await inSavepoint(em, () =>
        subscription.process_instance_id ? triggerSubscription(em, actor, subscription, variables, clock) : startBySignal(em, actor, subscription, variables, clock),
      );
      if (trigger) outcome.triggered.push(trigger);
    } catch (error) {
      outcome.failed.push({ subscriptionId: subscription.id, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcome;
}

/**
 * A signal thrown by a process (throw or end event) was queued in its command's transaction; the engine poller
 * broadcasts it here, in a transaction of its own, and deletes it in the same one: exactly once. False when another
 * replica has it (or had it).
 */
export async function broadcastQueuedSignal(em: EntityManager, actor: Actor, broadcastId: string, clock: Clock): Promise<BroadcastOutcome | null> {
  const [queued]: { id: string; name: string; variables: Variables; created_at: Date }[] = await em.query(
    `SELECT id, name, variables, created_at FROM signal_broadcasts WHERE id = $1 FOR UPDATE SKIP LOCKED`,
    [broadcastId],
  );
  if (!queued) return null;
  const outcome = await broadcastSignal(em, actor, queued.name, queued.variables, clock, queued.created_at);
  await em.query(`DELETE FROM signal_broadcasts WHERE id = $1`, [broadcastId]);
  return outcome;
}

async function triggerSubscription(em: EntityManager, actor: Actor, row: SignalSubscriptionRow, variables: Variables, clock: Clock): Promise<SignalTrigger | null> {
  const instance = await lockInstance(em, row.process_instance_id as string);
  const [subscription]: SignalSubscriptionRow[] = await em.query(`SELECT * FROM signal_subscriptions WHERE id = $1 FOR UPDATE`, [row.id]);
  if (!instance || instance.state !== 'ACTIVE' || subscription?.state !== 'OPEN' || !subscription.element_instance_id) return null;
  const execution = await resume(em, actor, instance, clock);
  if (!execution.token(subscription.element_instance_id)) return null;
  await execution.trigger(subscription.element_instance_id, subscription.element_id, variables);
  return { processInstanceId: instance.id, bpmnProcessId: subscription.bpmn_process_id, elementId: subscription.element_id, started: false };
}

async function startBySignal(em: EntityManager, actor: Actor, start: SignalSubscriptionRow, variables: Variables, clock: Clock): Promise<SignalTrigger> {
  const [definition]: { id: string; bpmn_process_id: string; version: number }[] = await em.query(
    `SELECT id, bpmn_process_id, version FROM process_definitions WHERE id = $1`,
    [start.definition_id],
  );
  const { instanceId } = await startInstance(em, actor, { id: definition.id, bpmnProcessId: definition.bpmn_process_id, version: definition.version }, variables, {
    clock,
    startEventId: start.element_id,
  });
  return { processInstanceId: instanceId, bpmnProcessId: start.bpmn_process_id, elementId: start.element_id, started: true };
}

let savepoints = 0;

async function inSavepoint<T>(em: EntityManager, run: () => Promise<T>): Promise<T> {
  const name = `signal_target_${++savepoints}`;
  await em.query(`SAVEPOINT ${name}`);
  try {
    const result = await run();
    await em.query(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (error) {
    await em.query(`ROLLBACK TO SAVEPOINT ${name}`);
    throw error;
  }
}
