import { Injectable } from '@nestjs/common';
import { Db } from '../../database/db.service.js';
import { EngineClock } from '../timer/engine-clock.js';
import type { TaskSlaModel } from './dtos/task-sla.model.js';
import { type TaskSlaRow, slaStateOf } from './sla-state.js';

/**
 * Stamps a task's SLA with the engine clock when people act on it (so tests that move the clock see the same
 * states as production), and reads it for the Task.sla field. Tasks without a policy have no row: no-ops.
 */
@Injectable()
export class SlaService {
  constructor(
    private readonly db: Db,
    private readonly clock: EngineClock,
  ) {}

  /**
   * Claimed, transferred or delegated: the first counts as the response. Given the task's SLA row as read before
   * (TaskRecord.slaRow), answers it as it now is. (Completion is TaskRepository.markCompleted; the trigger on
   * user_tasks stamps other endings with the database's time.)
   */
  async responded(taskId: string, row?: TaskSlaRow | null): Promise<TaskSlaRow | null | undefined> {
    const at = new Date(this.clock.now());
    await this.db.em.query(`UPDATE task_slas SET responded_at = COALESCE(responded_at, $2) WHERE task_id = $1`, [taskId, at]);
    return row ? { ...row, responded_at: row.responded_at ?? at } : row;
  }

  async of(taskId: string): Promise<TaskSlaModel | null> {
    const [row]: TaskSlaRow[] = await this.db.em.query(`SELECT * FROM task_slas WHERE task_id = $1`, [taskId]);
    return this.modelOf(row ?? null);
  }

  /** The Task.sla answer for a task_slas row (null: the task has no SLA). */
  modelOf(row: TaskSlaRow | null): TaskSlaModel | null {
    if (!row) return null;
    const now = this.clock.now();
    const risks = [row.complete_risk_at, row.responded_at || row.ended_at ? null : row.respond_risk_at].filter((d): d is Date => d !== null);
    const ahead = risks.filter((d) => d.getTime() > now).sort((a, b) => a.getTime() - b.getTime());
    return {
      state: slaStateOf(row, now),
      respondBy: row.respond_by,
      completeBy: row.complete_by,
      respondedAt: row.responded_at,
      atRiskAt: ahead[0] ?? risks.sort((a, b) => a.getTime() - b.getTime())[0] ?? null,
    };
  }
}
