import type { EntityManager } from 'typeorm';

export interface ClaimedTimer {
  id: string;
  workspace_id: string;
  /** timers only: EVENT or SLA (see TimerPoller.handleKind) */
  kind?: string;
}

/**
 * Claims up to `max` timers due by `now` (the engine clock) for `leaseMs`: SKIP LOCKED lets every replica claim side by
 * side; a replica that dies leaves its claims to lapse. The claim is only a lease: firing re-checks the row under
 * its lock, so a timer claimed twice still fires once.
 */
export async function claimDueTimers(em: EntityManager, now: number, max: number, leaseMs: number): Promise<ClaimedTimer[]> {
  const [rows]: [ClaimedTimer[], number] = await em.query(
    `UPDATE timers SET locked_until = now() + make_interval(secs => $3::float8 / 1000)
     WHERE id IN (
       SELECT id FROM timers
       WHERE state = 'SCHEDULED' AND due_at <= $1 AND (locked_until IS NULL OR locked_until < now())
       ORDER BY due_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
     RETURNING id, workspace_id, kind`,
    [new Date(now), max, leaseMs],
  );
  return rows;
}

/**
 * Open subscriptions with a matching buffered message they have not taken: left when a subscription opened while
 * the message was being published (neither transaction saw the other's row). Cheap when nothing is buffered.
 */
export async function findUncorrelated(em: EntityManager, now: number, max: number): Promise<ClaimedTimer[]> {
  const [any]: unknown[] = await em.query(`SELECT 1 FROM messages WHERE expires_at > $1 LIMIT 1`, [new Date(now)]);
  if (!any) return [];
  return em.query(
    `SELECT s.id, s.workspace_id FROM message_subscriptions s
     WHERE s.state = 'OPEN' AND s.process_instance_id IS NOT NULL AND EXISTS (
       SELECT 1 FROM messages m
       WHERE m.workspace_id = s.workspace_id AND m.name = s.message_name AND m.correlation_key = s.correlation_key AND m.expires_at > $1
         AND NOT EXISTS (SELECT 1 FROM message_correlations c WHERE c.message_id = m.id AND c.bpmn_process_id = s.bpmn_process_id))
     LIMIT $2`,
    [new Date(now), max],
  );
}

/** Messages past their time to live are of no further use (a repeated message id is only refused while buffered). */
export async function deleteExpiredMessages(em: EntityManager, now: number): Promise<void> {
  await em.query(`DELETE FROM messages WHERE expires_at <= $1`, [new Date(now)]);
}

/** Signals thrown by processes and not yet broadcast, oldest first (each is then taken under its row lock). */
export async function findQueuedSignals(em: EntityManager, max: number): Promise<ClaimedTimer[]> {
  return em.query(`SELECT id, workspace_id FROM signal_broadcasts ORDER BY created_at, id LIMIT $1`, [max]);
}
