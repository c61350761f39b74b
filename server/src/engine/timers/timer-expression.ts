import type { LocalizedText } from '../deploy-problem.js';
import { instantOf } from '../runtime/instant.js';
import { CronValueError, isCron, nextCronFire, parseCron, readStoredCron, shortestCronGapMs, storedCron } from './cron-cycle.js';
import { type IsoDuration, addDuration, durationMs, parseDuration } from './iso-duration.js';

/** What a timer definition resolves to: when it first fires, and for cycles how often it repeats. */
export interface TimerPlan {
  readonly dueAt: number;
  /** for a cycle: fires left including the first (null: no end); 1 for a date or duration */
  readonly repetitions: number | null;
  /** for a cycle: the ISO 8601 interval between fires, or `CRON_TZ=<zone> <cron expression>` */
  readonly interval: string | null;
}

export interface TimerLimits {
  /** a cycle may not fire more often than this (a cycle every second would flood the queue) */
  readonly minCycleMs: number;
}

export interface PlanOptions extends Partial<TimerLimits> {
  /** the IANA zone a cron cycle is evaluated in (the workspace calendar's); default UTC */
  readonly timeZone?: string;
}

const DEFAULT_MIN_CYCLE_SECONDS = 60;

/**
 * The shortest interval a cycle may have: `BATON_TIMER_MIN_CYCLE_SECONDS` (default 60). A static cycle below it is
 * refused at deploy; a FEEL one when its timer opens (an incident naming the element).
 */
export function timerLimits(): TimerLimits {
  const configured = Number(process.env.BATON_TIMER_MIN_CYCLE_SECONDS);
  return { minCycleMs: (Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_MIN_CYCLE_SECONDS) * 1000 };
}

export type TimerKind = 'timeDate' | 'timeDuration' | 'timeCycle';

/** Why a timer value was refused, in words for the modeller (both languages) or the incident (English). */
export class TimerValueError extends Error {
  constructor(readonly reason: LocalizedText) {
    super(reason.en);
    this.name = 'TimerValueError';
  }
}

const refuse = (en: string, zh: string) => new TimerValueError({ en, 'zh-CN': zh });

/** `R3/PT1H`, `R/PT10M`, `R5/2026-01-01T09:00:00Z/P1D`: repetitions, optional start, interval. */
export function parseCycle(text: string): { repetitions: number | null; start: number | null; interval: IsoDuration; intervalText: string } {
  const parts = text.trim().split('/');
  const repeat = /^R(\d*)$/i.exec(parts[0] ?? '');
  if (!repeat || parts.length < 2 || parts.length > 3) {
    throw refuse(
      `"${text}" is neither an ISO 8601 repeating interval such as R3/PT1H nor a cron expression such as 0 0 9 * * MON-FRI.`,
      `“${text}”既不是 ISO 8601 重复间隔（例如 R3/PT1H），也不是 cron 表达式（例如 0 0 9 * * MON-FRI）。`,
    );
  }
  const repetitions = repeat[1] === '' ? null : Number(repeat[1]);
  if (repetitions !== null && repetitions < 1) throw refuse(`"${text}" repeats ${repetitions} times; use R1 or more (or R/ for no end).`, `“${text}”重复 ${repetitions} 次；请使用 R1 或更多（或用 R/ 表示不限次数）。`);
  const intervalText = parts[parts.length - 1];
  const interval = parseDuration(intervalText);
  if (!interval) throw refuse(`"${intervalText}" in "${text}" is not an ISO 8601 duration such as PT1H.`, `“${text}”中的“${intervalText}”不是 ISO 8601 时长（例如 PT1H）。`);
  let start: number | null = null;
  if (parts.length === 3) {
    start = instantOf(parts[1]);
    if (Number.isNaN(start)) throw refuse(`"${parts[1]}" in "${text}" is not a date and time with a zone, such as 2026-01-01T09:00:00Z.`, `“${text}”中的“${parts[1]}”不是带时区的日期时间（例如 2026-01-01T09:00:00Z）。`);
  }
  return { repetitions, start, interval, intervalText };
}

/**
 * Resolves a timer value (already evaluated if it was FEEL) at `now`. Throws TimerValueError for a value that is
 * not ISO 8601 of its kind (or, for a cycle, not cron either), or a cycle faster than the limit. A date in the past
 * is due at once (as in Zeebe; a static past date is refused at deploy by `baton/timer-date-past`).
 */
export function planTimer(kind: TimerKind, value: unknown, now: number, options: PlanOptions = {}): TimerPlan {
  const limits = { ...timerLimits(), ...options };
  const text = typeof value === 'string' ? value.trim() : value;
  if (kind === 'timeDate') {
    const at = instantOf(text);
    if (Number.isNaN(at)) throw refuse(`${JSON.stringify(value)} is not a date and time such as 2026-01-01T09:00:00Z.`, `${JSON.stringify(value)} 不是日期时间（例如 2026-01-01T09:00:00Z）。`);
    return { dueAt: at, repetitions: 1, interval: null };
  }
  if (typeof text !== 'string') throw refuse(`${JSON.stringify(value)} is not ISO 8601 text.`, `${JSON.stringify(value)} 不是 ISO 8601 文本。`);
  if (kind === 'timeDuration') {
    const duration = parseDuration(text);
    if (!duration) throw refuse(`"${text}" is not an ISO 8601 duration such as PT5M or P1D.`, `“${text}”不是 ISO 8601 时长（例如 PT5M 或 P1D）。`);
    return { dueAt: addDuration(now, duration), repetitions: 1, interval: null };
  }
  if (isCron(text)) return planCron(text, now, limits.minCycleMs, options.timeZone ?? 'UTC');
  const cycle = parseCycle(text);
  const length = durationMs(cycle.interval, now);
  if (length < limits.minCycleMs) {
    throw refuse(
      `"${text}" would fire every ${length / 1000} s; the shortest allowed interval is ${limits.minCycleMs / 1000} s.`,
      `“${text}”每 ${length / 1000} 秒触发一次；允许的最短间隔为 ${limits.minCycleMs / 1000} 秒。`,
    );
  }
  const dueAt = cycle.start !== null && cycle.start > now ? cycle.start : addDuration(now, cycle.interval);
  return { dueAt, repetitions: cycle.repetitions, interval: cycle.intervalText };
}

/** A cron cycle: due at its next fire after now, no end, refused when two fires come closer than the limit. */
function planCron(text: string, now: number, minCycleMs: number, timeZone: string): TimerPlan {
  let cron;
  try {
    cron = parseCron(text, timeZone);
  } catch (error) {
    if (error instanceof CronValueError) throw new TimerValueError(error.reason);
    throw error;
  }
  const first = nextCronFire(cron, now);
  if (first === null) throw refuse(`The cron expression "${text}" never fires.`, `cron 表达式“${text}”永远不会触发。`);
  const gap = shortestCronGapMs(cron, now);
  if (gap < minCycleMs) {
    throw refuse(
      `"${text}" would fire every ${gap / 1000} s; the shortest allowed interval is ${minCycleMs / 1000} s.`,
      `“${text}”每 ${gap / 1000} 秒触发一次；允许的最短间隔为 ${minCycleMs / 1000} 秒。`,
    );
  }
  return { dueAt: first, repetitions: null, interval: storedCron(text, timeZone) };
}

/**
 * The next fire of a cycle after the one due at `previousDue`. An ISO 8601 cycle counts from the previous due date
 * (a clock jump forward fires each missed repetition once); a cron cycle fires at its next time after `now`, so fires
 * missed while the server was down collapse into the one that just fired (null when it never fires again).
 */
export function nextCycleDue(previousDue: number, interval: string, now = previousDue): number | null {
  const cron = readStoredCron(interval);
  if (cron) return nextCronFire(parseCron(cron.expression, cron.timeZone), Math.max(previousDue, now));
  const duration = parseDuration(interval);
  if (!duration) throw refuse(`"${interval}" is not an ISO 8601 duration.`, `“${interval}”不是 ISO 8601 时长。`);
  return addDuration(previousDue, duration);
}
