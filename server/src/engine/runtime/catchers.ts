import type { EventDefinition, FlowNode } from '../parse/process-model.js';
import type { Execution } from './execution.js';
import { isEventSubProcess } from './event-subscriptions.js';
import { eventSubProcessStarts } from './event-sub-processes.js';
import { isInnerInstance, MI_BODY } from './multi-instance.js';
import type { Token } from './runtime-types.js';

/** A BPMN error (error end event, a job's throwError) or escalation (throw or end event) on its way to a catcher. */
export interface Thrown {
  readonly kind: 'error' | 'escalation';
  readonly code: string;
}

/** Who catches: the element instance owning the catch event (an activity, or a scope with event sub-processes). */
export interface Catcher {
  readonly ownerId: string;
  readonly eventId: string;
}

/**
 * Finds the catch event for a throw at element instance `from`, innermost first, as BPMN and Zeebe do: the boundary
 * events of `from` itself (a job's activity), then for each enclosing scope its event sub-processes' start events
 * and then the boundary events of the scope's activity, up to the process. At each of these levels a catch event
 * naming the code wins over a catch-all (no code). A throw from inside an event sub-process is not caught by the
 * event sub-processes beside it, only further out.
 */
export function findCatcher(x: Execution, from: Token, thrown: Thrown): Catcher | null {
  // the boundary events of a multi-instance activity are its body's, not each inner instance's
  const own = isInnerInstance(x, from) ? undefined : pick(boundaryEvents(x, x.model.nodes[from.elementId]), thrown);
  if (own) return { ownerId: from.id, eventId: own };
  for (let child = from, scope = parentOf(x, from); scope; child = scope, scope = parentOf(x, scope)) {
    if (!isEventSubProcess(x.model.nodes[child.elementId]) && scope.kind !== MI_BODY) {
      const start = pick(eventSubProcessStarts(x.model, scope.elementId), thrown);
      if (start) return { ownerId: scope.id, eventId: start };
    }
    const boundary = isInnerInstance(x, scope) ? undefined : pick(boundaryEvents(x, x.model.nodes[scope.elementId]), thrown);
    if (boundary) return { ownerId: scope.id, eventId: boundary };
  }
  return null;
}

function parentOf(x: Execution, token: Token): Token | undefined {
  return token.scopeId ? x.token(token.scopeId) : undefined;
}

function boundaryEvents(x: Execution, node: FlowNode | undefined): FlowNode[] {
  if (!node || !('boundaryEventIds' in node)) return [];
  return node.boundaryEventIds.map((id) => x.model.nodes[id]).filter((n) => n !== undefined);
}

/** The id of the event catching `thrown` among `events`: one naming its code, else a catch-all. */
function pick(events: readonly FlowNode[], thrown: Thrown): string | undefined {
  let catchAll: string | undefined;
  for (const event of events) {
    if (!('eventDefinitions' in event)) continue;
    for (const definition of event.eventDefinitions) {
      if (definition.kind !== thrown.kind) continue;
      const code = codeOf(definition);
      if (code === thrown.code) return event.id;
      if (code === undefined) catchAll ??= event.id;
    }
  }
  return catchAll;
}

/** The code a catch event names; undefined (no ref, or a ref without a code) catches every one. */
export function codeOf(definition: EventDefinition): string | undefined {
  const code = definition.kind === 'error' ? definition.errorCode : definition.kind === 'escalation' ? definition.escalationCode : undefined;
  return code?.trim() ? code.trim() : undefined;
}
