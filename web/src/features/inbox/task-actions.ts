/** Which approval actions the task page offers, from the model's settings and where the task stands. */

export type DialogAction = 'return' | 'transfer' | 'delegate' | 'addSigner' | 'cc' | 'resolve';

export interface ActionTask {
  state: string;
  assignee?: string | null;
  owner?: string | null;
  delegationState?: string | null;
  approval: { actions: string[]; variable: string };
}

export interface OfferedActions {
  /** approve / reject buttons (a voting step) instead of complete */
  vote: { approve: boolean; reject: boolean } | null;
  complete: boolean;
  /** the actions under "More" (更多) */
  more: DialogAction[];
}

/**
 * What the viewer may do now. Nothing on a closed or suspended task; a delegate only resolves (hands back); approve,
 * reject or complete only for the assignee (the server checks too: these decide what it refuses, not what it allows).
 */
export function offeredActions(task: ActionTask, mine: boolean): OfferedActions {
  const none: OfferedActions = { vote: null, complete: false, more: [] };
  if (task.state !== 'CREATED') return none;
  if (task.delegationState === 'PENDING') return mine ? { ...none, more: ['resolve'] } : none;
  const offered = new Set(task.approval.actions);
  const voting = offered.has('approve') || offered.has('reject');
  const more = (['return', 'transfer', 'delegate', 'addSigner', 'cc'] as const).filter((action) => offered.has(action));
  return {
    vote: voting && mine ? { approve: offered.has('approve'), reject: offered.has('reject') } : null,
    complete: !voting && mine,
    more: mine ? more : more.filter((action) => action === 'cc'),
  };
}

/** The variables a vote completes the task with: the form's, plus the approval variable. */
export function withVote(variables: Record<string, unknown>, variable: string, approve: boolean | null): Record<string, unknown> {
  return approve === null ? variables : { ...variables, [variable]: approve };
}
