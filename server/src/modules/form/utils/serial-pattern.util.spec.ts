import { formatSerial, parseSerialPattern, periodOf, SerialPattern, serialFormatter } from './serial-pattern.util.js';

const parsed = (source: string, zone?: string) => parseSerialPattern(source, zone) as SerialPattern;

describe('serial-number patterns', () => {
  it('formats the counter with the pattern’s width and the date in the pattern’s time zone', () => {
    // given a monthly pattern in Shanghai time and a moment that is already May there but still April in UTC
    const at = new Date('2026-04-30T18:00:00Z');
    const pattern = parsed('RN-{yyyy}{MM}-{0000}', 'Asia/Shanghai');
    // when formatted / then
    expect(formatSerial(pattern, at, 7)).toBe('RN-202605-0007');
    expect(periodOf(pattern, at)).toBe('202605');
    expect(periodOf(parsed('RN-{yyyy}{MM}-{0000}'), at)).toBe('202604');
  });

  it.each([
    { source: 'INV-{000000}', period: '', text: 'INV-000042' },
    { source: '{yy}{MM}{dd}-{00}', period: '20260315', text: '260315-42' },
    { source: '{yyyy}/{0}', period: '2026', text: '2026/42' },
  ])('restarts $source per period "$period"', ({ source, period, text }) => {
    const at = new Date('2026-03-15T12:00:00Z');
    expect(periodOf(parsed(source), at)).toBe(period);
    expect(formatSerial(parsed(source), at, 42)).toBe(text);
  });

  it('formats a block of numbers taken at one moment as formatSerial does one by one (imports)', () => {
    // given a moment that is a different day in Shanghai, and counters that outgrow the width
    const at = new Date('2026-12-31T20:00:00Z');
    for (const [source, zone] of [['RN-{yyyy}{MM}{dd}-{0000}', 'Asia/Shanghai'], ['{0}{yy}', 'UTC'], ['A{{00}}B', 'UTC']] as const) {
      const format = serialFormatter(parsed(source, zone), at);
      // when / then
      for (const counter of [1, 42, 9_999, 123_456]) expect(format(counter)).toBe(formatSerial(parsed(source, zone), at, counter));
    }
    expect(serialFormatter(parsed('RN-{yyyy}{MM}{dd}-{0000}', 'Asia/Shanghai'), at)(7)).toBe('RN-20270101-0007');
    expect(serialFormatter(parsed('A{{00}}B'), at)(5)).toBe('A{05}B');
  });

  it.each([
    { title: 'no counter', source: 'RN-{yyyy}' },
    { title: 'two counters', source: '{00}-{00}' },
    { title: 'an unknown token', source: '{hh}-{00}' },
    { title: 'an empty pattern', source: '' },
    { title: 'not text', source: 42 },
  ])('refuses a pattern with $title', ({ source }) => {
    expect(parseSerialPattern(source)).toHaveProperty('problem');
  });

  it('refuses an unknown time zone', () => {
    expect(parseSerialPattern('{000}', 'Mars/Olympus')).toEqual({ problem: 'unknown time zone "Mars/Olympus"' });
  });
});
