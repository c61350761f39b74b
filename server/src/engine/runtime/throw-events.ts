import type { EventDefinition, FlowNode } from '../parse/process-model.js';
import { codeOf, findCatcher } from './catchers.js';
import type { Execution } from './execution.js';
import { staticOrFeel, toJson } from './feel.js';
import { IncidentError, nodeLabel, type Token } from './runtime-types.js';

/**
 * What throw and end events do besides moving on: throw a BPMN error (caught or an incident), an escalation (caught
 * or ignored), a signal (queued for broadcast), or jump to a link catch event of the same scope.
 */

/** Error end event: the nearest catcher takes over (its scope is interrupted), here or in a calling instance; none means an incident. */
export async function throwErrorEvent(x: Execution, token: Token, node: FlowNode, definition: EventDefinition): Promise<void> {
  const code = thrownCode(x, token, node, definition);
  // not caught in this instance, the error goes on to the call activity that started it (as in Zeebe)
  const caught = await x.catcherOf(token, { kind: 'error', code });
  if (!caught) {
    throw new IncidentError('UNHANDLED_ERROR_EVENT', `${nodeLabel(node)} threw BPMN error "${code}", and no error catch event handles it.`);
  }
  await x.handOver(caught, {});
}

/**
 * Escalation throw or end event: caught by the nearest escalation boundary or event sub-process (interrupting ones
 * end the thrower with their scope; non-interrupting ones run beside it). Uncaught, the flow simply continues.
 */
export async function throwEscalationEvent(x: Execution, token: Token, node: FlowNode, definition: EventDefinition): Promise<void> {
  const catcher = findCatcher(x, token, { kind: 'escalation', code: thrownCode(x, token, node, definition) });
  if (catcher) await x.fire(catcher.ownerId, catcher.eventId, {});
}

/** Signal throw or end event: queued in this transaction, broadcast right after it by the engine poller. */
export async function throwSignalEvent(x: Execution, token: Token, node: FlowNode, definition: EventDefinition): Promise<void> {
  const raw = definition.kind === 'signal' ? definition.signalName : undefined;
  const name = toJson(staticOrFeel(raw, x.vars.visible(token.id), `Signal name of ${nodeLabel(node)}`));
  if (typeof name !== 'string' || name.trim() === '') {
    throw new IncidentError('EXPRESSION_ERROR', `The signal name of ${nodeLabel(node)} is ${JSON.stringify(name ?? null)}, not a non-empty text.`);
  }
  await x.store.events(x.model.id).queueSignal(name.trim(), {});
  x.timersDueSoon = true;
}

/** Link throw event: the token continues at the link catch event with the same name in the same scope. */
export async function throwLinkEvent(x: Execution, token: Token, node: FlowNode, definition: EventDefinition): Promise<void> {
  const name = definition.kind === 'link' ? definition.linkName : undefined;
  const target = linkTarget(x, node, name);
  if (!target) throw new IncidentError('EXPRESSION_ERROR', `${nodeLabel(node)} links to "${name ?? ''}", but no link catch event of that name is in its scope.`);
  await x.enter(target, token.scopeId as string, null);
}

export function linkTarget(x: Pick<Execution, 'model'>, node: FlowNode, name: string | undefined): string | undefined {
  return x.model.scopes[node.scopeId]?.nodeIds.find((id) => {
    const candidate = x.model.nodes[id];
    return candidate.kind === 'intermediateCatchEvent' && candidate.eventDefinitions.some((d) => d.kind === 'link' && d.linkName === name);
  });
}

/** A thrown error or escalation code: static, or FEEL (`=…`) evaluated in the thrower's scope. */
function thrownCode(x: Execution, token: Token, node: FlowNode, definition: EventDefinition): string {
  const raw = codeOf(definition);
  const value = toJson(staticOrFeel(raw, x.vars.visible(token.id), `${definition.kind === 'error' ? 'Error' : 'Escalation'} code of ${nodeLabel(node)}`));
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new IncidentError('EXPRESSION_ERROR', `The ${definition.kind} code of ${nodeLabel(node)} is ${JSON.stringify(value ?? null)}, not a text.`);
  }
  return String(value);
}
