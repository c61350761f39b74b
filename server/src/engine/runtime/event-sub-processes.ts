import type { FlowNode, ProcessModel, StartEventNode } from '../parse/process-model.js';
import type { Execution } from './execution.js';
import { isEventSubProcess, openEventOf } from './event-subscriptions.js';
import { applyResult } from './io-mapping.js';
import type { Token, Variables } from './runtime-types.js';

/**
 * Event sub-processes (`triggeredByEvent`): each sits in a scope (the process or a sub-process) and starts by its one
 * start event while that scope is active. Timer, message and signal starts wait as the scope's timers and
 * subscriptions (owned by the scope's element instance, opened when it starts); error and escalation starts are
 * found by the throw (see catchers.ts). An interrupting start ends everything else in the scope first.
 */

/** The start events of the event sub-processes directly inside a scope (process id or sub-process id). */
export function eventSubProcessStarts(model: ProcessModel, scopeElementId: string): StartEventNode[] {
  const starts: StartEventNode[] = [];
  for (const id of model.scopes[scopeElementId]?.nodeIds ?? []) {
    if (!isEventSubProcess(model.nodes[id])) continue;
    const startId = model.scopes[id]?.startEventIds[0];
    const start = startId ? model.nodes[startId] : undefined;
    if (start?.kind === 'startEvent') starts.push(start);
  }
  return starts;
}

/** True when `node` is the start event of an event sub-process. */
export function isEventSubProcessStart(model: ProcessModel, node: FlowNode | undefined): node is StartEventNode {
  return node?.kind === 'startEvent' && isEventSubProcess(model.nodes[node.scopeId]);
}

export function hasEventSubProcesses(model: ProcessModel, scopeElementId: string): boolean {
  return eventSubProcessStarts(model, scopeElementId).length > 0;
}

/** A scope started (the process, a sub-process): its event sub-processes' timers and subscriptions open. */
export async function openEventSubProcesses(x: Execution, scope: Token): Promise<void> {
  for (const start of eventSubProcessStarts(x.model, scope.elementId)) await openEventOf(x, scope, start, start.isInterrupting);
}

/**
 * The start event of an event sub-process of `scope` was triggered. Interrupting: every other token of the scope is
 * terminated and the scope's other event sub-processes stop waiting. Then an instance of the event sub-process
 * starts beside whatever still runs, with the event's variables; the scope completes when it (and the rest) do.
 */
export async function triggerEventSubProcess(x: Execution, scope: Token, start: StartEventNode, variables: Variables): Promise<void> {
  if (start.isInterrupting) {
    await x.terminateInside(scope.id, null);
    const starts = eventSubProcessStarts(x.model, scope.elementId).map((s) => s.id);
    await x.store.events(x.model.id).closeEventsOfElements(scope.id, starts);
  }
  const instance = x.spawn(start.scopeId, scope.id);
  await openEventSubProcesses(x, instance);
  const token = await x.enter(start.id, instance.id, null);
  applyResult(start, token, x.vars, variables);
}
