import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import {
  type BusinessCalendar, BusinessDurationError, type CalendarDay, HOLIDAY_SETS, addWorkingTime, calendarDaysOf, checkCalendar, loadCalendar,
} from '../../engine/calendar/index.js';
import { AuditService } from '../audit/audit.service.js';
import { BusinessCalendarModel, CalendarDayKind, CalendarDayModel, SetBusinessCalendarInput } from './dtos/business-calendar.model.js';

@Injectable()
export class CalendarService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async get(auth: AuthContext): Promise<BusinessCalendarModel> {
    this.access.require(auth, Permission.WORKSPACE_READ);
    return this.toModel(await loadCalendar(this.db.em, auth.workspaceId), await this.isCustomised(auth));
  }

  /** Replaces the workspace's calendar (admins); SLA deadlines of tasks created from now on use it. */
  async set(auth: AuthContext, input: SetBusinessCalendarInput): Promise<BusinessCalendarModel> {
    this.access.require(auth, Permission.CALENDAR_MANAGE);
    const calendar = fromInput(input);
    const check = new InputCheck();
    const weekdays = input.weeklyHours.map((w) => w.weekday);
    weekdays.forEach((weekday, i) => weekdays.indexOf(weekday) !== i && check.add(`input.weeklyHours.${weekday}`, { en: 'This weekday is listed twice.', 'zh-CN': '该星期重复出现。' }));
    for (const problem of checkCalendar(calendar)) check.add(`input.${problem.key}`, problem.message);
    (input.days ?? []).forEach((day, i) => {
      if ((day.nameEn ?? '').length > 100) check.add(`input.days[${i}].nameEn`, { en: 'At most 100 characters.', 'zh-CN': '最多 100 个字符。' });
      if ((day.nameZhCn ?? '').length > 100) check.add(`input.days[${i}].nameZhCn`, { en: 'At most 100 characters.', 'zh-CN': '最多 100 个字符。' });
    });
    check.throwIfAny();
    await this.db.em.query(
      `INSERT INTO business_calendars (workspace_id, time_zone, weekly_hours, holiday_set, days, updated_by_id)
       VALUES ($1, $2, $3::jsonb, $4, $5::jsonb, $6)
       ON CONFLICT (workspace_id) DO UPDATE SET time_zone = EXCLUDED.time_zone, weekly_hours = EXCLUDED.weekly_hours, holiday_set = EXCLUDED.holiday_set,
         days = EXCLUDED.days, updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`,
      [auth.workspaceId, calendar.timeZone, JSON.stringify(calendar.weeklyHours), calendar.holidaySet, JSON.stringify(calendar.days), auth.userId],
    );
    await this.audit.recordBy(auth, {
      action: 'calendar.set', targetType: 'workspace', targetId: auth.workspaceId,
      details: { timeZone: calendar.timeZone, holidaySet: calendar.holidaySet, days: calendar.days.length },
    });
    return this.toModel(calendar, true);
  }

  /** The year's holidays and adjusted working days in effect: the shipped list, with the workspace's own dates over it. */
  async holidays(auth: AuthContext, year: number): Promise<CalendarDayModel[]> {
    this.access.require(auth, Permission.WORKSPACE_READ);
    if (!Number.isInteger(year) || year < 1970 || year > 2200) new InputCheck().add('year', { en: 'Give a year from 1970 to 2200.', 'zh-CN': '请提供 1970 到 2200 之间的年份。' }).throwIfAny();
    const calendar = await loadCalendar(this.db.em, auth.workspaceId);
    const own = new Set(calendar.days.map((d) => d.date));
    return calendarDaysOf(calendar, year).map((day) => toDay(day, own.has(day.date) ? 'WORKSPACE' : (calendar.holidaySet ?? 'WORKSPACE')));
  }

  /** `start` plus a business duration on the workspace's calendar (a preview for modellers; SLA uses the same). */
  async addWorkingTime(auth: AuthContext, start: Date, duration: string): Promise<Date> {
    this.access.require(auth, Permission.WORKSPACE_READ);
    const calendar = await loadCalendar(this.db.em, auth.workspaceId);
    try {
      return addWorkingTime(start, duration, calendar);
    } catch (error) {
      if (error instanceof BusinessDurationError) new InputCheck().add('duration', error.reason).throwIfAny();
      throw error;
    }
  }

  private async isCustomised(auth: AuthContext): Promise<boolean> {
    return (await this.db.em.query(`SELECT 1 FROM business_calendars WHERE workspace_id = $1`, [auth.workspaceId])).length > 0;
  }

  private toModel(calendar: BusinessCalendar, customised: boolean): BusinessCalendarModel {
    return {
      timeZone: calendar.timeZone,
      weeklyHours: Object.entries(calendar.weeklyHours)
        .filter(([, periods]) => (periods ?? []).length > 0)
        .map(([weekday, periods]) => ({ weekday: Number(weekday), periods: periods.map((p) => ({ ...p })) }))
        .sort((a, b) => a.weekday - b.weekday),
      holidaySet: calendar.holidaySet,
      days: calendar.days.map((day) => toDay(day, 'WORKSPACE')),
      holidaySets: Object.keys(HOLIDAY_SETS),
      customised,
    };
  }
}

function fromInput(input: SetBusinessCalendarInput): BusinessCalendar {
  const weeklyHours: Record<number, { start: string; end: string }[]> = {};
  for (const w of input.weeklyHours) weeklyHours[w.weekday] = w.periods.map((p) => ({ start: p.start.trim(), end: p.end.trim() }));
  const days: CalendarDay[] = (input.days ?? []).map((d) => ({
    date: d.date.trim(),
    kind: d.kind,
    ...(d.nameEn || d.nameZhCn ? { name: { en: d.nameEn ?? d.nameZhCn ?? '', 'zh-CN': d.nameZhCn ?? d.nameEn ?? '' } } : {}),
    ...(d.periods ? { periods: d.periods.map((p) => ({ start: p.start.trim(), end: p.end.trim() })) } : {}),
  }));
  return { timeZone: input.timeZone.trim(), weeklyHours, holidaySet: input.holidaySet ?? null, days };
}

function toDay(day: CalendarDay, source: string): CalendarDayModel {
  return {
    date: day.date,
    kind: day.kind as CalendarDayKind,
    nameEn: day.name?.en ?? null,
    nameZhCn: day.name?.['zh-CN'] ?? null,
    periods: day.periods ? day.periods.map((p) => ({ ...p })) : null,
    source,
  };
}
