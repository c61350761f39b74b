import { formatSerial, parseSerialPattern, periodOf, SerialPattern } from './serial-pattern.util.js';

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
