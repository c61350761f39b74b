import type { FlowNode } from '../../parse/process-model.js';
import type { Behaviour } from './behaviour.js';

/** None start and intermediate throw events, manual and undefined tasks: nothing to do, the token moves on. */
export const passThrough: Behaviour<FlowNode> = {
  activate: async () => 'complete',
};
