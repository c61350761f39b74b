import type { MonitorInstanceQuery, MonitorInstancesQuery } from '@/gql/graphql';

export type InstanceRow = MonitorInstancesQuery['processInstances']['nodes'][number];
export type InstanceDetail = MonitorInstanceQuery['processInstance'];

export interface ClientFilter {
  version: number | null;
  /** ISO dates (yyyy-mm-dd), inclusive, on the instance's start */
  from: string | null;
  to: string | null;
}

/**
 * ProcessInstanceFilter only knows state and process id; version and start dates are applied to the loaded page
 * here. `to` includes the whole day.
 */
export function applyClientFilter(rows: InstanceRow[], filter: ClientFilter): InstanceRow[] {
  const from = filter.from ? new Date(`${filter.from}T00:00:00`).getTime() : Number.NEGATIVE_INFINITY;
  const to = filter.to ? new Date(`${filter.to}T23:59:59.999`).getTime() : Number.POSITIVE_INFINITY;
  return rows.filter((row) => {
    const started = new Date(row.createdAt).getTime();
    return (filter.version === null || row.version === filter.version) && started >= from && started <= to;
  });
}

export interface DiagramMarkers {
  /** elements that completed at least once, and sequence flows taken */
  completed: string[];
  /** elements holding a token now */
  active: string[];
  /** elements with an unresolved incident */
  incident: string[];
  /** elements cancelled (an interrupting event, a cancelled instance) */
  terminated: string[];
}

/** What to paint on the instance's diagram, from its history, active element ids and incidents. */
export function diagramMarkers(instance: Pick<InstanceDetail, 'history' | 'activeElementIds' | 'incidents'>): DiagramMarkers {
  const completed = new Set<string>();
  const terminated = new Set<string>();
  for (const entry of instance.history) {
    if (entry.event === 'COMPLETED' || entry.event === 'TAKEN') completed.add(entry.elementId);
    if (entry.event === 'TERMINATED') terminated.add(entry.elementId);
  }
  const active = new Set(instance.activeElementIds);
  const incident = new Set(instance.incidents.filter((item) => item.state === 'ACTIVE').map((item) => item.elementId));
  return {
    completed: [...completed].filter((id) => !active.has(id)),
    active: [...active].filter((id) => !incident.has(id)),
    incident: [...incident],
    terminated: [...terminated].filter((id) => !completed.has(id) && !active.has(id)),
  };
}

/** How many tokens sit on each active element, for the count badges. */
export function activeTokenCounts(history: InstanceDetail['history'], activeElementIds: string[]): Record<string, number> {
  const open = new Map<string, number>();
  for (const entry of history) {
    if (entry.elementKind === 'sequenceFlow') continue;
    const delta = entry.event === 'STARTED' ? 1 : entry.event === 'COMPLETED' || entry.event === 'TERMINATED' ? -1 : 0;
    open.set(entry.elementId, (open.get(entry.elementId) ?? 0) + delta);
  }
  return Object.fromEntries(activeElementIds.map((id) => [id, Math.max(1, open.get(id) ?? 1)]));
}
