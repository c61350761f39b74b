import { Cron } from 'croner';
import type { LocalizedText } from '../deploy-problem.js';

/**
 * Cron cycles as Zeebe accepts them in `timeCycle` (Spring's `CronExpression`): six fields, second minute hour
 * day-of-month month day-of-week (`0 0 9 * * MON-FRI`), names for months and days, `?`, `L`, `W`, `#`, and the macros
 * `@yearly` … `@hourly`. Day-of-month and day-of-week must both match (Spring's rule, not Vixie cron's "either").
 * Evaluated by croner in an IANA time zone (the workspace calendar's), so 09:00 stays 09:00 across daylight saving.
 */

const MACROS: Readonly<Record<string, string>> = {
  '@yearly': '0 0 0 1 1 *',
  '@annually': '0 0 0 1 1 *',
  '@monthly': '0 0 0 1 * *',
  '@weekly': '0 0 0 * * 0',
  '@daily': '0 0 0 * * *',
  '@midnight': '0 0 0 * * *',
  '@hourly': '0 0 * * * *',
};

/** How a cron cycle is kept in `timers.interval`: the zone it is evaluated in, then the expression. */
const STORED = /^CRON_TZ=(\S+) (.+)$/;

/** How many upcoming fires are looked at for the shortest gap (covers a day of `0 * * * * *`-like patterns). */
const SAMPLE = 500;

export class CronValueError extends Error {
  constructor(readonly reason: LocalizedText) {
    super(reason.en);
  }
}

/** A timeCycle value that is meant as cron rather than ISO 8601 (which always starts with `R`). */
export function isCron(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.startsWith('@') || (!/^R\d*\//i.test(trimmed) && trimmed.split(/\s+/).length >= 5);
}

/** Parses a cron cycle; throws CronValueError (en, zh-CN) for anything Spring would refuse. */
export function parseCron(text: string, timeZone = 'UTC'): Cron {
  const trimmed = text.trim();
  if (trimmed.length > 200) {
    throw new CronValueError({ en: `The cron expression is ${trimmed.length} characters long; at most 200 are allowed.`, 'zh-CN': `cron 表达式长 ${trimmed.length} 个字符；最多允许 200 个。` });
  }
  const pattern = MACROS[trimmed.toLowerCase()] ?? trimmed;
  const fields = pattern.split(/\s+/).length;
  if (fields !== 6) {
    throw new CronValueError({
      en: `"${text}" has ${fields} fields; a cron cycle has six: second minute hour day-of-month month day-of-week (e.g. 0 0 9 * * MON-FRI).`,
      'zh-CN': `“${text}”有 ${fields} 个字段；cron 周期需要 6 个字段：秒 分 时 日 月 周（例如 0 0 9 * * MON-FRI）。`,
    });
  }
  try {
    return new Cron(pattern, { mode: '6-part', domAndDow: true, timezone: timeZone, paused: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^CronPattern:\s*/, '') : String(error);
    throw new CronValueError({
      en: `"${text}" is not a valid cron expression (${detail}).`,
      'zh-CN': `“${text}”不是有效的 cron 表达式（${detail}）。`,
    });
  }
}

/** The first fire strictly after `after`, or null when the expression never fires again (e.g. 30 February). */
export function nextCronFire(cron: Cron, after: number): number | null {
  return cron.nextRun(new Date(after))?.getTime() ?? null;
}

/** The shortest gap between the upcoming fires (Infinity when it fires at most once). */
export function shortestCronGapMs(cron: Cron, from: number): number {
  const runs = cron.nextRuns(SAMPLE, new Date(from)).map((d) => d.getTime());
  let shortest = Infinity;
  for (let i = 1; i < runs.length; i++) shortest = Math.min(shortest, runs[i] - runs[i - 1]);
  return shortest;
}

export function storedCron(expression: string, timeZone: string): string {
  return `CRON_TZ=${timeZone} ${expression.trim()}`;
}

export function readStoredCron(interval: string): { timeZone: string; expression: string } | null {
  const match = STORED.exec(interval);
  return match ? { timeZone: match[1], expression: match[2] } : null;
}
