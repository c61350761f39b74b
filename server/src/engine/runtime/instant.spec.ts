import { instantOf } from './instant.js';

describe('instantOf', () => {
  it.each([
    ['ISO with Z', '2026-01-02T02:00:00Z', '2026-01-02T02:00:00.000Z'],
    ['ISO with an offset', '2026-01-02T10:00:00+08:00', '2026-01-02T02:00:00.000Z'],
    ['FEEL date-time in an IANA zone', '2026-01-02T10:00:00@Asia/Shanghai', '2026-01-02T02:00:00.000Z'],
    ['a zone with daylight saving, in summer', '2026-07-01T12:00:00@Europe/Berlin', '2026-07-01T10:00:00.000Z'],
    ['a temporal value', { zone: 'UTC', iso: '2026-03-04T05:06:07Z' }, '2026-03-04T05:06:07.000Z'],
  ])('reads %s', (_title, value, expected) => {
    expect(new Date(instantOf(value)).toISOString()).toBe(expected);
  });

  it.each([['not a date'], ['2026-01-02T10:00:00@Mars/Olympus'], [42], [null]])('gives NaN for %s', (value) => {
    expect(instantOf(value)).toBeNaN();
  });
});
