import type { FlowNode } from '../../parse/process-model.js';
import type { Activation, Token } from '../runtime-types.js';
import type { Execution } from '../execution.js';

/**
 * What one BPMN element kind does. `activate` runs when a token enters (after input mappings) and says whether
 * the element completes at once or waits (for a person, a job, its children). `leave` picks the outgoing flows.
 */
export interface Behaviour<N extends FlowNode = FlowNode> {
  activate(x: Execution, token: Token, node: N): Promise<Activation>;
  leave?(x: Execution, token: Token, node: N): string[];
}
