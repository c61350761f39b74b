import type { CallActivityNode } from '../parse/process-model.js';
import { type Catcher, findCatcher, type Thrown } from './catchers.js';
import { readTreeInstance, resume, startInstance } from './commands.js';
import type { Execution } from './execution.js';
import { staticOrFeel, toJson } from './feel.js';
import { loadModel } from './load-model.js';
import { IncidentError, nodeLabel, type Token } from './runtime-types.js';

/**
 * Call activities (`zeebe:calledElement`, or BPMN's `calledElement` attribute): the called process's latest version
 * starts as a child instance in the same transaction, naming its parent instance, the call activity's element
 * instance and the tree's root (every command locks the root first, see commands.ts). The child's completion
 * completes the call activity; an error it does not catch goes on to the call activity's catchers; terminating the
 * call activity (cancel, an interrupting boundary event, a terminate end) terminates the child, recursively.
 */

/** In-memory recursion of call activities that complete at once: deeper than this is surely a process calling itself. */
export const MAX_CALL_DEPTH = 32;

/** A catcher found in this instance or one that called it, with the execution that owns it. */
export interface CaughtAbove {
  readonly execution: Execution;
  readonly catcher: Catcher;
}

/** Starts the called process for `token`; the child's outcome within this command decides whether the call waits. */
export async function callProcess(x: Execution, token: Token, node: CallActivityNode): Promise<'complete' | 'wait'> {
  const raw = node.calledElement?.processId;
  const processId = toJson(staticOrFeel(raw, x.vars.visible(token.id), `Called process of ${nodeLabel(node)}`));
  if (typeof processId !== 'string' || processId.trim() === '') {
    throw new IncidentError('CALLED_ELEMENT_ERROR', `${nodeLabel(node)} names no process to call (got ${JSON.stringify(processId ?? null)}).`);
  }
  const definition = await x.store.latestDefinition(processId.trim());
  if (!definition) {
    throw new IncidentError('CALLED_ELEMENT_ERROR', `${nodeLabel(node)} calls process "${processId.trim()}", which is not deployed in this workspace.`);
  }
  const model = await loadModel(x.store.em, definition.id);
  const start = model.scopes[model.id].startEventIds.find((id) => {
    const candidate = model.nodes[id];
    return candidate.kind === 'startEvent' && candidate.eventDefinitions.length === 0;
  });
  if (!start) {
    throw new IncidentError('CALLED_ELEMENT_ERROR', `${nodeLabel(node)} calls process "${definition.bpmnProcessId}", which has no none start event to begin at.`);
  }
  if (x.callDepth >= MAX_CALL_DEPTH) {
    throw new IncidentError('CALLED_ELEMENT_ERROR', `${nodeLabel(node)} would nest call activities deeper than ${MAX_CALL_DEPTH} in one step; does the process call itself?`);
  }
  const variables = node.calledElement?.propagateAllParentVariables === false ? x.vars.locals(token.id) : x.vars.visible(token.id);
  const { execution: child } = await startInstance(
    x.store.em,
    { workspaceId: x.store.workspaceId, userId: x.store.actorId },
    definition,
    variables,
    {
      clock: x.store.clock,
      startEventId: start,
      parent: { instanceId: x.store.instanceId, elementInstanceId: token.id, rootInstanceId: x.store.parent?.rootInstanceId ?? x.store.instanceId },
      parentExecution: x,
    },
  );
  if (!x.token(token.id)) return 'wait'; // an error the child threw was caught at this call activity's boundary
  if (child.ended === 'COMPLETED') {
    x.applyCallResult(token, child.completedVariables ?? {});
    return 'complete';
  }
  return 'wait';
}

/** A child completed in a later command: its parent (loaded under the root's lock) completes the call activity. */
export async function completeParent(child: Execution): Promise<void> {
  const link = child.store.parent;
  if (!link) return;
  const parent = await treeExecution(child, link.instanceId);
  if (parent) await parent.completeCall(link.elementInstanceId, child.completedVariables ?? {});
}

/**
 * An error not caught inside an instance: the call activity that started it is the next place to look (its boundary
 * events, then its scopes outwards), and so on up to the root instance.
 */
export async function findCatcherAbove(from: Execution, thrown: Thrown): Promise<CaughtAbove | null> {
  for (let child = from; child.store.parent; ) {
    const link = child.store.parent;
    const parent = await treeExecution(child, link.instanceId);
    const callToken = parent?.token(link.elementInstanceId);
    if (!parent || !callToken) return null;
    const catcher = findCatcher(parent, callToken, thrown);
    if (catcher) return { execution: parent, catcher };
    child = parent;
  }
  return null;
}

/** Ending call activities take the instances they called with them (TERMINATED, recursively). */
export async function terminateCalledInstances(x: Execution, tokens: Token[]): Promise<void> {
  const calls = tokens.filter((t) => t.kind === 'callActivity').map((t) => t.id);
  if (calls.length === 0) return;
  for (const childId of await x.store.calledInstances(calls)) {
    const child = await treeExecution(x, childId);
    if (child) await child.cancel();
  }
}

/**
 * Another instance of the same tree, within the running command: the one already in memory, else loaded (the root's
 * lock, taken by the command, already covers it). Null when it has ended.
 */
async function treeExecution(x: Execution, instanceId: string): Promise<Execution | null> {
  const live = x.command.live.get(instanceId);
  if (live) return live.ended ? null : live;
  const instance = await readTreeInstance(x.store.em, instanceId);
  if (!instance || instance.state !== 'ACTIVE') return null;
  return resume(x.store.em, { workspaceId: x.store.workspaceId, userId: x.store.actorId }, instance, x.store.clock, x.command);
}

