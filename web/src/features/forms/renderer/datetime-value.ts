/** form-js `timeSerializingFormat`: keep the writer's offset, normalise to UTC, or store wall-clock time only. */
export type TimeSerializingFormat = 'utc_offset' | 'utc_normalized' | 'no_timezone';

const pad = (value: number): string => String(value).padStart(2, '0');

/** `+08:00` for a date in the browser's zone (explicit, so a record read elsewhere keeps its meaning). */
export function offsetOf(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

export function serializeDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const localTime = (date: Date): string => `${pad(date.getHours())}:${pad(date.getMinutes())}`;
const utcTime = (date: Date): string => `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;

export function serializeTime(date: Date, format: TimeSerializingFormat = 'utc_offset'): string {
  if (format === 'no_timezone') return localTime(date);
  if (format === 'utc_normalized') return `${utcTime(date)}Z`;
  return `${localTime(date)}${offsetOf(date)}`;
}

export function serializeDateTime(date: Date, format: TimeSerializingFormat = 'utc_offset'): string {
  if (format === 'utc_normalized') {
    return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${utcTime(date)}Z`;
  }
  return `${serializeDate(date)}T${serializeTime(date, format)}`;
}

/** A stored date-time or time (`10:30`, `10:30+08:00`, `10:30Z`) as a Date in the browser's zone; null if unreadable. */
export function parseStored(value: unknown, subtype: 'time' | 'datetime', today = new Date()): Date | null {
  if (typeof value !== 'string' || value === '') return null;
  const text = subtype === 'time' ? `${serializeDate(today)}T${value}` : value;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}
