import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LocalizedText } from '../../common/errors/baton.exception.js';
import { Db } from '../../database/db.service.js';
import { afterCursor, NEWEST_FIRST } from '../process/utils/page.util.js';
import type { BatchKind, BatchState } from './entities/batch-operation.entity.js';

export interface BatchRow {
  id: string;
  workspace_id: string;
  kind: BatchKind;
  state: BatchState;
  parameters: { targetDefinitionId?: string } & Record<string, unknown>;
  total_count: number;
  done_count: number;
  failed_count: number;
  created_by_id: string;
  created_at: Date;
  updated_at: Date;
  ended_at: Date | null;
}

/** What a FAILED item keeps of the error its single-instance operation threw. */
export interface ItemError {
  code: string;
  reason: string;
  message: LocalizedText;
  keys: string[];
}

export interface FailedItemRow {
  process_instance_id: string;
  error: ItemError;
  processed_at: Date | null;
}

export interface InstanceSelection {
  processDefinitionId: string | null;
  bpmnProcessId: string | null;
  version: number | null;
  startedAfter: Date | null;
  startedBefore: Date | null;
  /** cancel: only root instances (a called instance is cancelled with its root) */
  rootsOnly: boolean;
  /** migrate: leave out instances already on the target */
  notOnDefinition: string | null;
}

/** The batch tables' SQL, for requests (in their tenant transaction) and for workers (passing their own manager). */
@Injectable()
export class BatchRepository {
  constructor(private readonly db: Db) {}

  /** Running instances matching the selection, newest first, at most `limit`. */
  async select(s: InstanceSelection, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.em.query(
      `SELECT id FROM process_instances
       WHERE state = 'ACTIVE' AND ($1::uuid IS NULL OR definition_id = $1) AND ($2::text IS NULL OR bpmn_process_id = $2)
         AND ($3::int IS NULL OR version = $3) AND ($4::timestamptz IS NULL OR created_at >= $4) AND ($5::timestamptz IS NULL OR created_at < $5)
         AND (NOT $6 OR parent_instance_id IS NULL) AND ($7::uuid IS NULL OR definition_id <> $7)
       ORDER BY created_at DESC, id DESC LIMIT $8`,
      [
        s.processDefinitionId,
        s.bpmnProcessId,
        s.version,
        s.startedAfter,
        s.startedBefore,
        s.rootsOnly,
        s.notOnDefinition,
        limit,
      ],
    );
    return rows.map((r) => r.id);
  }

  /** Of `ids`, those that name an instance of this workspace (row-level security hides the others). */
  async existing(ids: readonly string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.db.em.query(
      `SELECT id FROM process_instances WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** The elements open in the given instances, per definition they run on. */
  async openElements(ids: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { definition_id: string; element_id: string }[] = await this.db.em.query(
      `SELECT DISTINCT p.definition_id, e.element_id FROM process_instances p
       LEFT JOIN element_instances e ON e.process_instance_id = p.id AND e.state IN ('ACTIVE', 'WAITING') AND e.element_kind <> 'process'
       WHERE p.id = ANY($1::uuid[]) AND p.state = 'ACTIVE' ORDER BY 1, 2`,
      [ids],
    );
    const byDefinition = new Map<string, string[]>();
    for (const r of rows) {
      const open = byDefinition.get(r.definition_id) ?? [];
      if (r.element_id) open.push(r.element_id);
      byDefinition.set(r.definition_id, open);
    }
    return byDefinition;
  }

  async insert(
    batch: { workspaceId: string; kind: BatchKind; parameters: Record<string, unknown>; createdById: string },
    instanceIds: readonly string[],
  ): Promise<string> {
    const em = this.db.em;
    const [{ id }]: { id: string }[] = await em.query(
      `INSERT INTO batch_operations (workspace_id, kind, state, parameters, total_count, created_by_id) VALUES ($1, $2, 'RUNNING', $3, $4, $5) RETURNING id`,
      [batch.workspaceId, batch.kind, JSON.stringify(batch.parameters), instanceIds.length, batch.createdById],
    );
    await em.query(
      `INSERT INTO batch_operation_items (workspace_id, batch_id, position, process_instance_id)
       SELECT $1, $2, t.ord, t.id FROM unnest($3::uuid[]) WITH ORDINALITY AS t(id, ord)`,
      [batch.workspaceId, id, instanceIds],
    );
    return id;
  }

  async byId(id: string, lock = false): Promise<BatchRow | null> {
    const [row]: BatchRow[] = await this.db.em.query(
      `SELECT * FROM batch_operations WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row ?? null;
  }

  async page(window: {
    limit: number;
    at: string | null;
    id: string | null;
  }): Promise<{ rows: BatchRow[]; totalCount: number }> {
    const [{ count }] = await this.db.em.query(`SELECT count(*)::int AS count FROM batch_operations`);
    const rows: BatchRow[] = await this.db.em.query(
      `SELECT * FROM batch_operations WHERE ${afterCursor(1)} ${NEWEST_FIRST} LIMIT $3`,
      [window.at, window.id, window.limit],
    );
    return { rows, totalCount: count as number };
  }

  async failures(batchIds: readonly string[], perBatch: number): Promise<(FailedItemRow & { batch_id: string })[]> {
    if (batchIds.length === 0) return [];
    return this.db.em.query(
      `SELECT batch_id, process_instance_id, error, processed_at FROM (
         SELECT *, row_number() OVER (PARTITION BY batch_id ORDER BY position) AS n FROM batch_operation_items
         WHERE batch_id = ANY($1::uuid[]) AND state = 'FAILED') f
       WHERE n <= $2 ORDER BY batch_id, position`,
      [batchIds, perBatch],
    );
  }

  async markCancelled(id: string, userId: string): Promise<void> {
    await this.db.em.query(
      `UPDATE batch_operations SET state = 'CANCELLED', cancelled_by_id = $2, ended_at = now(), updated_at = now() WHERE id = $1`,
      [id, userId],
    );
  }
}

/** A worker's claim on up to `max` pending items of running batches, oldest batch first, for `leaseMs`. */
export interface ClaimedItem {
  id: string;
  batch_id: string;
  workspace_id: string;
  created_by_id: string;
  process_instance_id: string;
  position: number;
  attempts: number;
}

export async function claimItems(em: EntityManager, max: number, leaseMs: number): Promise<ClaimedItem[]> {
  const [rows]: [ClaimedItem[], number] = await em.query(
    `UPDATE batch_operation_items i SET locked_until = now() + make_interval(secs => $2::float8 / 1000), attempts = i.attempts + 1
     FROM batch_operations b
     WHERE b.id = i.batch_id AND i.id IN (
       SELECT c.id FROM batch_operation_items c JOIN batch_operations cb ON cb.id = c.batch_id
       WHERE cb.state = 'RUNNING' AND c.state = 'PENDING' AND (c.locked_until IS NULL OR c.locked_until < now())
       ORDER BY cb.created_at, c.batch_id, c.position LIMIT $1 FOR UPDATE OF c SKIP LOCKED)
     RETURNING i.id, i.batch_id, i.workspace_id, b.created_by_id, i.process_instance_id, i.position, i.attempts`,
    [max, leaseMs],
  );
  return rows.sort((a, b) => (a.batch_id === b.batch_id ? a.position - b.position : 0));
}

/**
 * Records an item's outcome and the batch's progress in the item's transaction; the last item ends the batch
 * (COMPLETED, or FAILED when none succeeded). A batch cancelled meanwhile keeps its state.
 */
export async function recordOutcome(
  em: EntityManager,
  item: { id: string; batch_id: string },
  error: ItemError | null,
): Promise<void> {
  await em.query(
    `UPDATE batch_operation_items SET state = $2, error = $3, processed_at = now(), locked_until = NULL WHERE id = $1`,
    [item.id, error ? 'FAILED' : 'DONE', error ? JSON.stringify(error) : null],
  );
  const done = error ? 0 : 1;
  await em.query(
    `UPDATE batch_operations SET done_count = done_count + $2, failed_count = failed_count + $3, updated_at = now(),
       state = CASE WHEN state = 'RUNNING' AND done_count + failed_count + 1 >= total_count
                    THEN CASE WHEN done_count + $2 = 0 THEN 'FAILED' ELSE 'COMPLETED' END ELSE state END,
       ended_at = CASE WHEN state = 'RUNNING' AND done_count + failed_count + 1 >= total_count THEN now() ELSE ended_at END
     WHERE id = $1`,
    [item.batch_id, done, 1 - done],
  );
}
