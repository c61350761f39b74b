import type { FlowNode, ProcessModel } from '../parse/process-model.js';
import { condition } from './feel.js';
import { IncidentError, nodeLabel, type Variables } from './runtime-types.js';

function noFlowSelected(node: FlowNode): IncidentError {
  return new IncidentError('CONDITION_ERROR', `No outgoing sequence flow of ${nodeLabel(node)} could be selected: no condition is true and there is no default flow.`);
}

/** Exclusive gateway: the first flow (in model order) whose condition is true, else the default flow. */
export function exclusiveFlows(model: ProcessModel, node: FlowNode, context: Variables): string[] {
  if (node.outgoing.length === 1 && !model.flows[node.outgoing[0]].condition) return [node.outgoing[0]];
  for (const id of node.outgoing) {
    const flow = model.flows[id];
    if (flow.isDefault || id === node.defaultFlowId) continue;
    if (flow.condition === undefined || condition(flow.condition, context, `Condition of ${nodeLabel(flow)}`)) return [id];
  }
  if (node.defaultFlowId) return [node.defaultFlowId];
  throw noFlowSelected(node);
}

/**
 * Inclusive gateways and activities (BPMN's conditional flows): every unconditioned flow and every flow whose
 * condition holds; the default flow only when no condition holds. A node with outgoing flows must take one.
 */
export function conditionalFlows(model: ProcessModel, node: FlowNode, context: Variables): string[] {
  const taken: string[] = [];
  for (const id of node.outgoing) {
    const flow = model.flows[id];
    if (flow.isDefault || id === node.defaultFlowId) continue;
    if (flow.condition === undefined) {
      taken.push(id);
      continue;
    }
    if (condition(flow.condition, context, `Condition of ${nodeLabel(flow)}`)) taken.push(id);
  }
  if (taken.length === 0 && node.defaultFlowId) return [node.defaultFlowId];
  if (taken.length === 0 && node.outgoing.length > 0) throw noFlowSelected(node);
  return taken;
}
