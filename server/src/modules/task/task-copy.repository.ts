import { Injectable } from '@nestjs/common';
import { Db } from '../../database/db.service.js';
import { afterCursor, NEWEST_FIRST } from '../process/utils/page.util.js';
import type { TaskCopyModel, TaskEventModel } from './dtos/task-approval.model.js';
import type { TaskRecord } from './task.repository.js';

interface CopyRow {
  id: string;
  task_id: string;
  recipient_id: string;
  copied_by_id: string;
  note: string | null;
  read_at: Date | null;
  created_at: Date;
}

export type CopyRecord = Omit<TaskCopyModel, 'task'> & { taskId: string };

const toCopy = (row: CopyRow): CopyRecord => ({
  id: row.id, taskId: row.task_id, recipientId: row.recipient_id, copiedById: row.copied_by_id, note: row.note, read: row.read_at !== null,
  readAt: row.read_at, createdAt: row.created_at,
});

/** The SQL of carbon copies and task events (row-level security keeps them in the workspace). */
@Injectable()
export class TaskCopyRepository {
  constructor(private readonly db: Db) {}

  /** Members named directly and members of the groups; the indexes of ids and keys that name nobody. */
  async resolveRecipients(userIds: string[], groupKeys: string[]) {
    const members: { user_id: string }[] = userIds.length === 0 ? [] : await this.db.em.query(`SELECT user_id FROM memberships WHERE user_id = ANY($1::uuid[])`, [userIds]);
    const known = new Set(members.map((m) => m.user_id));
    const groups: { key: string; user_id: string | null }[] = groupKeys.length === 0 ? [] : await this.db.em.query(
      `SELECT g.key, m.user_id FROM groups g LEFT JOIN group_members m ON m.group_id = g.id WHERE g.key = ANY($1::text[])`,
      [groupKeys],
    );
    const foundGroups = new Set(groups.map((g) => g.key));
    const ids = new Set([...userIds.filter((id) => known.has(id)), ...groups.flatMap((g) => (g.user_id ? [g.user_id] : []))]);
    return {
      userIds: [...ids],
      unknownUsers: userIds.flatMap((id, i) => (known.has(id) ? [] : [i])),
      unknownGroups: groupKeys.flatMap((key, i) => (foundGroups.has(key) ? [] : [i])),
    };
  }

  async insert(workspaceId: string, task: TaskRecord, recipients: string[], copiedBy: string, note: string | null): Promise<CopyRecord[]> {
    if (recipients.length === 0) return [];
    const rows: CopyRow[] = await this.db.em.query(
      `INSERT INTO task_copies (workspace_id, task_id, process_instance_id, recipient_id, copied_by_id, note)
       SELECT $1, $2, $3, r, $5, $6 FROM unnest($4::uuid[]) AS r
       ON CONFLICT (task_id, recipient_id) DO NOTHING RETURNING *`,
      [workspaceId, task.id, task.processInstanceId, recipients, copiedBy, note],
    );
    return rows.map(toCopy);
  }

  async inbox(userId: string, unreadOnly: boolean, window: { limit: number; at: string | null; id: string | null }) {
    const where = `recipient_id = $1 AND (NOT $2::boolean OR read_at IS NULL)`;
    const [{ count }] = await this.db.em.query(`SELECT count(*)::int AS count FROM task_copies WHERE ${where}`, [userId, unreadOnly]);
    const rows: CopyRow[] = await this.db.em.query(
      `SELECT * FROM task_copies WHERE ${where} AND ${afterCursor(3)} ${NEWEST_FIRST} LIMIT $5`,
      [userId, unreadOnly, window.at, window.id, window.limit],
    );
    return { rows: rows.map(toCopy), totalCount: count as number };
  }

  async markRead(id: string, recipientId: string, read: boolean): Promise<CopyRecord | null> {
    const [rows]: [CopyRow[], number] = await this.db.em.query(
      `UPDATE task_copies SET read_at = CASE WHEN $3::boolean THEN COALESCE(read_at, clock_timestamp()) END WHERE id = $1 AND recipient_id = $2 RETURNING *`,
      [id, recipientId, read],
    );
    return rows[0] ? toCopy(rows[0]) : null;
  }

  async events(taskId: string): Promise<TaskEventModel[]> {
    const rows: Record<string, unknown>[] = await this.db.em.query(`SELECT * FROM task_events WHERE task_id = $1 ORDER BY created_at, id`, [taskId]);
    return rows.map((r) => ({
      id: r.id as string, action: r.action as string, actorId: r.actor_id as string | null, fromUser: r.from_user as string | null,
      toUser: r.to_user as string | null, reason: r.reason as string | null, details: r.details as Record<string, unknown> | null, createdAt: r.created_at as Date,
    }));
  }
}
