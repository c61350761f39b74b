import type { FlowNode, IntermediateThrowEventNode } from '../../parse/process-model.js';
import { throwCompensation } from '../compensation.js';
import { throwEscalationEvent, throwLinkEvent, throwSignalEvent } from '../throw-events.js';
import type { Behaviour } from './behaviour.js';
import { jobTask } from './job-task.js';

/** Start events (their trigger already happened), boundary events, manual and undefined tasks: the token moves on. */
export const passThrough: Behaviour<FlowNode> = {
  activate: async () => 'complete',
};

/**
 * An intermediate throw event: a message throw runs as a job (like a send task); an escalation is thrown to its
 * catcher and a signal queued for broadcast, then the token moves on; a link throw continues at its link catch event;
 * a compensation throw invokes the handlers of its scope's completed activities and waits for them (compensation.ts);
 * a none throw passes.
 */
export const intermediateThrowEvent: Behaviour<IntermediateThrowEventNode> = {
  async activate(x, token, node) {
    for (const definition of node.eventDefinitions) {
      if (definition.kind === 'message') return jobTask.activate(x, token, node);
      if (definition.kind === 'escalation') await throwEscalationEvent(x, token, node, definition);
      if (definition.kind === 'signal') await throwSignalEvent(x, token, node, definition);
      if (definition.kind === 'link') await throwLinkEvent(x, token, node, definition);
      if (definition.kind === 'compensation') return throwCompensation(x, token, definition);
    }
    return 'complete';
  },
};
