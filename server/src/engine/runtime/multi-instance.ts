import type { FlowNode, LoopCharacteristics, ProcessModel } from '../parse/process-model.js';
import type { Execution } from './execution.js';
import { condition, evaluate, toJson } from './feel.js';
import { outputsOf } from './io-mapping.js';
import { type Activation, IncidentError, nodeLabel, type Token, type Variables } from './runtime-types.js';

/**
 * Multi-instance activities (`zeebe:loopCharacteristics`, or BPMN's loopCardinality), as Zeebe runs them: the
 * activity is entered as a body (an element instance of kind `multiInstanceBody`, owning the boundary events), which
 * creates one inner instance per item of the input collection, all at once (parallel) or one after another
 * (sequential). Each inner instance has the item as a local (`inputElement`) and `loopCounter` (from 1); its input
 * and output mappings are the activity's own. The body keeps `numberOfInstances`, `numberOfActiveInstances`,
 * `numberOfCompletedInstances` and `numberOfTerminatedInstances` as locals; the completion condition is evaluated in
 * the scope of the inner instance that just completed. The output collection is a local of the body, filled in the
 * order of the input (not of completion), and propagated outwards when the body completes.
 */

export const MI_BODY = 'multiInstanceBody';
const DEFAULT_LIMIT = 1_000;

type MultiInstance = Extract<LoopCharacteristics, { kind: 'multiInstance' }>;

export function multiInstanceOf(node: FlowNode | undefined): MultiInstance | undefined {
  return node && 'loop' in node && node.loop?.kind === 'multiInstance' ? node.loop : undefined;
}

/** A token of a multi-instance activity that runs inside its body (every one but the body itself). */
export function isInnerInstance(x: Execution, token: Token): boolean {
  return token.kind !== MI_BODY && token.scopeId !== null && x.token(token.scopeId)?.kind === MI_BODY;
}

/** How many instances one body may start (`BATON_MULTI_INSTANCE_LIMIT`, default 1,000): more is an incident. */
export function multiInstanceLimit(): number {
  const configured = Number(process.env.BATON_MULTI_INSTANCE_LIMIT);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_LIMIT;
}

export async function activateBody(x: Execution, body: Token, node: FlowNode): Promise<Activation> {
  const loop = multiInstanceOf(node) as MultiInstance;
  const items = inputItems(x, body, node, loop);
  const limit = multiInstanceLimit();
  if (items.length > limit) {
    throw new IncidentError('EXPRESSION_ERROR', `${nodeLabel(node)} would start ${items.length} instances, more than the limit of ${limit} per multi-instance activity.`);
  }
  const started = loop.isSequential ? Math.min(1, items.length) : items.length;
  setCounters(x, body, { numberOfInstances: items.length, numberOfActiveInstances: started, numberOfCompletedInstances: 0, numberOfTerminatedInstances: 0 });
  if (loop.outputCollection) x.vars.setLocal(body.id, loop.outputCollection, new Array(items.length).fill(null));
  for (let index = 0; index < started; index++) spawn(x, body, node, loop, index, items[index]);
  return items.length === 0 ? 'complete' : 'wait';
}

/**
 * An inner instance completed: its output mappings, its output element into the body's collection, the counters,
 * then the completion condition. Everything is evaluated before anything changes, so a failing expression leaves an
 * incident on the inner instance that a retry can resolve.
 */
export async function completeInner(x: Execution, inner: Token, node: FlowNode): Promise<void> {
  const loop = multiInstanceOf(node) as MultiInstance;
  const body = x.token(inner.scopeId as string) as Token;
  const before = x.vars.locals(body.id);
  const counters = {
    numberOfInstances: Number(before.numberOfInstances ?? 0),
    numberOfActiveInstances: Math.max(0, Number(before.numberOfActiveInstances ?? 1) - 1),
    numberOfCompletedInstances: Number(before.numberOfCompletedInstances ?? 0) + 1,
    numberOfTerminatedInstances: Number(before.numberOfTerminatedInstances ?? 0),
  };
  const outputs = outputsOf(node, inner, x.vars);
  const innerScope = { ...x.vars.visible(inner.id), ...(outputs ?? {}) };
  let collection: unknown[] | null = null;
  if (loop.outputCollection) {
    const value = loop.outputElement ? toJson(evaluate(feelOf(loop.outputElement), innerScope, `Output element of ${nodeLabel(node)}`)) : null;
    const current = before[loop.outputCollection];
    collection = Array.isArray(current) ? [...current] : new Array(counters.numberOfInstances).fill(null);
    collection[Number(x.vars.locals(inner.id).loopCounter ?? 1) - 1] = value;
  }
  const done = loop.completionCondition !== undefined && condition(loop.completionCondition, { ...innerScope, ...counters }, `Completion condition of ${nodeLabel(node)}`);
  const next = !done && loop.isSequential && counters.numberOfCompletedInstances < counters.numberOfInstances ? counters.numberOfCompletedInstances : null;
  const nextItem = next === null ? undefined : inputItems(x, body, node, loop)[next];

  if (outputs) x.vars.propagate(body.id, outputs);
  if (collection && loop.outputCollection) x.vars.setLocal(body.id, loop.outputCollection, collection);
  await x.endToken(inner, 'COMPLETED');
  if (done) {
    const remaining = x.openTokens.filter((t) => t.scopeId === body.id).length;
    await x.terminateInside(body.id, null);
    setCounters(x, body, { ...counters, numberOfActiveInstances: 0, numberOfTerminatedInstances: counters.numberOfTerminatedInstances + remaining });
    x.scheduleComplete(body.id);
    return;
  }
  if (next !== null) {
    setCounters(x, body, { ...counters, numberOfActiveInstances: 1 });
    spawn(x, body, node, loop, next, nextItem);
    return;
  }
  setCounters(x, body, counters);
  if (!x.openTokens.some((t) => t.scopeId === body.id)) x.scheduleComplete(body.id);
}

/** What the body hands outwards when it completes: the output collection. */
export function outputCollectionOf(x: Execution, body: Token, node: FlowNode): Variables | null {
  const loop = multiInstanceOf(node);
  if (!loop?.outputCollection) return null;
  return { [loop.outputCollection]: x.vars.locals(body.id)[loop.outputCollection] ?? [] };
}

/** The items: the input collection (a FEEL list), else `loopCardinality` empty items. */
function inputItems(x: Execution, body: Token, node: FlowNode, loop: MultiInstance): unknown[] {
  const context = x.vars.visible(body.id);
  if (loop.inputCollection !== undefined) {
    const value = toJson(evaluate(feelOf(loop.inputCollection), context, `Input collection of ${nodeLabel(node)}`));
    if (!Array.isArray(value)) {
      throw new IncidentError('EXPRESSION_ERROR', `The input collection of ${nodeLabel(node)} is ${JSON.stringify(value ?? null)}, not a list.`);
    }
    return value;
  }
  if (loop.loopCardinality !== undefined) {
    const value = toJson(evaluate(feelOf(loop.loopCardinality), context, `Loop cardinality of ${nodeLabel(node)}`));
    const count = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
      throw new IncidentError('EXPRESSION_ERROR', `The loop cardinality of ${nodeLabel(node)} is ${JSON.stringify(value ?? null)}, not a whole number ≥ 0.`);
    }
    // the limit is checked by the caller; do not allocate a huge array first
    return count > multiInstanceLimit() ? { length: count } as unknown[] : new Array(count).fill(null);
  }
  throw new IncidentError('EXPRESSION_ERROR', `${nodeLabel(node)} is multi-instance but has neither an input collection nor a loop cardinality.`);
}

function spawn(x: Execution, body: Token, node: FlowNode, loop: MultiInstance, index: number, item: unknown): void {
  const locals: Variables = { loopCounter: index + 1 };
  if (loop.inputElement) locals[loop.inputElement] = item ?? null;
  x.enterInner(body, locals, stepsPerInner(x.model, node));
}

function setCounters(x: Execution, body: Token, counters: Record<string, number>): void {
  for (const [name, value] of Object.entries(counters)) x.vars.setLocal(body.id, name, value);
}

/** Zeebe's loop fields are FEEL with or without their leading `=`. */
function feelOf(expression: string): string {
  return expression.replace(/^\s*=/, '').trim();
}

/**
 * Steps one inner instance may take: a couple per element it contains (its own activation and completion, and
 * those of everything inside a sub-process), so a deliberate fan-out is not mistaken for an endless loop.
 */
function stepsPerInner(model: ProcessModel, node: FlowNode): number {
  const count = (scopeId: string): number =>
    (model.scopes[scopeId]?.nodeIds ?? []).reduce((n, id) => n + 1 + (model.scopes[id] ? count(id) : 0), 0);
  return 4 + 3 * count(node.id);
}
