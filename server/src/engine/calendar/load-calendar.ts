import type { EntityManager } from 'typeorm';
import { type BusinessCalendar, type CalendarDay, DEFAULT_CALENDAR, type WorkPeriod } from './business-calendar.js';

interface CalendarRow {
  time_zone: string;
  weekly_hours: Record<string, WorkPeriod[]>;
  holiday_set: string | null;
  days: CalendarDay[];
}

/** The workspace's business calendar (row-level security picks the workspace), or the default one. */
export async function loadCalendar(em: EntityManager, workspaceId: string): Promise<BusinessCalendar> {
  const [row]: CalendarRow[] = await em.query(`SELECT time_zone, weekly_hours, holiday_set, days FROM business_calendars WHERE workspace_id = $1`, [workspaceId]);
  if (!row) return DEFAULT_CALENDAR;
  return { timeZone: row.time_zone, weeklyHours: row.weekly_hours, holidaySet: row.holiday_set, days: row.days };
}
