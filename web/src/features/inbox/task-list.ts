import type { InboxTaskFieldsFragment, TaskFilter } from '@/gql/graphql';

export type InboxTask = InboxTaskFieldsFragment;
/** The tabs listing tasks; `started` (instances I started) and `cc` (copies to me) list other things. */
export type TaskTab = 'mine' | 'claimable' | 'done';
export type InboxTab = TaskTab | 'started' | 'cc';
export const INBOX_TABS: readonly InboxTab[] = ['mine', 'claimable', 'started', 'cc', 'done'];
export const isTaskTab = (tab: InboxTab): tab is TaskTab => tab === 'mine' || tab === 'claimable' || tab === 'done';
export type TaskSort = 'due' | 'priority' | 'created';

export interface Viewer {
  userId: string;
  email: string;
  groupKeys: string[];
}

/** The `tasks(filter)` queries one tab needs; their answers are merged (and, for claimable, narrowed) by `tabTasks`. */
export function tabFilters(tab: TaskTab, viewer: Viewer): TaskFilter[] {
  if (tab === 'claimable') {
    // group candidates, plus tasks that name no candidate at all (the server lets anyone claim those)
    return [
      ...viewer.groupKeys.map((candidateGroup) => ({ candidateGroup, state: 'CREATED' as const })),
      { state: 'CREATED' },
    ];
  }
  const state = tab === 'mine' ? ('CREATED' as const) : ('COMPLETED' as const);
  // a model may name the assignee by email; a claim stores the user id
  return [
    { assignee: viewer.userId, state },
    { assignee: viewer.email, state },
  ];
}

function openToViewer(task: InboxTask, viewer: Viewer): boolean {
  if (task.assignee) return false;
  if (task.candidateGroups.length === 0 && task.candidateUsers.length === 0) return true;
  const me = [viewer.userId, viewer.email.toLowerCase()];
  return (
    task.candidateGroups.some((group) => viewer.groupKeys.includes(group)) ||
    task.candidateUsers.some((user) => me.includes(user.toLowerCase()))
  );
}

/** Merges the answers of a tab's queries, without duplicates; the claimable tab keeps only unclaimed tasks open to the viewer. */
export function tabTasks(tab: TaskTab, answers: InboxTask[][], viewer: Viewer): InboxTask[] {
  const byId = new Map<string, InboxTask>();
  for (const task of answers.flat()) byId.set(task.id, task);
  const tasks = [...byId.values()];
  return tab === 'claimable' ? tasks.filter((task) => openToViewer(task, viewer)) : tasks;
}

const time = (value: string | null | undefined) => (value ? new Date(value).getTime() : Number.POSITIVE_INFINITY);

/** Due date: soonest first, tasks without one last. Priority: highest first. Created: newest first. Ties: newest first. */
export function sortTasks(tasks: InboxTask[], by: TaskSort): InboxTask[] {
  const newest = (a: InboxTask, b: InboxTask) => time(b.createdAt) - time(a.createdAt);
  const compare: Record<TaskSort, (a: InboxTask, b: InboxTask) => number> = {
    due: (a, b) => time(a.dueDate) - time(b.dueDate) || newest(a, b),
    priority: (a, b) => b.priority - a.priority || newest(a, b),
    created: newest,
  };
  return [...tasks].sort(compare[by]);
}

/** An open task past its due date. */
export function isOverdue(task: Pick<InboxTask, 'dueDate' | 'state'>, now: Date): boolean {
  return (
    task.state === 'CREATED' &&
    task.dueDate !== null &&
    task.dueDate !== undefined &&
    new Date(task.dueDate).getTime() < now.getTime()
  );
}

export type SlaBadge = 'AT_RISK' | 'BREACHED';

/** The SLA badge an open task shows: at risk or breached (from its baton:sla policy); none when on track or closed. */
export function slaBadge(task: Pick<InboxTask, 'sla' | 'state'>): SlaBadge | null {
  if (task.state !== 'CREATED' || !task.sla) return null;
  return task.sla.state === 'ON_TRACK' ? null : task.sla.state;
}

export interface TaskListFilter {
  /** a bpmnProcessId, or '' for every process */
  process: string;
  /** '' for any, else only tasks showing that SLA badge */
  sla: '' | SlaBadge;
  /** matched against the task's name and element id, case-insensitively */
  text: string;
}

/** Narrows a tab's tasks by process, SLA badge and text. */
export function filterTasks(tasks: InboxTask[], filter: TaskListFilter): InboxTask[] {
  const text = filter.text.trim().toLowerCase();
  return tasks.filter(
    (task) =>
      (!filter.process || task.bpmnProcessId === filter.process) &&
      (!filter.sla || slaBadge(task) === filter.sla) &&
      (!text || `${task.name ?? ''} ${task.elementId}`.toLowerCase().includes(text)),
  );
}
