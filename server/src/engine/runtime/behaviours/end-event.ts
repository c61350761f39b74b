import type { EndEventNode } from '../../parse/process-model.js';
import type { Behaviour } from './behaviour.js';

/**
 * None end: the token is consumed; its scope completes once no token is left in it. Terminate end: every other
 * token of the same scope (and everything inside them) is terminated first, so the scope completes now.
 */
export const endEvent: Behaviour<EndEventNode> = {
  async activate(x, token, node) {
    if (node.eventDefinitions.some((d) => d.kind === 'terminate') && token.scopeId) await x.terminateInside(token.scopeId, token.id);
    return 'complete';
  },
  leave: () => [],
};
