import type { FlowNode, Mapping } from '../parse/process-model.js';
import { staticOrFeel, toJson } from './feel.js';
import type { Token, Variables } from './runtime-types.js';
import type { VariableScopes } from './variable-scopes.js';

/**
 * zeebe:ioMapping inputs: evaluated in the enclosing scope (earlier inputs visible to later ones; a multi-instance
 * item too) and stored as
 * local variables of the element instance, so they shadow outer names and vanish with the element.
 */
export function applyInputs(node: FlowNode, token: Token, vars: VariableScopes): void {
  const inputs = node.ioMapping?.inputs ?? [];
  if (inputs.length === 0) return;
  // the element instance's own locals count too: a multi-instance item (inputElement, loopCounter) is set before
  const context = vars.visible(token.id);
  for (const input of inputs) {
    const value = toJson(staticOrFeel(input.source, context, `Input mapping → ${input.target} of ${node.id}`));
    const [name, nested] = assign(context, input.target, value);
    context[name] = nested;
    vars.setLocal(token.id, name, nested);
  }
}

/** zeebe:ioMapping outputs: evaluated in the element's own scope, then propagated outwards from its parent scope. */
export function outputsOf(node: FlowNode, token: Token, vars: VariableScopes): Variables | null {
  const outputs: readonly Mapping[] = node.ioMapping?.outputs ?? [];
  if (outputs.length === 0) return null;
  const context = vars.visible(token.id);
  const result: Variables = {};
  for (const output of outputs) {
    const value = toJson(staticOrFeel(output.source, context, `Output mapping → ${output.target} of ${node.id}`));
    const [name, nested] = assign({ ...vars.visible(token.scopeId), ...result }, output.target, value);
    result[name] = nested;
  }
  return result;
}

/**
 * Where a job's, task's or script's result variables go: with output mappings they become locals of the element
 * (for the mappings to read), without them they propagate outwards from the element, as in Zeebe.
 */
export function applyResult(node: FlowNode, token: Token, vars: VariableScopes, variables: Variables): void {
  if ((node.ioMapping?.outputs.length ?? 0) > 0) {
    for (const [name, value] of Object.entries(variables)) vars.setLocal(token.id, name, value);
  } else {
    vars.propagate(token.id, variables);
  }
}

/** `a.b.c` targets write into a copy of the existing object `a`; returns the top-level name and its new value. */
function assign(context: Variables, target: string, value: unknown): [string, unknown] {
  const path = target.split('.').map((p) => p.trim());
  if (path.length === 1) return [path[0], value];
  const base = context[path[0]];
  const root: Record<string, unknown> = base && typeof base === 'object' && !Array.isArray(base) ? structuredClone(base as Variables) : {};
  let cursor = root;
  for (const key of path.slice(1, -1)) {
    const next = cursor[key];
    cursor[key] = next && typeof next === 'object' && !Array.isArray(next) ? next : {};
    cursor = cursor[key] as Record<string, unknown>;
  }
  cursor[path[path.length - 1]] = value;
  return [path[0], root];
}
