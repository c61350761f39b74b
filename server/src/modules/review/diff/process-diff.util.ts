import type { FlowNode, ProcessModel, SequenceFlow } from '../../../engine/index.js';

export interface PropertyChange {
  property: string;
  before: string | null;
  after: string | null;
}

export interface ElementChange {
  elementId: string;
  name: string | null;
  type: string;
  changes: PropertyChange[];
}

export interface ElementDiff {
  added: ElementChange[];
  removed: ElementChange[];
  changed: ElementChange[];
}

type Described = Record<string, unknown>;

/**
 * Compares two parsed processes (bpmn-moddle → ProcessModel) element by element: flow nodes and sequence flows
 * by id. `null` stands for "no version yet", so everything of the other side is added.
 */
export function diffProcesses(from: ProcessModel | null, to: ProcessModel | null): ElementDiff {
  const before = elementsOf(from);
  const after = elementsOf(to);
  const diff: ElementDiff = { added: [], removed: [], changed: [] };
  for (const [id, element] of after) {
    const old = before.get(id);
    if (!old) diff.added.push(summary(id, element, []));
    else {
      const changes = compare(old, element);
      if (changes.length > 0) diff.changed.push(summary(id, element, changes));
    }
  }
  for (const [id, element] of before) if (!after.has(id)) diff.removed.push(summary(id, element, []));
  return diff;
}

function elementsOf(model: ProcessModel | null): Map<string, Described> {
  const elements = new Map<string, Described>();
  if (!model) return elements;
  for (const node of Object.values(model.nodes)) elements.set(node.id, describeNode(node));
  for (const flow of Object.values(model.flows)) elements.set(flow.id, describeFlow(flow));
  return new Map([...elements].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The properties a reviewer cares about, each a plain value or a small object. */
function describeNode(node: FlowNode): Described {
  const d: Described = { name: node.name, type: node.kind };
  if ('ioMapping' in node) d.ioMapping = node.ioMapping;
  if ('loop' in node) d.loop = node.loop;
  if ('eventDefinitions' in node) d.events = node.eventDefinitions.length ? node.eventDefinitions : undefined;
  if ('taskDefinition' in node) d.taskDefinition = node.taskDefinition;
  if ('headers' in node) d.headers = Object.keys(node.headers).length ? node.headers : undefined;
  if (node.defaultFlowId) d.default = node.defaultFlowId;
  switch (node.kind) {
    case 'userTask':
      Object.assign(d, { assignment: node.assignment, form: node.form, schedule: node.schedule, priority: node.priority });
      break;
    case 'startEvent':
      d.form = node.formId || node.formKey ? { formId: node.formId, formKey: node.formKey } : undefined;
      break;
    case 'scriptTask':
      d.script = node.script;
      break;
    case 'callActivity':
      d.calledElement = node.calledElement;
      break;
    case 'boundaryEvent':
      d.attachedTo = `${node.attachedToId}${node.cancelActivity ? '' : ' (non-interrupting)'}`;
      break;
  }
  return d;
}

function describeFlow(flow: SequenceFlow): Described {
  return {
    name: flow.name,
    type: 'sequenceFlow',
    connection: `${flow.sourceId} → ${flow.targetId}`,
    condition: flow.condition ?? flow.nonFeelCondition,
    default: flow.isDefault || undefined,
  };
}

function compare(before: Described, after: Described): PropertyChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes: PropertyChange[] = [];
  for (const key of keys) {
    const a = show(before[key]);
    const b = show(after[key]);
    if (a !== b) changes.push({ property: key, before: a, after: b });
  }
  return changes;
}

/** Strings as they are; objects as JSON with sorted keys, so key order never shows as a change. */
export function show(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

function summary(id: string, element: Described, changes: PropertyChange[]): ElementChange {
  return { elementId: id, name: typeof element.name === 'string' ? element.name : null, type: String(element.type), changes };
}
