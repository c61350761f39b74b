import { Injectable } from '@nestjs/common';
import { Db } from '../../database/db.service.js';
import { HistoryEntryModel, IncidentModel, ProcessInstanceModel, ProcessInstanceState } from './dtos/process-instance.model.js';
import { afterCursor, NEWEST_FIRST } from './utils/page.util.js';

interface InstanceRow {
  id: string;
  bpmn_process_id: string;
  version: number;
  definition_id: string;
  state: ProcessInstanceState;
  started_by: string | null;
  created_at: Date;
  ended_at: Date | null;
}

/** The read side of process instances: one query per kind of detail for a whole page, never one per instance. */
@Injectable()
export class ProcessInstanceRepository {
  constructor(private readonly db: Db) {}

  async page(filter: { bpmnProcessId: string | null; state: string | null }, window: { limit: number; at: string | null; id: string | null }) {
    const where = `($1::text IS NULL OR bpmn_process_id = $1) AND ($2::text IS NULL OR state = $2)`;
    const [{ count }] = await this.db.em.query(`SELECT count(*)::int AS count FROM process_instances WHERE ${where}`, [filter.bpmnProcessId, filter.state]);
    const rows: InstanceRow[] = await this.db.em.query(
      `SELECT * FROM process_instances WHERE ${where} AND ${afterCursor(3)} ${NEWEST_FIRST} LIMIT $5`,
      [filter.bpmnProcessId, filter.state, window.at, window.id, window.limit],
    );
    return { rows: await this.details(rows), totalCount: count as number };
  }

  async byId(id: string): Promise<ProcessInstanceModel | null> {
    const rows: InstanceRow[] = await this.db.em.query(`SELECT * FROM process_instances WHERE id = $1`, [id]);
    return (await this.details(rows))[0] ?? null;
  }

  private async details(rows: InstanceRow[]): Promise<ProcessInstanceModel[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const em = this.db.em;
    // One connection per transaction, so these run one after another (pg would queue them anyway).
    const variables: { scope_id: string; name: string; value: unknown }[] = await em.query(`SELECT scope_id, name, value FROM variables WHERE scope_id = ANY($1::uuid[])`, [ids]);
    const active: { process_instance_id: string; element_id: string }[] = await em.query(
        `SELECT process_instance_id, element_id FROM element_instances
         WHERE process_instance_id = ANY($1::uuid[]) AND state IN ('ACTIVE', 'WAITING') AND element_kind <> 'process' ORDER BY created_at, id`,
        [ids],
      );
    const incidents: Record<string, unknown>[] = await em.query(
        `SELECT id, process_instance_id, type, message, element_id, element_instance_id, job_id, state, created_at, resolved_at
         FROM incidents WHERE process_instance_id = ANY($1::uuid[]) ORDER BY created_at, id`,
        [ids],
      );
    const history: Record<string, unknown>[] = await em.query(
        `SELECT process_instance_id, element_instance_id, element_id, element_kind, event, actor_id, duration_ms, at
         FROM process_history WHERE process_instance_id = ANY($1::uuid[]) ORDER BY id`,
        [ids],
      );
    return rows.map((row) => ({
      id: row.id,
      bpmnProcessId: row.bpmn_process_id,
      version: row.version,
      processDefinitionId: row.definition_id,
      state: row.state,
      startedBy: row.started_by,
      createdAt: row.created_at,
      endedAt: row.ended_at,
      variables: Object.fromEntries(variables.filter((v) => v.scope_id === row.id).map((v) => [v.name, v.value])),
      activeElementIds: [...new Set(active.filter((a) => a.process_instance_id === row.id).map((a) => a.element_id))],
      incidents: incidents.filter((i) => i.process_instance_id === row.id).map(toIncident),
      history: history.filter((h) => h.process_instance_id === row.id).map(toHistory),
    }));
  }
}

export function toIncident(r: Record<string, unknown>): IncidentModel {
  return {
    id: r.id as string, processInstanceId: r.process_instance_id as string, type: r.type as string, message: r.message as string,
    elementId: r.element_id as string, elementInstanceId: r.element_instance_id as string, jobId: (r.job_id as string) ?? null,
    state: r.state as string, createdAt: r.created_at as Date, resolvedAt: (r.resolved_at as Date) ?? null,
  };
}

function toHistory(r: Record<string, unknown>): HistoryEntryModel {
  return {
    elementInstanceId: (r.element_instance_id as string) ?? null, elementId: r.element_id as string, elementKind: r.element_kind as string,
    event: r.event as string, actorId: (r.actor_id as string) ?? null, durationMs: (r.duration_ms as number) ?? null, at: r.at as Date,
  };
}
