import type { SubProcessNode } from '../../parse/process-model.js';
import { openEventSubProcesses } from '../event-sub-processes.js';
import { IncidentError, nodeLabel } from '../runtime-types.js';
import type { Behaviour } from './behaviour.js';

/**
 * Embedded sub-process: a scope. Its none start event gets a token and its event sub-processes start waiting; it
 * completes when its last token is gone.
 */
export const subProcess: Behaviour<SubProcessNode> = {
  async activate(x, token, node) {
    const scope = x.model.scopes[node.id];
    const start = scope?.startEventIds.find((id) => {
      const candidate = x.model.nodes[id];
      return candidate.kind === 'startEvent' && candidate.eventDefinitions.length === 0;
    });
    if (!start) throw new IncidentError('EXPRESSION_ERROR', `${nodeLabel(node)} has no none start event to begin with.`);
    await openEventSubProcesses(x, token);
    await x.enter(start, token.id, null);
    return 'wait';
  },
};
