import type { BoundaryEventNode, EventDefinition, FlowNode, ProcessModel } from '../parse/process-model.js';
import type { Execution } from './execution.js';
import { isEventSubProcess } from './event-subscriptions.js';
import { MI_BODY } from './multi-instance.js';
import type { Activation, Token } from './runtime-types.js';

type CompensationDefinition = Extract<EventDefinition, { kind: 'compensation' }>;

/**
 * Compensation, as Camunda 8 runs it. A compensation throw event (intermediate or end) invokes the compensation
 * handlers of the activities that COMPLETED in its scope (an event sub-process compensates the scope it sits in),
 * looking into completed embedded sub-processes and multi-instance bodies too (one handler per completed inner
 * instance), but not into called instances. `activityRef` narrows it to that activity (or what is inside it).
 * Active and terminated activities are not compensated, and each completed element instance at most once: invoking
 * its handler writes a `COMPENSATING` history entry for it, which later throws skip.
 *
 * Which activities completed, and in which order, is read from `element_instances` (state COMPLETED) and
 * `process_history` (its COMPLETED entry's sequence id), so nothing new is stored. All handlers start at once (as
 * Zeebe), entered in reverse order of completion. With `waitForCompletion` (the default) the
 * handlers run inside the throw event's element instance, which completes when the last of them does; with
 * `waitForCompletion="false"` they run beside it in its scope and the throw event moves on at once.
 *
 * Handlers see the variables of the scope the throw event is in (where a same-scope activity ran). The locals of a
 * completed sub-process or of a multi-instance inner instance were deleted when it ended: a handler of an activity
 * inside one sees the variables of the scope outside it.
 */
export async function throwCompensation(x: Execution, token: Token, definition: CompensationDefinition): Promise<Activation> {
  const scopeId = compensatedScope(x, token);
  await x.store.flushTokensAndHistory();
  const completed = await x.store.completedInstances();
  const invocations = handlersToInvoke(x.model, completed, scopeId, definition.activityId);
  if (invocations.length === 0) return 'complete';
  const wait = definition.waitForCompletion !== false;
  x.store.history(invocations.map((i) => ({ elementInstanceId: i.compensatedId, elementId: i.activityId, kind: i.kind, event: 'COMPENSATING' })));
  for (const invocation of invocations) await x.enter(invocation.handlerId, wait ? token.id : (token.scopeId as string), null);
  return wait ? 'wait' : 'complete';
}

/** A completed element instance as compensation reads it: `seq` orders completions (the history entry's id). */
export interface CompletedInstance {
  readonly id: string;
  readonly elementId: string;
  readonly kind: string;
  readonly scopeId: string | null;
  readonly seq: number;
}

export interface Invocation {
  readonly compensatedId: string;
  readonly activityId: string;
  readonly kind: string;
  readonly handlerId: string;
  readonly seq: number;
}

/** The element instance whose completed activities a throw event at `token` compensates. */
function compensatedScope(x: Execution, token: Token): string {
  const scope = token.scopeId ? x.token(token.scopeId) : undefined;
  // a throw inside an event sub-process compensates the scope the event sub-process runs in
  if (scope && scope.scopeId && isEventSubProcess(x.model.nodes[scope.elementId])) return scope.scopeId;
  return token.scopeId as string;
}

/**
 * The handlers to invoke for the completed instances under `scopeId` (not yet compensated), latest completion first.
 * Pure, for unit tests.
 */
export function handlersToInvoke(model: ProcessModel, completed: readonly CompletedInstance[], scopeId: string, activityRef?: string): Invocation[] {
  const byScope = new Map<string, CompletedInstance[]>();
  for (const row of completed) {
    if (!row.scopeId) continue;
    const rows = byScope.get(row.scopeId) ?? [];
    rows.push(row);
    byScope.set(row.scopeId, rows);
  }
  const found: Invocation[] = [];
  const visit = (parentId: string, only?: string) => {
    for (const row of byScope.get(parentId) ?? []) {
      if (only !== undefined && row.elementId !== only) continue;
      const node = model.nodes[row.elementId];
      if (!node) continue;
      if (row.kind === MI_BODY) {
        // each completed inner instance is compensated on its own (the body owns no handler of its own)
        for (const inner of byScope.get(row.id) ?? []) {
          if (inner.elementId !== row.elementId) continue;
          invoke(node, inner, found);
          if (isEmbeddedScope(node)) visit(inner.id);
        }
        continue;
      }
      invoke(node, row, found);
      if (isEmbeddedScope(node)) visit(row.id);
    }
  };
  const invoke = (node: FlowNode, row: CompletedInstance, into: Invocation[]) => {
    const handlerId = handlerOf(model, node);
    if (handlerId) into.push({ compensatedId: row.id, activityId: node.id, kind: row.kind, handlerId, seq: row.seq });
  };
  visit(scopeId, activityRef);
  return found.sort((a, b) => b.seq - a.seq);
}

/** The handler activity of an activity's compensation boundary event, if it has one. */
export function handlerOf(model: ProcessModel, node: FlowNode): string | undefined {
  if (!('boundaryEventIds' in node)) return undefined;
  for (const id of node.boundaryEventIds) {
    const boundary = model.nodes[id] as BoundaryEventNode | undefined;
    if (boundary?.eventDefinitions.some((d) => d.kind === 'compensation') && boundary.compensationHandlerId) return boundary.compensationHandlerId;
  }
  return undefined;
}

/** Sub-processes (event sub-processes too) whose completed insides compensation reaches; call activities are not. */
function isEmbeddedScope(node: FlowNode): boolean {
  return node.kind === 'subProcess';
}
