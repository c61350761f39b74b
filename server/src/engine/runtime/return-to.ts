import type { FlowNode, ProcessModel } from '../parse/process-model.js';
import type { Execution } from './execution.js';
import { MI_BODY } from './multi-instance.js';
import type { Token } from './runtime-types.js';

/**
 * Return to an earlier user task (退回), as a process instance modification: the chosen user task is activated afresh
 * in the scope of the returning task, and the tokens between them are terminated with their tasks and jobs.
 *
 * Allowed targets are the user tasks upstream of the returning element in the same scope: reachable backwards through
 * sequence flows (across gateways, from a boundary event to its activity), never the element itself. Which tokens end:
 * every open token of that scope on an element reachable forwards from the target (through flows and boundary
 * events), the walk not passing the target again nor the returning element (only its boundary events). So a return to
 * a task before a parallel split ends every branch of the split and the tokens parked at its join, which the target
 * produces again; a return inside one branch leaves the other branches, and their tokens parked at the join, alone.
 * A task inside a multi-instance activity returns the whole activity: its body is what the scope holds.
 */

export interface ReturnTarget {
  readonly elementId: string;
  readonly name: string | null;
}

/** The user tasks a task of `elementId` may return to, nearest first. */
export function returnTargets(model: ProcessModel, elementId: string): ReturnTarget[] {
  const from = model.nodes[elementId];
  if (!from) return [];
  const targets: ReturnTarget[] = [];
  const seen = new Set<string>([elementId]);
  const queue = predecessors(model, from);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const node = model.nodes[id];
    if (!node || node.scopeId !== from.scopeId) continue;
    if (node.kind === 'userTask') targets.push({ elementId: id, name: node.name ?? null });
    queue.push(...predecessors(model, node));
  }
  return targets;
}

/**
 * The open tokens a return from `current` (a task's token) to `targetElementId` ends, and the scope the target is
 * activated in. The caller has checked the target with returnTargets.
 */
export function returnPlan(x: Execution, current: Token, targetElementId: string): { scopeId: string; terminate: Token[] } {
  const scopeToken = current.scopeId ? x.token(current.scopeId) : undefined;
  // an inner instance of a multi-instance activity returns as its body, the token its scope holds
  const position = scopeToken?.kind === MI_BODY ? scopeToken : current;
  const scopeId = position.scopeId as string;
  const reached = downstream(x.model, targetElementId, position.elementId);
  const terminate = x.openTokens.filter((t) => t.scopeId === scopeId && reached.has(t.elementId));
  if (!terminate.includes(position)) terminate.push(position);
  return { scopeId, terminate };
}

/** Activates the target in the scope and terminates the planned tokens, then moves the tokens on (one command). */
export async function returnTo(x: Execution, current: Token, targetElementId: string): Promise<string[]> {
  const plan = returnPlan(x, current, targetElementId);
  const terminated = plan.terminate.map((t) => t.id);
  await x.modify([{ elementId: targetElementId, scopeId: plan.scopeId, variables: {} }], terminated);
  return plan.terminate.map((t) => t.elementId);
}

function predecessors(model: ProcessModel, node: FlowNode): string[] {
  const sources = node.incoming.map((flowId) => model.flows[flowId].sourceId);
  if (node.kind === 'boundaryEvent') sources.push(node.attachedToId);
  return sources;
}

function downstream(model: ProcessModel, from: string, stopAt: string): Set<string> {
  const reached = new Set<string>([from]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    const node = model.nodes[id];
    if (!node) continue;
    const next = [...('boundaryEventIds' in node ? node.boundaryEventIds : [])];
    // the walk ends at the returning element: what follows it cannot hold a token of this pass
    if (id !== stopAt) next.push(...node.outgoing.map((flowId) => model.flows[flowId].targetId));
    for (const target of next) {
      if (reached.has(target)) continue;
      reached.add(target);
      queue.push(target);
    }
  }
  return reached;
}
