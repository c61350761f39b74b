import type { BatchOperationFieldsFragment } from '@/gql/graphql';
import type { InstanceRow } from './instance-view';

export type BatchView = BatchOperationFieldsFragment;

/** What the bulk actions may do with the selected rows. */
export interface SelectionSummary {
  /** running instances among the selection: the only ones a batch takes */
  activeIds: string[];
  /** the one process of the selection, or null when it mixes processes (migration needs one) */
  bpmnProcessId: string | null;
  /** the versions the selected running instances are on */
  versions: number[];
}

export function summarizeSelection(rows: readonly InstanceRow[]): SelectionSummary {
  const active = rows.filter((row) => row.state === 'ACTIVE');
  const processes = [...new Set(active.map((row) => row.bpmnProcessId))];
  return {
    activeIds: active.map((row) => row.id),
    bpmnProcessId: processes.length === 1 ? processes[0] : null,
    versions: [...new Set(active.map((row) => row.version))].sort((a, b) => a - b),
  };
}

const FLOW_NODE = /(Task|Event|Gateway|subProcess|SubProcess|transaction|callActivity)$/;

/** The ids of the flow nodes (tasks, events, gateways, sub-processes) of a BPMN XML, in document order. */
export function flowNodeIds(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const ids: string[] = [];
  for (const element of Array.from(doc.getElementsByTagName('*'))) {
    const id = element.getAttribute('id');
    if (id && FLOW_NODE.test(element.localName)) ids.push(id);
  }
  return [...new Set(ids)];
}

/** One row per element of the source versions: mapped to the target element of the same id where there is one. */
export function defaultMapping(
  sourceIds: readonly string[],
  targetIds: readonly string[],
): { sourceElementId: string; targetElementId: string | null }[] {
  const target = new Set(targetIds);
  return sourceIds.map((id) => ({ sourceElementId: id, targetElementId: target.has(id) ? id : null }));
}

/** The share of the batch processed (done or failed), 0–100, and the colour the progress bar takes. */
export function progressOf(batch: Pick<BatchView, 'state' | 'totalCount' | 'doneCount' | 'failedCount'>): {
  percent: number;
  status: '' | 'success' | 'warning' | 'exception';
} {
  const processed = batch.doneCount + batch.failedCount;
  const percent = batch.totalCount === 0 ? 100 : Math.floor((processed / batch.totalCount) * 100);
  if (batch.state === 'FAILED') return { percent, status: 'exception' };
  if (batch.failedCount > 0 || batch.state === 'CANCELLED') return { percent, status: 'warning' };
  return { percent, status: batch.state === 'COMPLETED' ? 'success' : '' };
}
