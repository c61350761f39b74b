import type { FlowNode, ProcessModel } from '../parse/process-model.js';
import type { Token } from './runtime-types.js';

/** A converging parallel or inclusive gateway: arriving tokens park (WAITING) until it may fire. */
export function isJoin(node: FlowNode): boolean {
  return (node.kind === 'parallelGateway' || node.kind === 'inclusiveGateway') && node.incoming.length > 1;
}

/**
 * The parked tokens a join consumes when it fires now, or null when it must keep waiting.
 * Parallel: one token on every incoming flow. Inclusive: a token on at least one incoming flow, and no other token
 * of the same scope can still reach an incoming flow that has none (BPMN 2.0 §13.3.2, as Camunda implements it).
 */
export function joinConsumes(model: ProcessModel, gateway: FlowNode, waiting: readonly Token[], others: readonly Token[]): Token[] | null {
  const firstPerFlow = new Map<string, Token>();
  for (const token of waiting) if (token.incomingFlowId && !firstPerFlow.has(token.incomingFlowId)) firstPerFlow.set(token.incomingFlowId, token);
  const missing = gateway.incoming.filter((flowId) => !firstPerFlow.has(flowId));
  if (gateway.kind === 'parallelGateway') return missing.length === 0 ? [...firstPerFlow.values()] : null;
  if (firstPerFlow.size === 0) return null;
  const sources = new Set(missing.map((flowId) => model.flows[flowId].sourceId));
  for (const token of others) {
    if (canReach(model, token.elementId, sources, gateway.id)) return null;
  }
  return [...firstPerFlow.values()];
}

/** Whether any of `targets` lies downstream of `from` (or is `from`) within its scope, not passing through `stop`. */
function canReach(model: ProcessModel, from: string, targets: ReadonlySet<string>, stop: string): boolean {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (targets.has(id)) return true;
    if (seen.has(id) || id === stop) continue;
    seen.add(id);
    for (const flowId of model.nodes[id]?.outgoing ?? []) queue.push(model.flows[flowId].targetId);
  }
  return false;
}
