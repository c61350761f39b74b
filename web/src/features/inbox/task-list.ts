import type { InboxTaskFieldsFragment, TaskFilter } from '@/gql/graphql';

export type InboxTask = InboxTaskFieldsFragment;
export type InboxTab = 'mine' | 'claimable' | 'done';
export type TaskSort = 'due' | 'priority' | 'created';

export interface Viewer {
  userId: string;
  email: string;
  groupKeys: string[];
}

/** The `tasks(filter)` queries one tab needs; their answers are merged (and, for claimable, narrowed) by `tabTasks`. */
export function tabFilters(tab: InboxTab, viewer: Viewer): TaskFilter[] {
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
export function tabTasks(tab: InboxTab, answers: InboxTask[][], viewer: Viewer): InboxTask[] {
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
