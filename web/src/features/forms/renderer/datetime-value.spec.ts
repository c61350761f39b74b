import { describe, expect, it } from 'vitest';
import { offsetOf, parseStored, serializeDateTime, serializeTime } from './datetime-value';

describe('datetime values', () => {
  const moment = new Date(2026, 10, 30, 9, 5);

  it('stores the writer offset, UTC, or wall-clock time as timeSerializingFormat says', () => {
    const offset = offsetOf(moment);
    expect(serializeDateTime(moment, 'utc_offset')).toBe(`2026-11-30T09:05${offset}`);
    expect(serializeDateTime(moment, 'no_timezone')).toBe('2026-11-30T09:05');
    expect(serializeDateTime(moment, 'utc_normalized')).toBe(`${moment.toISOString().slice(0, 16)}Z`);
    expect(serializeTime(moment, 'no_timezone')).toBe('09:05');
  });

  it('reads back what it wrote, and refuses text that is no date', () => {
    expect(parseStored(serializeDateTime(moment, 'utc_offset'), 'datetime')?.getTime()).toBe(moment.getTime());
    expect(parseStored('09:05', 'time', moment)?.getHours()).toBe(9);
    expect(parseStored('tomorrow', 'datetime')).toBeNull();
    expect(parseStored(42, 'datetime')).toBeNull();
  });
});
