import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { findCatcher } from '../../engine/runtime/catchers.js';
import { type Clock, type FireOutcome, type LockedInstance, lockInstance, resume } from '../../engine/runtime/index.js';
import type { SlaPolicy, SlaThreshold } from '../../engine/sla/sla-policy.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationKind } from '../notification/notification-kind.js';
import { NotificationOutbox } from '../notification/notification-outbox.service.js';
import { type TaskEventAction, recordTaskEvent } from '../task/task-event-log.js';
import { TimerPoller } from '../timer/timer-poller.js';

interface SlaTimerRow {
  id: string;
  workspace_id: string;
  process_instance_id: string;
  task_id: string;
  due_at: Date;
  state: string;
  payload: { threshold: number } | null;
}

interface SlaTaskRow {
  id: string;
  process_instance_id: string;
  element_instance_id: string;
  element_id: string;
  state: string;
  assignee: string | null;
  policy: SlaPolicy;
  responded_at: Date | null;
}

const ACTION_EVENTS: Record<SlaThreshold['action'], TaskEventAction> = {
  remind: 'SLA_REMIND', notifyManager: 'SLA_NOTIFY', reassign: 'SLA_REASSIGN', complete: 'SLA_COMPLETE', escalate: 'SLA_ESCALATE',
};

/**
 * Fires SLA timers (kind SLA), which the TimerPoller claims like any timer: as a command in the timer's tenant
 * transaction, instance lock first, then the timer row re-checked under its lock and marked fired in the same
 * transaction as the action — so a threshold acts exactly once across replicas and restarts. A task that has ended
 * (its timers are cancelled with it) or a respond threshold of a task already responded to does nothing.
 */
@Injectable()
export class SlaTimerHandler implements OnModuleInit {
  constructor(
    private readonly poller: TimerPoller,
    private readonly outbox: NotificationOutbox,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.poller.handleKind('SLA', (em, timerId, clock) => this.fire(em, timerId, clock));
  }

  async fire(em: EntityManager, timerId: string, clock: Clock): Promise<FireOutcome> {
    const [peek]: SlaTimerRow[] = await em.query(`SELECT * FROM timers WHERE id = $1 AND kind = 'SLA'`, [timerId]);
    if (!peek || peek.state !== 'SCHEDULED') return 'skipped';
    const instance = await lockInstance(em, peek.process_instance_id);
    const [timer]: SlaTimerRow[] = await em.query(`SELECT * FROM timers WHERE id = $1 FOR UPDATE`, [timerId]);
    if (!timer || timer.state !== 'SCHEDULED' || timer.due_at.getTime() > clock.now()) return 'skipped';
    const [task]: SlaTaskRow[] = await em.query(
      `SELECT t.*, s.policy, s.responded_at FROM user_tasks t JOIN task_slas s ON s.task_id = t.id WHERE t.id = $1`,
      [timer.task_id],
    );
    const threshold = task?.policy.thresholds[timer.payload?.threshold ?? -1];
    if (!instance || instance.state !== 'ACTIVE' || !task || task.state !== 'CREATED' || !threshold) {
      await em.query(`UPDATE timers SET state = 'CANCELED', locked_until = NULL, updated_at = now() WHERE id = $1`, [timerId]);
      return 'skipped';
    }
    await em.query(`UPDATE timers SET state = 'FIRED', fired_count = fired_count + 1, locked_until = NULL, updated_at = now() WHERE id = $1`, [timerId]);
    if (threshold.deadline === 'respond' && task.responded_at) return 'fired';
    const details = await this.act(em, { timer, task, instance, threshold, clock });
    await recordTaskEvent(em, {
      workspaceId: timer.workspace_id,
      task: { id: task.id, processInstanceId: task.process_instance_id, elementInstanceId: task.element_instance_id, elementId: task.element_id },
      action: ACTION_EVENTS[threshold.action],
      actorId: null,
      fromUser: task.assignee,
      toUser: threshold.group ? `group:${threshold.group}` : null,
      details: { threshold: timer.payload?.threshold, deadline: threshold.deadline, offset: threshold.offset, ...details },
    });
    await this.audit.record({
      workspaceId: timer.workspace_id, action: 'task.sla_action', targetType: 'task', targetId: task.id,
      details: { action: threshold.action, deadline: threshold.deadline, offset: threshold.offset, ...details },
    }, em);
    return 'fired';
  }

  private async act(
    em: EntityManager,
    { timer, task, instance, threshold, clock }: { timer: SlaTimerRow; task: SlaTaskRow; instance: LockedInstance; threshold: SlaThreshold; clock: Clock },
  ): Promise<Record<string, unknown>> {
    const event = `sla:${timer.id}`;
    const actor = { workspaceId: timer.workspace_id, userId: null };
    switch (threshold.action) {
      case 'remind':
        return { mails: await this.outbox.enqueueTask(NotificationKind.TASK_SLA_REMINDER, { taskId: task.id, event }) };
      case 'notifyManager':
        return { mails: await this.outbox.enqueueTask(NotificationKind.TASK_ESCALATION, { taskId: task.id, event, to: { groups: [threshold.group as string] } }) };
      case 'reassign':
        await em.query(
          `UPDATE user_tasks SET assignee = NULL, owner = NULL, delegation_state = NULL, candidate_users = '[]'::jsonb, candidate_groups = $2::jsonb WHERE id = $1`,
          [task.id, JSON.stringify([threshold.group])],
        );
        return { group: threshold.group };
      case 'complete': {
        await em.query(`UPDATE user_tasks SET state = 'COMPLETED', completed_at = $2 WHERE id = $1`, [task.id, new Date(clock.now())]);
        await em.query(`UPDATE task_slas SET ended_at = $2 WHERE task_id = $1`, [task.id, new Date(clock.now())]);
        const execution = await resume(em, actor, instance, clock);
        await execution.completeWaiting(task.element_instance_id, { ...threshold.variables });
        return { variables: threshold.variables };
      }
      case 'escalate': {
        const execution = await resume(em, actor, instance, clock);
        const token = execution.token(task.element_instance_id);
        const catcher = token ? findCatcher(execution, token, { kind: 'escalation', code: threshold.escalationCode as string }) : null;
        if (catcher) await execution.trigger(catcher.ownerId, catcher.eventId, {});
        return { escalationCode: threshold.escalationCode, caughtBy: catcher?.eventId ?? null };
      }
    }
  }
}
