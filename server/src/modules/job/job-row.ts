import type { DataSource, EntityManager } from 'typeorm';
import { preparedPoolQuery, preparedQuery } from '../../database/prepared-query.js';
import { type Variables, visibleVariablesOf } from '../../engine/runtime/index.js';
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

/** A job as the API shows it; `variables` only for a claimed job (a worker's activation), `{}` otherwise. */
export function toJobModel(row: JobRow | ClaimedJob): JobModel {
  return {
    id: row.id, type: row.type, retries: row.retries, customHeaders: row.custom_headers, processInstanceId: row.process_instance_id,
    elementId: row.element_id, elementInstanceId: row.element_instance_id, state: row.state, worker: row.worker, deadline: row.locked_until,
    errorMessage: row.error_message, variables: 'variables' in row ? row.variables : {},
  };
}

/** A claimed job with the variables visible at its element instance when it was claimed. */
export interface ClaimedJob extends JobRow {
  variables: Variables;
}

/**
 * Claims up to `max` due jobs of the given types: open ones whose run_at has come, and activated ones whose lock
 * expired (their worker died). SKIP LOCKED lets any number of workers and replicas claim side by side without
 * waiting for each other or taking the same job twice. One statement also reads each claimed job's visible
 * variables (not one query per job), and answers the jobs in the order they fell due.
 */
const CLAIM = `WITH claimed AS (
    UPDATE jobs SET state = 'ACTIVATED', locked_until = now() + make_interval(secs => $3::float8 / 1000), worker = $4, updated_at = now()
    WHERE id IN (
      SELECT id FROM jobs
      WHERE type = ANY($1::text[]) AND ((state = 'ACTIVATABLE' AND run_at <= now()) OR (state = 'ACTIVATED' AND locked_until < now()))
      ORDER BY run_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
    RETURNING *)
  SELECT claimed.*, ${visibleVariablesOf('claimed.element_instance_id')} AS variables FROM claimed ORDER BY claimed.run_at, claimed.id`;

/** Claims in the caller's transaction (a worker's activateJobs: a tenant one, so row-level security applies). */
export function claimJobs(em: EntityManager, types: string[], max: number, lockMs: number, worker: string): Promise<ClaimedJob[]> {
  return preparedQuery<ClaimedJob>(em, CLAIM, [types, max, lockMs, worker]);
}

/**
 * Claims in one statement of its own on a pooled connection, committed at once, as the owner role (every workspace's
 * jobs): the built-in poller's claim, one round trip instead of a transaction's three. Nothing else is written with
 * it, so there is nothing to make atomic with it.
 */
export function claimJobsNow(dataSource: DataSource, types: string[], max: number, lockMs: number, worker: string): Promise<ClaimedJob[]> {
  return preparedPoolQuery<ClaimedJob>(dataSource, CLAIM, [types, max, lockMs, worker]);
}
