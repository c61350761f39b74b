import type { GatewayNode } from '../../parse/process-model.js';
import { conditionalFlows, exclusiveFlows } from '../select-flows.js';
import type { Behaviour } from './behaviour.js';

/**
 * Gateways complete as soon as they are entered: joining is done before (a converging parallel or inclusive
 * gateway parks arriving tokens and is entered once it may fire, see join.ts); here they only split.
 */
export const exclusiveGateway: Behaviour<GatewayNode> = {
  activate: async () => 'complete',
  leave: (x, token, node) => exclusiveFlows(x.model, node, x.vars.visible(token.id)),
};

export const parallelGateway: Behaviour<GatewayNode> = {
  activate: async () => 'complete',
  leave: (_x, _token, node) => [...node.outgoing],
};

export const inclusiveGateway: Behaviour<GatewayNode> = {
  activate: async () => 'complete',
  leave: (x, token, node) => conditionalFlows(x.model, node, x.vars.visible(token.id)),
};
