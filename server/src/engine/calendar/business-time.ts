import type { LocalizedText } from '../deploy-problem.js';
import { type BusinessCalendar, type CompiledCalendar, compileCalendar } from './business-calendar.js';
import { instantOfLocal, localDayOf, weekdayOf } from './zoned-time.js';

/**
 * Working time on a business calendar. A duration's days are working days (Friday 15:00 + P1D = Monday 15:00); its
 * hours, minutes and seconds are working time (Friday 17:00 + PT2H = Monday 10:00 with 09:00–18:00). Adding finds the
 * earliest moment by which that much working time has passed, so a deadline of one full day is the evening before,
 * not the next morning; subtracting finds the latest moment that far back.
 */
export interface BusinessDuration {
  readonly sign: 1 | -1;
  readonly days: number;
  readonly ms: number;
}

export class BusinessDurationError extends Error {
  constructor(readonly reason: LocalizedText) {
    super(reason.en);
    this.name = 'BusinessDurationError';
  }
}

/** No answer within this many days: the calendar has (almost) no working time. */
const MAX_SCAN_DAYS = 3_700;
const MAX_DAYS = 3_650;

/** `P2D`, `PT4H`, `P1DT2H30M`, `-PT1H` (before a moment). Years, months and weeks have no fixed working length. */
export function parseBusinessDuration(text: string): BusinessDuration {
  const match = /^([+-])?P(?:(\d+)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(typeof text === 'string' ? text.trim() : '');
  if (!match || /T$/.test(text.trim()) || text.trim().replace(/^[+-]/, '') === 'P') {
    throw new BusinessDurationError({
      en: `"${String(text)}" is not a business duration such as P2D, PT4H or -PT1H (days, hours, minutes, seconds; no years, months or weeks).`,
      'zh-CN': `“${String(text)}”不是工作时长（例如 P2D、PT4H 或 -PT1H；只能用天、时、分、秒，不能用年、月、周）。`,
    });
  }
  const days = Number(match[2] ?? 0);
  if (days > MAX_DAYS) throw new BusinessDurationError({ en: `"${text}" is longer than ${MAX_DAYS} working days.`, 'zh-CN': `“${text}”超过 ${MAX_DAYS} 个工作日。` });
  const ms = Math.round((Number(match[3] ?? 0) * 3600 + Number(match[4] ?? 0) * 60 + Number(match[5] ?? 0)) * 1000);
  return { sign: match[1] === '-' ? -1 : 1, days, ms };
}

type Calendarish = BusinessCalendar | CompiledCalendar;

function compiled(calendar: Calendarish): CompiledCalendar {
  return 'weekly' in calendar ? calendar : compileCalendar(calendar);
}

/** Working intervals (instants) of local days, cached for one computation. */
class Timeline {
  private readonly cache = new Map<number, [number, number][]>();

  constructor(private readonly calendar: CompiledCalendar) {}

  intervals(day: number): [number, number][] {
    let found = this.cache.get(day);
    if (!found) {
      const periods = this.calendar.dates.get(day) ?? this.calendar.weekly.get(weekdayOf(day)) ?? [];
      found = periods.map(([start, end]): [number, number] => [instantOfLocal(day, start, this.calendar.timeZone), instantOfLocal(day, end, this.calendar.timeZone)]);
      this.cache.set(day, found);
    }
    return found;
  }

  dayOf(instant: number): number {
    return localDayOf(instant, this.calendar.timeZone);
  }
}

function noWorkingTime(): BusinessDurationError {
  return new BusinessDurationError({
    en: `The business calendar has no working time within ${MAX_SCAN_DAYS} days.`,
    'zh-CN': `工作日历在 ${MAX_SCAN_DAYS} 天内没有任何工作时间。`,
  });
}

/** `start` plus (or minus) a business duration on the calendar. */
export function addWorkingTime(start: Date | number, duration: string | BusinessDuration, calendar: Calendarish): Date {
  const d = typeof duration === 'string' ? parseBusinessDuration(duration) : duration;
  const line = new Timeline(compiled(calendar));
  let at = typeof start === 'number' ? start : start.getTime();
  if (d.sign === 1) {
    if (d.days > 0) at = forwardDays(line, at, d.days);
    if (d.ms > 0) at = forwardMs(line, at, d.ms);
  } else {
    if (d.days > 0) at = backDays(line, at, d.days);
    if (d.ms > 0) at = backMs(line, at, d.ms);
  }
  return new Date(at);
}

/** Working time between two moments, in ms (negative when `to` is before `from`). */
export function workingTimeBetween(from: Date | number, to: Date | number, calendar: Calendarish): number {
  const [a, b] = [Number(from instanceof Date ? from.getTime() : from), Number(to instanceof Date ? to.getTime() : to)];
  if (b < a) return -workingTimeBetween(b, a, calendar);
  const line = new Timeline(compiled(calendar));
  let total = 0;
  const last = line.dayOf(b) + 1;
  if (last - line.dayOf(a) > MAX_SCAN_DAYS * 10) throw new BusinessDurationError({ en: 'The span is too long to measure.', 'zh-CN': '时间跨度过长，无法计算。' });
  for (let day = line.dayOf(a) - 1; day <= last; day++) {
    for (const [s, e] of line.intervals(day)) total += Math.max(0, Math.min(e, b) - Math.max(s, a));
  }
  return total;
}

function forwardMs(line: Timeline, from: number, ms: number): number {
  let remaining = ms;
  let cursor = from;
  const first = line.dayOf(from) - 1;
  for (let day = first; day < first + MAX_SCAN_DAYS; day++) {
    for (const [s, e] of line.intervals(day)) {
      const begin = Math.max(s, cursor);
      if (e <= begin) continue;
      if (remaining <= e - begin) return begin + remaining;
      remaining -= e - begin;
      cursor = e;
    }
  }
  throw noWorkingTime();
}

function backMs(line: Timeline, from: number, ms: number): number {
  let remaining = ms;
  let cursor = from;
  const first = line.dayOf(from) + 1;
  for (let day = first; day > first - MAX_SCAN_DAYS; day--) {
    for (const [s, e] of [...line.intervals(day)].reverse()) {
      const end = Math.min(e, cursor);
      if (end <= s) continue;
      if (remaining <= end - s) return end - remaining;
      remaining -= end - s;
      cursor = s;
    }
  }
  throw noWorkingTime();
}

const length = (intervals: [number, number][]) => intervals.reduce((sum, [s, e]) => sum + (e - s), 0);

/** The moment `offset` working ms into a day (at an interval's end rather than the next one's start). */
function atOffset(intervals: [number, number][], offset: number): number {
  let left = offset;
  for (const [s, e] of intervals) {
    if (left <= e - s) return s + left;
    left -= e - s;
  }
  return intervals[intervals.length - 1][1];
}

/** The moment with `keep` working ms of the day still ahead (at an interval's start rather than the one before's end). */
function atRemaining(intervals: [number, number][], keep: number): number {
  let left = keep;
  for (const [s, e] of [...intervals].reverse()) {
    if (left <= e - s) return e - left;
    left -= e - s;
  }
  return intervals[0][0];
}

/**
 * Same position, `n` working days on: the working day holding `from` (or the next one, when `from` is outside working
 * time) and the working time already gone on it. Nothing gone (the day not yet begun) means the evening of the day
 * before the target: the same working moment, as early as possible.
 */
function forwardDays(line: Timeline, from: number, n: number): number {
  let day = line.dayOf(from) - 1;
  const limit = day + MAX_SCAN_DAYS;
  while (!line.intervals(day).some(([, e]) => e > from)) if (++day > limit) throw noWorkingTime();
  const gone = line.intervals(day).reduce((sum, [s, e]) => sum + Math.max(0, Math.min(e, from) - s), 0);
  let previous = day;
  for (let left = n; left > 0; ) {
    if (++day > limit + n * 7) throw noWorkingTime();
    if (line.intervals(day).length > 0 && --left > 0) previous = day;
  }
  const target = line.intervals(day);
  const offset = Math.min(gone, length(target));
  if (offset === 0) {
    const before = line.intervals(previous);
    return before[before.length - 1][1];
  }
  return atOffset(target, offset);
}

/** The mirror of forwardDays: the working time still left on the day is kept, `n` working days back. */
function backDays(line: Timeline, from: number, n: number): number {
  let day = line.dayOf(from) + 1;
  const limit = day - MAX_SCAN_DAYS;
  while (!line.intervals(day).some(([s]) => s < from)) if (--day < limit) throw noWorkingTime();
  const left = line.intervals(day).reduce((sum, [s, e]) => sum + Math.max(0, e - Math.max(s, from)), 0);
  let next = day;
  for (let count = n; count > 0; ) {
    if (--day < limit - n * 7) throw noWorkingTime();
    if (line.intervals(day).length > 0 && --count > 0) next = day;
  }
  const target = line.intervals(day);
  const keep = Math.min(left, length(target));
  if (keep === 0) return line.intervals(next)[0][0];
  return atRemaining(target, keep);
}
