import type { EntityManager } from 'typeorm';
import { visibleVariables } from '../../engine/runtime/index.js';
import { JobModel } from './dtos/job.model.js';

export interface JobRow {
  id: string;
  workspace_id: string;
  process_instance_id: string;
  element_instance_id: string;
  element_id: string;
  type: string;
  retries: number;
  attempts: number;
  custom_headers: Record<string, string>;
  state: string;
  worker: string | null;
  locked_until: Date | null;
  error_message: string | null;
}

export async function toJobModel(em: EntityManager, row: JobRow, withVariables: boolean): Promise<JobModel> {
  return {
    id: row.id, type: row.type, retries: row.retries, customHeaders: row.custom_headers, processInstanceId: row.process_instance_id,
    elementId: row.element_id, elementInstanceId: row.element_instance_id, state: row.state, worker: row.worker, deadline: row.locked_until,
    errorMessage: row.error_message, variables: withVariables ? await visibleVariables(em, row.element_instance_id) : {},
  };
}

/**
 * Claims up to `max` due jobs of the given types: open ones whose run_at has come, and activated ones whose lock
 * expired (their worker died). SKIP LOCKED lets any number of workers and replicas claim side by side without
 * waiting for each other or taking the same job twice.
 */
export async function claimJobs(em: EntityManager, types: string[], max: number, lockMs: number, worker: string): Promise<JobRow[]> {
  // For UPDATE … RETURNING, TypeORM's postgres driver answers [rows, affectedCount].
  const [rows]: [JobRow[], number] = await em.query(
    `UPDATE jobs SET state = 'ACTIVATED', locked_until = now() + make_interval(secs => $3::float8 / 1000), worker = $4, updated_at = now()
     WHERE id IN (
       SELECT id FROM jobs
       WHERE type = ANY($1::text[]) AND ((state = 'ACTIVATABLE' AND run_at <= now()) OR (state = 'ACTIVATED' AND locked_until < now()))
       ORDER BY run_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
     RETURNING *`,
    [types, max, lockMs, worker],
  );
  return rows;
}
