import type { LocalizedText } from '../deploy-problem.js';
import type { FlowNode, ProcessModel, Scope, SequenceFlow } from './process-model.js';
import { type ModdleElement, child, children, expressionBody, localType, text } from './moddle-element.js';
import { omitUndefined } from './read-event-definitions.js';
import { readFlowNode } from './read-flow-node.js';
import { stripFeelMarker } from './read-zeebe-extensions.js';

/** Something the parser skipped, worth showing to the builder but not blocking a deploy. */
export interface ParseNote {
  readonly elementId: string;
  readonly message: LocalizedText;
}

interface Draft {
  readonly nodes: Record<string, FlowNode>;
  readonly flows: Record<string, SequenceFlow>;
  readonly scopes: Record<string, Scope>;
  readonly notes: ParseNote[];
}

const IGNORED_ELEMENTS = new Set(['bpmn:DataObject', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference']);

/** Builds the immutable model of one `bpmn:Process`. */
export function buildProcessModel(process: ModdleElement): { model: ProcessModel; notes: ParseNote[] } {
  const draft: Draft = { nodes: {}, flows: {}, scopes: {}, notes: [] };
  const processId = process.id ?? '';
  const associations: [string, string][] = [];
  walkScope(process, processId, undefined, draft, associations);
  attachBoundaryEvents(draft.nodes);
  linkCompensationHandlers(draft.nodes, associations);
  const model: ProcessModel = omitUndefined({
    id: processId,
    name: text(process, 'name'),
    versionTag: text(children(child(process, 'extensionElements'), 'values').find((v) => v.$type === 'zeebe:VersionTag'), 'value'),
    nodes: draft.nodes,
    flows: draft.flows,
    scopes: draft.scopes,
  });
  return { model: deepFreeze(model), notes: draft.notes };
}

function walkScope(container: ModdleElement, scopeId: string, parentId: string | undefined, draft: Draft, associations: [string, string][]): void {
  const elements = children(container, 'flowElements');
  for (const artifact of children(container, 'artifacts')) {
    const source = child(artifact, 'sourceRef')?.id;
    const target = child(artifact, 'targetRef')?.id;
    if (artifact.$type === 'bpmn:Association' && source && target) associations.push([source, target]);
  }
  const sequenceFlows = elements.filter((el) => el.$type === 'bpmn:SequenceFlow');
  // Camunda 7 models may leave sequence flows without an id; the runtime keys flows by id, so give them a stable one.
  sequenceFlows.forEach((flow, i) => {
    if (!flow.id) Object.assign(flow, { id: `${scopeId}__flow${i + 1}_${child(flow, 'sourceRef')?.id ?? ''}_${child(flow, 'targetRef')?.id ?? ''}` });
  });
  const scope: Scope = omitUndefined({ id: scopeId, parentId, nodeIds: [] as string[], flowIds: [] as string[], startEventIds: [] as string[] });
  draft.scopes[scopeId] = scope;
  for (const flow of sequenceFlows) {
    const model = readSequenceFlow(flow, scopeId);
    draft.flows[model.id] = model;
    (scope.flowIds as string[]).push(model.id);
  }
  const incoming = groupFlows(sequenceFlows, 'targetRef');
  const outgoing = groupFlows(sequenceFlows, 'sourceRef');
  for (const el of elements) {
    if (el.$type === 'bpmn:SequenceFlow' || IGNORED_ELEMENTS.has(el.$type) || !el.id) continue;
    // connections come from the flows, not from <incoming>/<outgoing>, which DI-less files often omit
    const placement = {
      scopeId,
      incoming: incoming.get(el) ?? [],
      outgoing: outgoing.get(el) ?? [],
    };
    const node = readFlowNode(el, placement);
    if (!node) {
      draft.notes.push({
        elementId: el.id,
        message: { en: `Element ${el.id} of type ${localType(el)} is ignored.`, 'zh-CN': `已忽略类型为 ${localType(el)} 的元素 ${el.id}。` },
      });
      continue;
    }
    draft.nodes[node.id] = node;
    (scope.nodeIds as string[]).push(node.id);
    if (node.kind === 'startEvent') (scope.startEventIds as string[]).push(node.id);
    if (node.kind === 'subProcess' || node.kind === 'transaction' || node.kind === 'adHocSubProcess') walkScope(el, node.id, scopeId, draft, associations);
  }
}

function groupFlows(flows: readonly ModdleElement[], end: 'sourceRef' | 'targetRef'): Map<ModdleElement, string[]> {
  const byNode = new Map<ModdleElement, string[]>();
  for (const flow of flows) {
    const node = child(flow, end);
    if (!node) continue;
    const ids = byNode.get(node) ?? [];
    ids.push(flow.id ?? '');
    byNode.set(node, ids);
  }
  return byNode;
}

function readSequenceFlow(flow: ModdleElement, scopeId: string): SequenceFlow {
  const source = child(flow, 'sourceRef');
  const body = expressionBody(flow, 'conditionExpression');
  const isFeel = body !== undefined && body.startsWith('=');
  return omitUndefined({
    id: flow.id ?? '',
    name: text(flow, 'name'),
    scopeId,
    sourceId: source?.id ?? '',
    targetId: child(flow, 'targetRef')?.id ?? '',
    condition: isFeel ? stripFeelMarker(body) : undefined,
    nonFeelCondition: body && !isFeel ? body : undefined,
    isDefault: source !== undefined && child(source, 'default') === flow,
  });
}

function attachBoundaryEvents(nodes: Record<string, FlowNode>): void {
  for (const node of Object.values(nodes)) {
    if (node.kind !== 'boundaryEvent') continue;
    const host = nodes[node.attachedToId];
    if (host && 'boundaryEventIds' in host) (host.boundaryEventIds as string[]).push(node.id);
  }
}

/** A compensation boundary event's handler: the activity its association points to (either direction is read). */
function linkCompensationHandlers(nodes: Record<string, FlowNode>, associations: readonly [string, string][]): void {
  for (const [source, target] of associations) {
    for (const [boundaryId, handlerId] of [[source, target], [target, source]]) {
      const boundary = nodes[boundaryId];
      if (boundary?.kind !== 'boundaryEvent' || !boundary.eventDefinitions.some((d) => d.kind === 'compensation')) continue;
      if (nodes[handlerId] && !boundary.compensationHandlerId) (boundary as { compensationHandlerId?: string }).compensationHandlerId = handlerId;
    }
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
