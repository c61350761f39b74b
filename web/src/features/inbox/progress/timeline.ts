/** The instance timeline of the task page and the request page: the steps taken and the approval actions on tasks. */

export interface HistoryStep {
  at: string;
  elementId: string;
  elementKind: string;
  event: string;
  actorId?: string | null;
}

export interface ActionEvent {
  id: string;
  action: string;
  actorId?: string | null;
  fromUser?: string | null;
  toUser?: string | null;
  reason?: string | null;
  createdAt: string;
}

export interface TimelineEntry {
  at: string;
  kind: 'step' | 'action';
  /** for steps: STARTED, COMPLETED, TERMINATED, …; for actions: TRANSFERRED, RETURNED, … */
  event: string;
  /** the element's name from the diagram, else its id; for actions the task's */
  title: string;
  actorId: string | null;
  toUser: string | null;
  reason: string | null;
}

/** Kinds a person follows a request by; gateways, flows and the process itself are left out. */
const SHOWN = new Set(['startEvent', 'endEvent', 'userTask', 'serviceTask', 'sendTask', 'receiveTask', 'callActivity', 'subProcess', 'intermediateCatchEvent', 'boundaryEvent', 'manualTask', 'scriptTask', 'businessRuleTask']);
const STEP_EVENTS = new Set(['STARTED', 'COMPLETED', 'TERMINATED', 'RETURNED']);

/** Element id → name, read from the BPMN XML (elements without a name are left out). */
export function elementNames(xml: string): Record<string, string> {
  if (!xml) return {};
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const names: Record<string, string> = {};
  for (const el of Array.from(doc.querySelectorAll('[id][name]'))) {
    const name = el.getAttribute('name')?.trim();
    if (name) names[el.getAttribute('id')!] = name;
  }
  return names;
}

/**
 * Steps (a shown kind started, completed, terminated) and approval actions, oldest first; a user task's start and
 * completion stay apart so the waiting time shows. `taskElement` names the task each action belongs to.
 */
export function timelineOf(history: HistoryStep[], actions: { elementId: string; events: ActionEvent[] }[], names: Record<string, string>): TimelineEntry[] {
  const title = (elementId: string) => names[elementId] ?? elementId;
  const steps: TimelineEntry[] = history
    .filter((h) => SHOWN.has(h.elementKind) && STEP_EVENTS.has(h.event))
    .map((h) => ({ at: h.at, kind: 'step', event: h.event, title: title(h.elementId), actorId: h.actorId ?? null, toUser: null, reason: null }));
  const acts: TimelineEntry[] = actions.flatMap(({ elementId, events }) =>
    events.map((e) => ({ at: e.createdAt, kind: 'action' as const, event: e.action, title: title(elementId), actorId: e.actorId ?? null, toUser: e.toUser ?? null, reason: e.reason ?? null })),
  );
  return [...steps, ...acts].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime() || (a.kind === b.kind ? 0 : a.kind === 'step' ? -1 : 1));
}
