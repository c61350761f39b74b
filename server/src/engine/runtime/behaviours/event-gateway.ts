import type { GatewayNode } from '../../parse/process-model.js';
import { openEventOf } from '../event-subscriptions.js';
import { IncidentError, nodeLabel } from '../runtime-types.js';
import type { Behaviour } from './behaviour.js';

/**
 * Event-based gateway: waits for the events of the catch events its flows lead to (timers, messages, signals), all
 * owned by the gateway's element instance. The first to arrive wins (Execution.fire): the gateway completes along
 * that flow only, and ending it withdraws the other timers and subscriptions in the same transaction.
 */
export const eventBasedGateway: Behaviour<GatewayNode> = {
  async activate(x, token, node) {
    for (const flowId of node.outgoing) {
      const target = x.model.nodes[x.model.flows[flowId].targetId];
      if (target.kind !== 'intermediateCatchEvent' || !target.eventDefinitions.some((d) => d.kind === 'timer' || d.kind === 'message' || d.kind === 'signal')) {
        throw new IncidentError('EXPRESSION_ERROR', `${nodeLabel(node)} leads to ${nodeLabel(target)}, which is not a timer, message or signal catch event.`);
      }
      await openEventOf(x, token, target, true);
    }
    return 'wait';
  },
};
