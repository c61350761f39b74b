import type { FormSchema } from '@baton/sdk';
import { Injectable } from '@nestjs/common';
import { Db } from '../../database/db.service.js';
import { preparedQuery } from '../../database/prepared-query.js';
import { type Alongside, visibleVariables } from '../../engine/runtime/index.js';
import { afterCursor, NEWEST_FIRST } from '../process/utils/page.util.js';
import { type TaskSlaRow, slaStateSql } from '../sla/sla-state.js';
import { SignPosition, TaskFilter, TaskModel, TaskState } from './dtos/task.model.js';

interface TaskRow {
  id: string;
  name: string | null;
  element_id: string;
  element_instance_id: string;
  process_instance_id: string;
  bpmn_process_id: string;
  assignee: string | null;
  owner: string | null;
  delegation_state: string | null;
  signer_of: string | null;
  sign_position: SignPosition | null;
  after_signer: string | null;
  carried_variables: Record<string, unknown> | null;
  candidate_groups: string[];
  candidate_users: string[];
  form_key: string | null;
  form_id: string | null;
  due_date: Date | null;
  follow_up_date: Date | null;
  priority: number;
  state: TaskState;
  created_at: Date;
  completed_at: Date | null;
  sla_task_id: string | null;
  sla_respond_by: Date | null;
  sla_complete_by: Date | null;
  sla_respond_risk_at: Date | null;
  sla_complete_risk_at: Date | null;
  sla_responded_at: Date | null;
  sla_ended_at: Date | null;
}

/**
 * A task as read, with what its field resolvers need: the element instance (variables) and its SLA row, read in the
 * same query (null: the task has no SLA; undefined: not read, or changed since, so Task.sla reads it afresh).
 */
export type TaskRecord = Omit<TaskModel, 'variables'> & {
  elementInstanceId: string;
  carriedVariables: Record<string, unknown> | null;
  slaRow?: TaskSlaRow | null;
};

/** The key and schema of the form version a task is checked against. */
export interface LinkedForm {
  formKey: string;
  schema: FormSchema;
}

/** Completing a task and ending its SLA, parameters (task id, user id, SLA end) numbered from `first`. */
function completionWrites(first: number): { with: string; answer: string } {
  const [id, user, ended] = [first, first + 1, first + 2].map((n) => `$${n}`);
  return {
    with: `done AS (UPDATE user_tasks SET state = 'COMPLETED', completed_by = ${user}, completed_at = now() WHERE id = ${id} RETURNING id, completed_at),
      sla AS (UPDATE task_slas SET ended_at = ${ended} WHERE task_id IN (SELECT id FROM done))`,
    answer: '(SELECT completed_at FROM done)',
  };
}

const SELECT = `SELECT t.*, p.bpmn_process_id, s.task_id AS sla_task_id, s.respond_by AS sla_respond_by, s.complete_by AS sla_complete_by,
    s.respond_risk_at AS sla_respond_risk_at, s.complete_risk_at AS sla_complete_risk_at, s.responded_at AS sla_responded_at, s.ended_at AS sla_ended_at
  FROM user_tasks t JOIN process_instances p ON p.id = t.process_instance_id LEFT JOIN task_slas s ON s.task_id = t.id`;

@Injectable()
export class TaskRepository {
  constructor(private readonly db: Db) {}

  async find(id: string): Promise<TaskRecord | null> {
    const [row] = await preparedQuery<TaskRow>(this.db.em, `${SELECT} WHERE t.id = $1`, [id]);
    return row ? toRecord(row) : null;
  }

  /**
   * The task with the newest version of its linked form (what completing it validates against; null when it links
   * none, or a form this workspace has not deployed), in one statement.
   */
  async findWithForm(id: string): Promise<{ task: TaskRecord; form: LinkedForm | null } | null> {
    const [row] = await preparedQuery<TaskRow & { linked_form_key: string | null; linked_form_schema: FormSchema | null }>(this.db.em,
      `SELECT task.*, linked.* FROM (${SELECT} WHERE t.id = $1) task
       LEFT JOIN LATERAL (SELECT f.form_key AS linked_form_key, f.schema AS linked_form_schema FROM forms f
         WHERE f.workspace_id = task.workspace_id AND f.form_key = COALESCE(task.form_id, task.form_key) ORDER BY f.version DESC LIMIT 1) linked ON true`, [id]);
    if (!row) return null;
    const { linked_form_key: formKey, linked_form_schema: schema, ...task } = row;
    return { task: toRecord(task), form: formKey && schema ? { formKey, schema } : null };
  }

  /**
   * Marks the task completed and its SLA (if any) ended at `slaEndedAt` (the engine clock) in one statement; the
   * user_tasks trigger (baton_task_sla_ended) fires after it and keeps that time. Answers the task as it now is.
   */
  async markCompleted(task: TaskRecord, userId: string, slaEndedAt: Date): Promise<TaskRecord> {
    const writes = completionWrites(1);
    const [row] = await preparedQuery<{ completed_at: Date }>(this.db.em, `WITH ${writes.with} SELECT ${writes.answer} AS completed_at`, [task.id, userId, slaEndedAt]);
    return this.completedRecord(task, row.completed_at, slaEndedAt);
  }

  /** The same writes, to run in the engine's snapshot statement (its `answer` is completed_at): one round trip less. */
  completion(task: TaskRecord, userId: string, slaEndedAt: Date): Alongside {
    return { ...completionWrites(2), params: [task.id, userId, slaEndedAt] };
  }

  completedRecord(task: TaskRecord, completedAt: Date, slaEndedAt: Date): TaskRecord {
    return {
      ...task, state: TaskState.COMPLETED, completedAt,
      slaRow: task.slaRow ? { ...task.slaRow, ended_at: slaEndedAt } : task.slaRow,
    };
  }

  /** `now` is the engine clock, for the SLA state filter. */
  async page(filter: TaskFilter, window: { limit: number; at: string | null; id: string | null }, now: number) {
    const where = `($1::text IS NULL OR t.assignee = $1) AND ($2::text IS NULL OR t.candidate_groups ? $2)
      AND ($3::text IS NULL OR t.state = $3) AND ($4::uuid IS NULL OR t.process_instance_id = $4)
      AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM task_slas s WHERE s.task_id = t.id AND ${slaStateSql('s', '$6::timestamptz')} = $5))`;
    const params = [filter.assignee ?? null, filter.candidateGroup ?? null, filter.state ?? null, filter.processInstanceId ?? null, filter.slaState ?? null, new Date(now)];
    const [{ count }] = await this.db.em.query(`SELECT count(*)::int AS count FROM user_tasks t WHERE ${where}`, params);
    const rows: TaskRow[] = await this.db.em.query(
      `SELECT * FROM (${SELECT} WHERE ${where}) t WHERE ${afterCursor(7)} ${NEWEST_FIRST} LIMIT $9`,
      [...params, window.at, window.id, window.limit],
    );
    return { rows: rows.map(toRecord), totalCount: count as number };
  }

  /** The variables visible at the task; a signer's task shows what earlier participants of the step submitted (加签). */
  async variablesOf(task: TaskRecord): Promise<Record<string, unknown>> {
    return { ...(await visibleVariables(this.db.em, task.elementInstanceId)), ...task.carriedVariables };
  }

  async withVariables(task: TaskRecord): Promise<TaskRecord & { variables: Record<string, unknown> }> {
    return { ...task, variables: await this.variablesOf(task) };
  }

  async groupKeysOf(userId: string): Promise<string[]> {
    const rows: { key: string }[] = await this.db.em.query(
      `SELECT g.key FROM group_members m JOIN groups g ON g.id = m.group_id WHERE m.user_id = $1`,
      [userId],
    );
    return rows.map((r) => r.key);
  }
}

function toRecord(row: TaskRow): TaskRecord {
  return {
    id: row.id, name: row.name, elementId: row.element_id, elementInstanceId: row.element_instance_id, processInstanceId: row.process_instance_id,
    bpmnProcessId: row.bpmn_process_id, assignee: row.assignee, owner: row.owner, delegationState: row.delegation_state,
    signerOf: row.signer_of, signPosition: row.sign_position, afterSigner: row.after_signer, carriedVariables: row.carried_variables, candidateGroups: row.candidate_groups, candidateUsers: row.candidate_users,
    formKey: row.form_key, formId: row.form_id, dueDate: row.due_date, followUpDate: row.follow_up_date, priority: row.priority,
    state: row.state, createdAt: row.created_at, completedAt: row.completed_at,
    slaRow: row.sla_task_id === null ? null : {
      task_id: row.sla_task_id, respond_by: row.sla_respond_by, complete_by: row.sla_complete_by, respond_risk_at: row.sla_respond_risk_at,
      complete_risk_at: row.sla_complete_risk_at, responded_at: row.sla_responded_at, ended_at: row.sla_ended_at,
    },
  };
}
