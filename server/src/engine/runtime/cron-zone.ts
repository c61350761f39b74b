import type { EntityManager } from 'typeorm';
import { loadCalendar } from '../calendar/load-calendar.js';
import { isCron } from '../timers/cron-cycle.js';
import type { TimerKind } from '../timers/timer-expression.js';

/**
 * The IANA zone a cron cycle runs in: the workspace's business calendar zone (Asia/Shanghai for a workspace
 * without one, as DEFAULT_CALENDAR), read only for a cron value. ISO 8601 values carry their own offset.
 */
export async function cronZone(em: EntityManager, workspaceId: string, kind: TimerKind, value: unknown): Promise<string | undefined> {
  if (kind !== 'timeCycle' || typeof value !== 'string' || !isCron(value)) return undefined;
  return (await loadCalendar(em, workspaceId)).timeZone;
}
