import type { EntityManager } from 'typeorm';

export type TaskEventAction =
  | 'TRANSFERRED'
  | 'DELEGATED'
  | 'RESOLVED'
  | 'COPIED'
  | 'RETURNED'
  | 'SIGNER_ADDED'
  | 'SIGNED'
  | 'SLA_REMIND'
  | 'SLA_NOTIFY'
  | 'SLA_REASSIGN'
  | 'SLA_COMPLETE'
  | 'SLA_ESCALATE';

export interface TaskEventInput {
  workspaceId: string;
  task: { id: string; processInstanceId: string; elementInstanceId: string; elementId: string };
  action: TaskEventAction;
  /** null: the engine (an SLA threshold) */
  actorId: string | null;
  fromUser?: string | null;
  toUser?: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Records an approval or SLA action in the caller's transaction, twice: in `task_events` with who, from whom, to
 * whom and why (Task.events), and as a step of the instance's history (`process_history`, event = the action).
 */
export async function recordTaskEvent(em: EntityManager, event: TaskEventInput): Promise<void> {
  await em.query(
    `INSERT INTO task_events (workspace_id, task_id, process_instance_id, action, actor_id, from_user, to_user, reason, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)`,
    [event.workspaceId, event.task.id, event.task.processInstanceId, event.action, event.actorId, event.fromUser ?? null, event.toUser ?? null,
      event.reason ?? null, event.details ? JSON.stringify(event.details) : null],
  );
  await em.query(
    `INSERT INTO process_history (workspace_id, process_instance_id, actor_id, element_instance_id, element_id, element_kind, event)
     VALUES ($1, $2, $3, $4, $5, 'userTask', $6)`,
    [event.workspaceId, event.task.processInstanceId, event.actorId, event.task.elementInstanceId, event.task.elementId, event.action],
  );
}
