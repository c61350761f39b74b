import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { lockInstance, resume } from '../../engine/runtime/index.js';
import { IncidentModel } from './dtos/process-instance.model.js';
import { toIncident } from './process-instance.repository.js';
import { ProcessException } from './process.exception.js';
import { engineCommand } from './utils/engine-command.util.js';
import { EngineClock } from '../timer/engine-clock.js';

@Injectable()
export class IncidentService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: EngineClock,
  ) {}

  /**
   * A job incident gets its job back in the queue with `retries` (default 1); any other incident runs the failed
   * half of the element again (activation or completion), which raises a new incident if the cause remains.
   */
  async resolve(auth: AuthContext, id: string, retries?: number | null): Promise<IncidentModel> {
    this.access.require(auth, Permission.PROCESS_OPERATE);
    const check = new InputCheck().uuid('id', id);
    if (retries !== undefined && retries !== null && (!Number.isInteger(retries) || retries < 1 || retries > 1000)) {
      check.add('retries', { en: 'Retries must be a whole number from 1 to 1000.', 'zh-CN': '重试次数须为 1 到 1000 的整数。' });
    }
    check.throwIfAny();
    const em = this.db.em;
    const notFound = () => new ProcessException('INCIDENT_NOT_FOUND', { params: { id }, fields: [{ key: 'id', message: { en: 'Not found.', 'zh-CN': '不存在。' } }] });
    const [found]: { process_instance_id: string }[] = await em.query(`SELECT process_instance_id FROM incidents WHERE id = $1`, [id]);
    if (!found) throw notFound();
    const instance = await lockInstance(em, found.process_instance_id);
    if (!instance) throw notFound();
    // Read again under the instance lock: a concurrent resolve may have won.
    const [incident]: { state: string; phase: 'JOB' | 'ACTIVATE' | 'COMPLETE'; job_id: string | null; element_instance_id: string }[] = await em.query(
      `SELECT state, phase, job_id, element_instance_id FROM incidents WHERE id = $1`,
      [id],
    );
    if (incident.state !== 'ACTIVE' || instance.state !== 'ACTIVE') throw new ProcessException('INCIDENT_RESOLVED', { params: { id } });
    await em.query(`UPDATE incidents SET state = 'RESOLVED', resolved_at = now(), resolved_by = $2 WHERE id = $1`, [id, auth.userId]);
    if (incident.phase === 'JOB' && incident.job_id) {
      await em.query(
        `UPDATE jobs SET retries = $2, state = 'ACTIVATABLE', run_at = now(), locked_until = NULL, worker = NULL, updated_at = now() WHERE id = $1`,
        [incident.job_id, retries ?? 1],
      );
      await em.query(`SELECT baton_notify('baton_jobs', '')`);
    } else if (incident.phase !== 'JOB') {
      const execution = await resume(em, { workspaceId: auth.workspaceId, userId: auth.userId }, instance, this.clock);
      await engineCommand(() => execution.retry(incident.element_instance_id, incident.phase as 'ACTIVATE' | 'COMPLETE'));
    }
    const [row] = await em.query(`SELECT * FROM incidents WHERE id = $1`, [id]);
    await this.audit.recordBy(auth, { action: 'process.incident_resolved', targetType: 'incident', targetId: id, details: { processInstanceId: found.process_instance_id, retries: retries ?? null } });
    return toIncident(row);
  }
}
