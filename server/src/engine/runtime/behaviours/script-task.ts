import type { ScriptTaskNode } from '../../parse/process-model.js';
import { evaluate, toJson } from '../feel.js';
import { applyResult } from '../io-mapping.js';
import { nodeLabel } from '../runtime-types.js';
import type { Behaviour } from './behaviour.js';
import { jobTask } from './job-task.js';

/** zeebe:script: a FEEL expression evaluated in the transaction, its value stored in the result variable. */
export const scriptTask: Behaviour<ScriptTaskNode> = {
  async activate(x, token, node) {
    if (!node.script) return jobTask.activate(x, token, node);
    const value = toJson(evaluate(node.script.expression, x.vars.visible(token.id), `Script of ${nodeLabel(node)}`));
    if (node.script.resultVariable) applyResult(node, token, x.vars, { [node.script.resultVariable]: value });
    return 'complete';
  },
};
