import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Actor, type LockedInstance, lockInstanceOf, resume } from '../../engine/runtime/index.js';
import { engineCommand } from '../process/utils/engine-command.util.js';
import { JobException } from './job.exception.js';
import { JobRow } from './job-row.js';
import { EngineClock } from '../timer/engine-clock.js';

/**
 * Job results as engine commands, shared by GraphQL workers and the built-in poller. Each takes the instance lock
 * first, then checks the job under it, so a late duplicate completion gets CONFLICT instead of moving a token twice.
 */
@Injectable()
export class JobCommands {
  constructor(private readonly clock: EngineClock) {}

  async complete(em: EntityManager, actor: Actor, id: string, variables: Record<string, unknown>): Promise<JobRow> {
    const instance = await this.lockInstanceOf(em, id);
    // checked and completed under the instance lock, in the statement that loads the instance; the row is the answer.
    // `state || ''`: an expression, so the claim's partial index (which `state = 'ACTIVATED'` would imply) cannot
    // serve this lookup by id; a plan through it reads every entry the index holds, dead ones included.
    const execution = await resume(em, actor, instance, this.clock, undefined, {
      with: `job AS (UPDATE jobs SET state = 'COMPLETED', locked_until = NULL, updated_at = now() WHERE id = $2 AND state || '' = 'ACTIVATED' RETURNING *)`,
      answer: '(SELECT row_to_json(job) FROM job)',
      params: [id],
    });
    const job = execution.store.answered as JobRow | null;
    if (!job) throw new JobException('JOB_NOT_ACTIVATED', { params: { id, state: (await this.read(em, id)).state } });
    await engineCommand(() => execution.completeWaiting(job.element_instance_id, variables));
    return job;
  }

  /** With retries left the job returns to the queue after `backoffMs`; with none it raises an incident. */
  async fail(em: EntityManager, id: string, retries: number, errorMessage: string, backoffMs: number): Promise<JobRow> {
    const { job } = await this.lockActivated(em, id);
    const message = errorMessage.slice(0, 4000) || 'The job failed without a message.';
    if (retries > 0) {
      await em.query(
        `UPDATE jobs SET state = 'ACTIVATABLE', retries = $2, attempts = attempts + 1, error_message = $3, locked_until = NULL,
           run_at = now() + make_interval(secs => $4::float8 / 1000), updated_at = now() WHERE id = $1`,
        [id, retries, message, backoffMs],
      );
    } else {
      await em.query(
        `UPDATE jobs SET state = 'FAILED', retries = 0, attempts = attempts + 1, error_message = $2, locked_until = NULL, updated_at = now() WHERE id = $1`,
        [id, message],
      );
      await this.incident(em, job, 'JOB_NO_RETRIES', message);
    }
    return this.read(em, id);
  }

  /**
   * A BPMN error from the worker: the nearest error boundary event or error event sub-process (by code, else a
   * catch-all, from the job's element outwards through its scopes) takes over with the variables; the job ends
   * ERROR_THROWN. Nothing catching it, it becomes an UNHANDLED_ERROR_EVENT incident that holds the token.
   */
  async throwError(em: EntityManager, actor: Actor, id: string, errorCode: string, errorMessage: string, variables: Record<string, unknown> = {}): Promise<JobRow> {
    const { job, instance } = await this.lockActivated(em, id);
    const detail = errorMessage ? ` (${errorMessage.slice(0, 2000)})` : '';
    const execution = await resume(em, actor, instance, this.clock);
    const caught = await engineCommand(() => execution.throwError(job.element_instance_id, errorCode, variables));
    const message = caught ? `The job threw BPMN error "${errorCode}"${detail}.` : `The job threw BPMN error "${errorCode}"${detail}, and no error catch event handles it.`;
    await em.query(`UPDATE jobs SET state = 'ERROR_THROWN', error_message = $2, locked_until = NULL, updated_at = now() WHERE id = $1`, [id, message]);
    if (!caught) await this.incident(em, job, 'UNHANDLED_ERROR_EVENT', message);
    return this.read(em, id);
  }

  private async lockInstanceOf(em: EntityManager, id: string): Promise<LockedInstance> {
    const instance = await lockInstanceOf(em, 'jobs', id);
    if (!instance) throw new JobException('JOB_NOT_FOUND', { params: { id }, fields: [{ key: 'id', message: { en: 'Not found.', 'zh-CN': '不存在。' } }] });
    return instance;
  }

  private async lockActivated(em: EntityManager, id: string): Promise<{ job: JobRow; instance: LockedInstance }> {
    const instance = await this.lockInstanceOf(em, id);
    const job = await this.read(em, id);
    if (job.state !== 'ACTIVATED') throw new JobException('JOB_NOT_ACTIVATED', { params: { id, state: job.state } });
    return { job, instance };
  }

  private async incident(em: EntityManager, job: JobRow, type: string, message: string): Promise<void> {
    await em.query(
      `INSERT INTO incidents (workspace_id, process_instance_id, element_instance_id, element_id, job_id, type, phase, message, state)
       VALUES ($1, $2, $3, $4, $5, $6, 'JOB', $7, 'ACTIVE')`,
      [job.workspace_id, job.process_instance_id, job.element_instance_id, job.element_id, job.id, type, message],
    );
  }

  private async read(em: EntityManager, id: string): Promise<JobRow> {
    const [row]: JobRow[] = await em.query(`SELECT * FROM jobs WHERE id = $1`, [id]);
    return row;
  }
}
