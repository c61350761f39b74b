import { Injectable } from '@nestjs/common';
import { Db } from '../../database/db.service.js';
import { CalledInstanceModel, HistoryEntryModel, IncidentModel, ProcessInstanceModel, ProcessInstanceState } from './dtos/process-instance.model.js';
import { afterCursor, NEWEST_FIRST } from './utils/page.util.js';

interface InstanceRow {
  id: string;
  bpmn_process_id: string;
  version: number;
  definition_id: string;
  state: ProcessInstanceState;
  started_by: string | null;
  parent_instance_id: string | null;
  parent_element_instance_id: string | null;
  root_instance_id: string | null;
  created_at: Date;
  ended_at: Date | null;
}

/** The read side of process instances: one query per kind of detail for a whole page, never one per instance. */
@Injectable()
export class ProcessInstanceRepository {
  constructor(private readonly db: Db) {}

  async page(filter: { bpmnProcessId: string | null; state: string | null; startedBy: string | null }, window: { limit: number; at: string | null; id: string | null }) {
    const where = `($1::text IS NULL OR bpmn_process_id = $1) AND ($2::text IS NULL OR state = $2) AND ($3::uuid IS NULL OR started_by = $3)`;
    const params = [filter.bpmnProcessId, filter.state, filter.startedBy];
    const [{ count }] = await this.db.em.query(`SELECT count(*)::int AS count FROM process_instances WHERE ${where}`, params);
    const rows: InstanceRow[] = await this.db.em.query(
      `SELECT * FROM process_instances WHERE ${where} AND ${afterCursor(4)} ${NEWEST_FIRST} LIMIT $6`,
      [...params, window.at, window.id, window.limit],
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
    const active: { id: string; process_instance_id: string; element_id: string; element_kind: string; scope_id: string | null; state: string }[] = await em.query(
        `SELECT id, process_instance_id, element_id, element_kind, scope_id, state FROM element_instances
         WHERE process_instance_id = ANY($1::uuid[]) AND state IN ('ACTIVE', 'WAITING') AND element_kind <> 'process' ORDER BY created_at, id`,
        [ids],
      );
    // each called instance with the active incidents of its own subtree of calls
    const called: (Omit<CalledInstanceModel, 'activeIncidentCount'> & { parentId: string; activeIncidentCount: number })[] = (
      await em.query(
        `WITH RECURSIVE tree AS (
           SELECT c.id AS top, c.id FROM process_instances c WHERE c.parent_instance_id = ANY($1::uuid[])
           UNION ALL SELECT t.top, p.id FROM process_instances p JOIN tree t ON p.parent_instance_id = t.id)
         SELECT c.id, c.parent_instance_id, c.bpmn_process_id, c.version, c.state, e.element_id, c.parent_element_instance_id,
           (SELECT count(*)::int FROM incidents i JOIN tree t ON i.process_instance_id = t.id WHERE t.top = c.id AND i.state = 'ACTIVE') AS incidents
         FROM process_instances c LEFT JOIN element_instances e ON e.id = c.parent_element_instance_id
         WHERE c.parent_instance_id = ANY($1::uuid[]) ORDER BY c.created_at, c.id`,
        [ids],
      )
    ).map((r: Record<string, unknown>) => ({
      id: r.id as string, parentId: r.parent_instance_id as string, bpmnProcessId: r.bpmn_process_id as string, version: r.version as number,
      state: r.state as ProcessInstanceState, callActivityId: (r.element_id as string) ?? '', callElementInstanceId: r.parent_element_instance_id as string,
      activeIncidentCount: r.incidents as number,
    }));
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
      activeElementInstances: active.filter((a) => a.process_instance_id === row.id).map((a) => ({
        id: a.id, elementId: a.element_id, elementKind: a.element_kind, scopeId: a.scope_id, state: a.state,
      })),
      parentInstanceId: row.parent_instance_id,
      parentElementInstanceId: row.parent_element_instance_id,
      rootInstanceId: row.root_instance_id ?? row.id,
      calledInstances: called.filter((c) => c.parentId === row.id).map(({ parentId: _, ...c }) => c),
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
