import type { EventDefinition, FlowNode, MessageRef, ProcessModel } from '../parse/process-model.js';
import { isFeel, timerFieldOf } from '../timers/timer-definition.js';
import { TimerValueError, planTimer } from '../timers/timer-expression.js';
import { cronZone } from './cron-zone.js';
import type { Execution } from './execution.js';
import { evaluate, staticOrFeel, toJson } from './feel.js';
import { IncidentError, nodeLabel, type Token } from './runtime-types.js';

type TimerDefinition = Extract<EventDefinition, { kind: 'timer' }>;
type SignalDefinition = Extract<EventDefinition, { kind: 'signal' }>;

/** Timers due this soon after the command are announced (NOTIFY baton_timers) instead of waiting for the next poll. */
const NOTIFY_WITHIN_MS = 1_000;

/**
 * Schedules a timer for `owner` (the waiting catch event, or the activity a boundary timer is attached to).
 * A FEEL value is evaluated in the owner's scope now; a value that is not ISO 8601 of its kind is an incident.
 */
export async function openTimer(x: Execution, owner: Token, event: FlowNode, definition: TimerDefinition, fireOnce = false): Promise<void> {
  const field = timerFieldOf(definition);
  if (!field) throw new IncidentError('EXPRESSION_ERROR', `The timer of ${nodeLabel(event)} sets no single date, duration or cycle.`);
  const where = `Timer of ${nodeLabel(event)}`;
  const value = isFeel(field.value) ? toJson(evaluate(field.value.trimStart().slice(1), x.vars.visible(owner.id), where)) : field.value;
  const now = x.store.clock.now();
  let plan;
  try {
    plan = planTimer(field.kind, value, now, { timeZone: await cronZone(x.store.em, x.store.workspaceId, field.kind, value) });
  } catch (error) {
    if (error instanceof TimerValueError) throw new IncidentError('EXPRESSION_ERROR', `${where}: ${error.reason.en}`);
    throw error;
  }
  await x.store.events(x.model.id).insertTimer({
    elementInstanceId: owner.id,
    elementId: event.id,
    dueAt: plan.dueAt,
    repetitions: fireOnce ? 1 : plan.repetitions,
    interval: fireOnce ? null : plan.interval,
  });
  if (plan.dueAt <= now + NOTIFY_WITHIN_MS) x.timersDueSoon = true;
}

/**
 * Opens a message subscription for `owner`: the name and the correlation key (`zeebe:subscription`, FEEL evaluated
 * now, in the owner's scope) are fixed from here on. No key means "messages published without a key" (Camunda 7
 * models correlate by name alone). A message already buffered is looked for when the command's steps are done.
 */
export async function openMessage(x: Execution, owner: Token, event: FlowNode, ref: MessageRef, interrupting: boolean): Promise<void> {
  const context = x.vars.visible(owner.id);
  const name = toJson(staticOrFeel(ref.messageName, context, `Message name of ${nodeLabel(event)}`));
  if (typeof name !== 'string' || name.trim() === '') {
    throw new IncidentError('EXPRESSION_ERROR', `The message name of ${nodeLabel(event)} is ${JSON.stringify(name ?? null)}, not a non-empty text.`);
  }
  const key = toJson(staticOrFeel(ref.correlationKey, context, `Correlation key of ${nodeLabel(event)}`));
  if (key !== undefined && key !== null && typeof key !== 'string' && typeof key !== 'number') {
    throw new IncidentError('EXPRESSION_ERROR', `The correlation key of ${nodeLabel(event)} must be a text or a number, got ${JSON.stringify(key)}.`);
  }
  const subscription = {
    elementInstanceId: owner.id,
    elementId: event.id,
    messageName: name.trim(),
    correlationKey: key === undefined || key === null ? '' : String(key),
    interrupting,
  };
  await x.store.events(x.model.id).insertSubscription(subscription);
  x.subscriptionsOpened.push(subscription);
}

/**
 * Opens a signal subscription for `owner` (catch event, event-based gateway, activity with a boundary event, or the
 * scope of an event sub-process). The name is static or FEEL, evaluated now in the owner's scope.
 */
export async function openSignal(x: Execution, owner: Token, event: FlowNode, definition: SignalDefinition, interrupting: boolean): Promise<void> {
  const name = toJson(staticOrFeel(definition.signalName, x.vars.visible(owner.id), `Signal name of ${nodeLabel(event)}`));
  if (typeof name !== 'string' || name.trim() === '') {
    throw new IncidentError('EXPRESSION_ERROR', `The signal name of ${nodeLabel(event)} is ${JSON.stringify(name ?? null)}, not a non-empty text.`);
  }
  await x.store.events(x.model.id).insertSignalSubscription({ elementInstanceId: owner.id, elementId: event.id, signalName: name.trim(), interrupting });
}

/**
 * Opens what waits for the event of `event` (a timer, a message or a signal) on behalf of `owner`; other kinds
 * (error, escalation, link) are not waited for: they are thrown to their catchers.
 */
export async function openEventOf(x: Execution, owner: Token, event: FlowNode, interrupting: boolean): Promise<void> {
  if (!('eventDefinitions' in event)) return;
  for (const definition of event.eventDefinitions) {
    // an interrupting timer fires once: its owner (or the owner's other work) is gone afterwards
    if (definition.kind === 'timer') await openTimer(x, owner, event, definition, interrupting);
    if (definition.kind === 'message') await openMessage(x, owner, event, definition, interrupting);
    if (definition.kind === 'signal') await openSignal(x, owner, event, definition, interrupting);
  }
}

/** An activity that waits gets its boundary timers and message and signal subscriptions. */
export async function attachBoundaryEvents(x: Execution, activity: Token, node: FlowNode): Promise<void> {
  if (!('boundaryEventIds' in node)) return;
  for (const id of node.boundaryEventIds) {
    const boundary = x.model.nodes[id];
    if (boundary.kind === 'boundaryEvent') await openEventOf(x, activity, boundary, boundary.cancelActivity);
  }
}

/** Element instances of these nodes may own timers or subscriptions, to be closed when they end. */
export function mayOwnEvents(model: ProcessModel, node: FlowNode | undefined): boolean {
  if (!node) return false;
  if (node.kind === 'intermediateCatchEvent' || node.kind === 'receiveTask' || node.kind === 'eventBasedGateway') return true;
  if (node.kind === 'subProcess' && model.scopes[node.id]?.nodeIds.some((id) => isEventSubProcess(model.nodes[id]))) return true;
  return 'boundaryEventIds' in node && node.boundaryEventIds.length > 0;
}

export function isEventSubProcess(node: FlowNode | undefined): boolean {
  return node?.kind === 'subProcess' && node.triggeredByEvent;
}
