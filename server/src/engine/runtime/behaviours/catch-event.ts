import type { IntermediateCatchEventNode, PlainTaskNode } from '../../parse/process-model.js';
import { openMessage, openSignal, openTimer } from '../event-subscriptions.js';
import { IncidentError, nodeLabel } from '../runtime-types.js';
import type { Behaviour } from './behaviour.js';

/**
 * Intermediate timer, message or signal catch event: the token waits until the timer fires, the message correlates
 * or the signal is broadcast. A link catch event is entered by its link throw event and passes at once.
 */
export const intermediateCatchEvent: Behaviour<IntermediateCatchEventNode> = {
  async activate(x, token, node) {
    const definition = node.eventDefinitions[0];
    if (definition?.kind === 'link') return 'complete';
    if (definition?.kind === 'timer') await openTimer(x, token, node, definition);
    else if (definition?.kind === 'message') await openMessage(x, token, node, definition, true);
    else if (definition?.kind === 'signal') await openSignal(x, token, node, definition, true);
    else throw new IncidentError('EXPRESSION_ERROR', `${nodeLabel(node)} catches ${definition?.kind ?? 'nothing'}, which this Baton version does not run.`);
    return 'wait';
  },
};

/** Receive task: waits for its message (one without a message waits until the instance is cancelled). */
export const receiveTask: Behaviour<PlainTaskNode> = {
  async activate(x, token, node) {
    if (node.message?.messageName) await openMessage(x, token, node, node.message, true);
    return 'wait';
  },
};
