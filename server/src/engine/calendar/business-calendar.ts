import type { LocalizedText } from '../deploy-problem.js';
import { CHINA_HOLIDAYS } from './china-holidays.js';
import { dayOfDate, isTimeZone } from './zoned-time.js';

/** Working time from `start` to `end` (`HH:mm`, `24:00` allowed); an end at or before the start runs past midnight. */
export interface WorkPeriod {
  readonly start: string;
  readonly end: string;
}

/**
 * A date that differs from the working week: a HOLIDAY (no work; with periods, a partial day such as a half-day
 * before a festival) or a WORKDAY (a weekend day worked, 调休; with periods, those hours, else the standard day's).
 */
export interface CalendarDay {
  readonly date: string;
  readonly kind: 'HOLIDAY' | 'WORKDAY';
  readonly name?: LocalizedText;
  readonly periods?: readonly WorkPeriod[];
}

/** Holiday lists shipped as data, which a workspace calendar may include. */
export const HOLIDAY_SETS: Readonly<Record<string, readonly CalendarDay[]>> = { CN: CHINA_HOLIDAYS };

export interface BusinessCalendar {
  /** IANA zone, e.g. `Asia/Shanghai` */
  readonly timeZone: string;
  /** ISO weekday (1 = Monday … 7 = Sunday) → its working periods; a weekday left out is not worked */
  readonly weeklyHours: Readonly<Record<number, readonly WorkPeriod[]>>;
  /** a shipped holiday list (`CN`), or null */
  readonly holidaySet: string | null;
  /** the workspace's own dates; they win over the shipped list's on the same date */
  readonly days: readonly CalendarDay[];
}

const OFFICE_DAY: readonly WorkPeriod[] = [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '18:00' }];

/** A workspace that set no calendar: Monday to Friday 09:00–12:00 and 13:00–18:00 in Shanghai, with China's holidays. */
export const DEFAULT_CALENDAR: BusinessCalendar = {
  timeZone: 'Asia/Shanghai',
  weeklyHours: { 1: OFFICE_DAY, 2: OFFICE_DAY, 3: OFFICE_DAY, 4: OFFICE_DAY, 5: OFFICE_DAY },
  holidaySet: 'CN',
  days: [],
};

/** Periods in minutes from local midnight; `end` may pass 1440 (the period runs into the next day). */
export type MinutePeriod = readonly [number, number];

/** A calendar ready for computing: periods per weekday and per exceptional date, in minutes. */
export interface CompiledCalendar {
  readonly timeZone: string;
  readonly weekly: ReadonlyMap<number, readonly MinutePeriod[]>;
  /** day number → that date's periods (empty: not worked) */
  readonly dates: ReadonlyMap<number, readonly MinutePeriod[]>;
}

export function minuteOf(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return Number.NaN;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return Number.NaN;
  return hours * 60 + minutes;
}

function toMinutes(periods: readonly WorkPeriod[]): MinutePeriod[] {
  return periods
    .map((p): MinutePeriod => {
      const start = minuteOf(p.start);
      const end = minuteOf(p.end);
      return [start, end <= start ? end + 1440 : end];
    })
    .sort((a, b) => a[0] - b[0]);
}

/** The standard day an adjusted working day works when it names no hours: Monday's, else the first worked weekday's. */
function standardDay(calendar: BusinessCalendar): readonly WorkPeriod[] {
  for (const weekday of [1, 2, 3, 4, 5, 6, 7]) {
    const periods = calendar.weeklyHours[weekday];
    if (periods && periods.length > 0) return periods;
  }
  return [];
}

/** Merges the shipped holiday list with the workspace's own dates; call checkCalendar first. */
export function compileCalendar(calendar: BusinessCalendar): CompiledCalendar {
  const weekly = new Map<number, MinutePeriod[]>();
  for (const [weekday, periods] of Object.entries(calendar.weeklyHours)) weekly.set(Number(weekday), toMinutes(periods ?? []));
  const dates = new Map<number, MinutePeriod[]>();
  const shipped = calendar.holidaySet ? (HOLIDAY_SETS[calendar.holidaySet] ?? []) : [];
  for (const day of [...shipped, ...calendar.days]) {
    const periods = day.periods ?? (day.kind === 'WORKDAY' ? standardDay(calendar) : []);
    dates.set(dayOfDate(day.date), toMinutes(periods));
  }
  return { timeZone: calendar.timeZone, weekly, dates };
}

/** The effective exceptional dates of a year (shipped list, then the workspace's own), sorted by date. */
export function calendarDaysOf(calendar: BusinessCalendar, year: number): CalendarDay[] {
  const byDate = new Map<string, CalendarDay>();
  const shipped = calendar.holidaySet ? (HOLIDAY_SETS[calendar.holidaySet] ?? []) : [];
  for (const day of [...shipped, ...calendar.days]) if (day.date.startsWith(`${year}-`)) byDate.set(day.date, day);
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export interface CalendarProblem {
  readonly key: string;
  readonly message: LocalizedText;
}

const MAX_DAYS = 1_000;
const MAX_PERIODS = 6;

/** What is wrong with a calendar, each problem keyed by its input path (`weeklyHours.1[0].end`, `days[3].date`). */
export function checkCalendar(calendar: BusinessCalendar): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  const add = (key: string, en: string, zh: string) => problems.push({ key, message: { en, 'zh-CN': zh } });
  if (!isTimeZone(calendar.timeZone)) add('timeZone', `"${calendar.timeZone}" is not an IANA time zone such as Asia/Shanghai.`, `“${calendar.timeZone}”不是 IANA 时区（例如 Asia/Shanghai）。`);
  if (calendar.holidaySet !== null && !(calendar.holidaySet in HOLIDAY_SETS)) {
    add('holidaySet', `There is no holiday list "${calendar.holidaySet}"; known: ${Object.keys(HOLIDAY_SETS).join(', ')}.`, `没有节假日列表“${calendar.holidaySet}”；可用：${Object.keys(HOLIDAY_SETS).join('、')}。`);
  }
  if (!Object.values(calendar.weeklyHours).some((periods) => (periods ?? []).length > 0)) {
    add('weeklyHours', 'Give at least one weekday working hours.', '请至少为一个工作日设置工作时间。');
  }
  for (const [weekday, periods] of Object.entries(calendar.weeklyHours)) {
    if (!/^[1-7]$/.test(weekday)) add(`weeklyHours.${weekday}`, 'Weekdays are 1 (Monday) to 7 (Sunday).', '星期取值为 1（周一）到 7（周日）。');
    checkPeriods(`weeklyHours.${weekday}`, periods ?? [], add);
  }
  if (calendar.days.length > MAX_DAYS) add('days', `At most ${MAX_DAYS} dates.`, `最多 ${MAX_DAYS} 个日期。`);
  const seen = new Set<string>();
  calendar.days.forEach((day, i) => {
    if (Number.isNaN(dayOfDate(day.date))) add(`days[${i}].date`, `"${day.date}" is not a date such as 2026-10-01.`, `“${day.date}”不是日期（例如 2026-10-01）。`);
    else if (seen.has(day.date)) add(`days[${i}].date`, `${day.date} is listed twice.`, `${day.date} 重复出现。`);
    seen.add(day.date);
    if (day.kind !== 'HOLIDAY' && day.kind !== 'WORKDAY') add(`days[${i}].kind`, 'Use HOLIDAY or WORKDAY.', '请使用 HOLIDAY 或 WORKDAY。');
    if (day.periods) checkPeriods(`days[${i}].periods`, day.periods, add);
  });
  return problems;
}

function checkPeriods(key: string, periods: readonly WorkPeriod[], add: (key: string, en: string, zh: string) => void): void {
  if (periods.length > MAX_PERIODS) add(key, `At most ${MAX_PERIODS} periods a day.`, `每天最多 ${MAX_PERIODS} 个时段。`);
  let previousEnd = -1;
  const sorted = periods.map((p, i) => ({ p, i })).sort((a, b) => minuteOf(a.p.start) - minuteOf(b.p.start));
  for (const { p, i } of sorted) {
    const start = minuteOf(p.start);
    const end = minuteOf(p.end);
    if (Number.isNaN(start) || start === 1440) add(`${key}[${i}].start`, `"${p.start}" is not a time such as 09:00.`, `“${p.start}”不是时间（例如 09:00）。`);
    if (Number.isNaN(end)) add(`${key}[${i}].end`, `"${p.end}" is not a time such as 18:00.`, `“${p.end}”不是时间（例如 18:00）。`);
    if (Number.isNaN(start) || Number.isNaN(end)) continue;
    if (start === end) add(`${key}[${i}].end`, 'A period must not start and end at the same time.', '时段的开始与结束不能相同。');
    if (start < previousEnd) add(`${key}[${i}].start`, 'Periods of a day must not overlap.', '同一天的时段不能重叠。');
    if (end <= start && i !== sorted[sorted.length - 1].i) add(`${key}[${i}].end`, 'Only the last period of a day may run past midnight.', '只有一天中最后一个时段可以跨过午夜。');
    previousEnd = end <= start ? end + 1440 : end;
  }
}
