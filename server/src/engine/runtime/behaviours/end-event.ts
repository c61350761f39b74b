import type { EndEventNode } from '../../parse/process-model.js';
import { throwCompensation } from '../compensation.js';
import { throwErrorEvent, throwEscalationEvent, throwSignalEvent } from '../throw-events.js';
import type { Behaviour } from './behaviour.js';
import { jobTask } from './job-task.js';

/**
 * None end: the token is consumed; its scope completes once no token is left in it. Terminate end: every other token
 * of the same scope (and everything inside them) is terminated first, so the scope completes now. Message end: a job
 * (like a send task). Error end: the nearest error catcher takes over, else an incident holds the token. Escalation
 * and signal end: thrown (escalation to its catcher, signal to the broadcast queue), then the token is consumed.
 * Compensation end: the scope's completed activities are compensated (compensation.ts), waiting for the handlers.
 */
export const endEvent: Behaviour<EndEventNode> = {
  async activate(x, token, node) {
    for (const definition of node.eventDefinitions) {
      if (definition.kind === 'message') return jobTask.activate(x, token, node);
      if (definition.kind === 'terminate' && token.scopeId) await x.terminateInside(token.scopeId, token.id);
      if (definition.kind === 'error') await throwErrorEvent(x, token, node, definition);
      if (definition.kind === 'escalation') await throwEscalationEvent(x, token, node, definition);
      if (definition.kind === 'signal') await throwSignalEvent(x, token, node, definition);
      if (definition.kind === 'compensation') return throwCompensation(x, token, definition);
    }
    return 'complete';
  },
  leave: () => [],
};
