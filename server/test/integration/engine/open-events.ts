import type { RunningBaton } from '../../../src/bootstrap.js';

/** How many timers, message and signal subscriptions of an instance are still waiting (read as the owner). */
export async function openEvents(baton: RunningBaton, instanceId: string): Promise<{ timers: number; messages: number; signals: number }> {
  const [row] = await baton.dataSource.query(
    `SELECT (SELECT count(*)::int FROM timers WHERE process_instance_id = $1 AND state = 'SCHEDULED') AS timers,
            (SELECT count(*)::int FROM message_subscriptions WHERE process_instance_id = $1 AND state = 'OPEN') AS messages,
            (SELECT count(*)::int FROM signal_subscriptions WHERE process_instance_id = $1 AND state = 'OPEN') AS signals`,
    [instanceId],
  );
  return row;
}
