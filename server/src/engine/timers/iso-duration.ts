/** An ISO 8601 duration (`P1Y2M3DT4H5M6.5S`, `P2W`), kept by field because months and years vary in length. */
export interface IsoDuration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const DURATION = new RegExp(`^P(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`, 'i');

/** Parses an ISO 8601 duration; undefined when the text is not one (negative durations included). */
export function parseDuration(text: string): IsoDuration | undefined {
  const trimmed = text.trim();
  const match = DURATION.exec(trimmed);
  if (!match || trimmed.toUpperCase() === 'P' || /T$/i.test(trimmed)) return undefined;
  const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((v) => (v === undefined ? 0 : Number(v.replace(',', '.'))));
  if (match.slice(1).every((v) => v === undefined)) return undefined;
  return { years, months, weeks, days, hours, minutes, seconds };
}

/** `epoch + duration`: years and months on the UTC calendar (31 Jan + P1M = 28/29 Feb), the rest as fixed lengths. */
export function addDuration(epoch: number, d: IsoDuration): number {
  let result = epoch;
  const wholeMonths = Math.trunc(d.years * 12 + d.months);
  if (wholeMonths !== 0) {
    const date = new Date(result);
    const day = date.getUTCDate();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() + wholeMonths);
    const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    date.setUTCDate(Math.min(day, lastDay));
    result = date.getTime();
  }
  const fractionalMonths = d.years * 12 + d.months - wholeMonths;
  const ms = ((((d.weeks * 7 + d.days + fractionalMonths * 30) * 24 + d.hours) * 60 + d.minutes) * 60 + d.seconds) * 1000;
  return result + Math.round(ms);
}

/** The duration's length from a given instant, in milliseconds. */
export function durationMs(d: IsoDuration, from: number): number {
  return addDuration(from, d) - from;
}
