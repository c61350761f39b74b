import { compileCalendar } from '../calendar/business-calendar.js';
import { BusinessDurationError, addWorkingTime, workingTimeBetween } from '../calendar/business-time.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import type { UserTaskNode } from '../parse/process-model.js';
import type { Execution } from './execution.js';
import { IncidentError, nodeLabel, type Token } from './runtime-types.js';

/** Timers due this soon are announced at commit (NOTIFY baton_timers), as event timers are. */
const NOTIFY_WITHIN_MS = 1_000;
/** Without `atRiskBefore`, a task is at risk in the last fifth of each window. */
const AT_RISK_SHARE = 0.8;

/**
 * A user task with a `baton:sla` policy was just created: its deadlines are counted from now (the engine clock) on
 * the workspace's business calendar, stored in `task_slas`, and each threshold becomes a timer of kind SLA owned by
 * the task's element instance. Ending the task cancels them (trigger on user_tasks).
 */
export async function openSla(x: Execution, token: Token, node: UserTaskNode): Promise<void> {
  const policy = node.sla;
  if (!policy) return;
  const store = x.store.slas();
  const taskId = await store.openTaskOf(token.id);
  if (!taskId) return;
  const now = x.store.clock.now();
  try {
    const calendar = compileCalendar(await loadCalendar(store.manager, x.store.workspaceId));
    const deadline = (within: string | undefined) => (within ? addWorkingTime(now, within, calendar).getTime() : null);
    const riskAt = (by: number | null) => {
      if (by === null) return null;
      const at = policy.atRiskBefore
        ? addWorkingTime(by, `-${policy.atRiskBefore}`, calendar).getTime()
        : addWorkingTime(now, { sign: 1, days: 0, ms: Math.round(workingTimeBetween(now, by, calendar) * AT_RISK_SHARE) }, calendar).getTime();
      return Math.max(now, Math.min(at, by));
    };
    const respondBy = deadline(policy.respondWithin);
    const completeBy = deadline(policy.completeWithin);
    await store.insertTaskSla({ taskId, policy, respondBy, completeBy, respondRiskAt: riskAt(respondBy), completeRiskAt: riskAt(completeBy) });
    for (const [index, threshold] of policy.thresholds.entries()) {
      const base = threshold.deadline === 'respond' ? respondBy : completeBy;
      if (base === null) continue;
      const dueAt = addWorkingTime(base, threshold.offset, calendar).getTime();
      await store.insertSlaTimer({ taskId, elementInstanceId: token.id, elementId: node.id, dueAt, threshold: index });
      if (dueAt <= now + NOTIFY_WITHIN_MS) x.timersDueSoon = true;
    }
  } catch (error) {
    if (error instanceof BusinessDurationError) throw new IncidentError('EXPRESSION_ERROR', `SLA of ${nodeLabel(node)}: ${error.reason.en}`);
    throw error;
  }
}
