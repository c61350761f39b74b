import type { EntityManager } from 'typeorm';
import type { SlaPolicy } from '../sla/sla-policy.js';

export interface NewTaskSla {
  taskId: string;
  policy: SlaPolicy;
  respondBy: number | null;
  completeBy: number | null;
  respondRiskAt: number | null;
  completeRiskAt: number | null;
}

export interface NewSlaTimer {
  taskId: string;
  elementInstanceId: string;
  elementId: string;
  dueAt: number;
  /** the threshold's index in the policy */
  threshold: number;
}

const at = (ms: number | null) => (ms === null ? null : new Date(ms));

/** The SQL of a user task's SLA inside a command (same transaction, tenant role); see modules/sla. */
export class SlaStore {
  constructor(
    private readonly em: EntityManager,
    private readonly workspaceId: string,
    private readonly instanceId: string,
    private readonly definitionId: string,
  ) {}

  get manager(): EntityManager {
    return this.em;
  }

  async openTaskOf(elementInstanceId: string): Promise<string | null> {
    const [row]: { id: string }[] = await this.em.query(
      `SELECT id FROM user_tasks WHERE process_instance_id = $2 AND element_instance_id = $1 AND state = 'CREATED'`,
      [elementInstanceId, this.instanceId],
    );
    return row?.id ?? null;
  }

  async insertTaskSla(sla: NewTaskSla): Promise<void> {
    await this.em.query(
      `INSERT INTO task_slas (task_id, workspace_id, process_instance_id, policy, respond_by, complete_by, respond_risk_at, complete_risk_at)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8)`,
      [sla.taskId, this.workspaceId, this.instanceId, JSON.stringify(sla.policy), at(sla.respondBy), at(sla.completeBy), at(sla.respondRiskAt), at(sla.completeRiskAt)],
    );
  }

  /** A durable timer of kind SLA: the TimerPoller claims it like any timer and hands it to the SLA handler. */
  async insertSlaTimer(timer: NewSlaTimer): Promise<void> {
    await this.em.query(
      `INSERT INTO timers (workspace_id, definition_id, process_instance_id, element_instance_id, element_id, due_at, repetitions, interval, state, kind, task_id, payload)
       VALUES ($1, $2, $3, $4, $5, $6, 1, NULL, 'SCHEDULED', 'SLA', $7, $8::jsonb)`,
      [this.workspaceId, this.definitionId, this.instanceId, timer.elementInstanceId, timer.elementId, new Date(timer.dueAt), timer.taskId, JSON.stringify({ threshold: timer.threshold })],
    );
  }
}
