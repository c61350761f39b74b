import { Injectable } from '@nestjs/common';
import { Db } from '../../database/db.service.js';
import { visibleVariables } from '../../engine/runtime/index.js';
import { afterCursor, NEWEST_FIRST } from '../process/utils/page.util.js';
import { slaStateSql } from '../sla/sla-state.js';
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
}

export type TaskRecord = Omit<TaskModel, 'variables'> & { elementInstanceId: string; carriedVariables: Record<string, unknown> | null };

const SELECT = `SELECT t.*, p.bpmn_process_id FROM user_tasks t JOIN process_instances p ON p.id = t.process_instance_id`;

@Injectable()
export class TaskRepository {
  constructor(private readonly db: Db) {}

  async find(id: string): Promise<TaskRecord | null> {
    const [row]: TaskRow[] = await this.db.em.query(`${SELECT} WHERE t.id = $1`, [id]);
    return row ? toRecord(row) : null;
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
    const tasks: TaskModel[] = [];
    for (const row of rows) tasks.push(await this.withVariables(toRecord(row)));
    return { rows: tasks, totalCount: count as number };
  }

  async withVariables(task: TaskRecord): Promise<TaskModel> {
    const { elementInstanceId, carriedVariables, ...model } = task;
    // a signer's task shows what earlier participants of the step submitted (加签)
    return { ...model, variables: { ...(await visibleVariables(this.db.em, elementInstanceId)), ...carriedVariables } };
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
  };
}
