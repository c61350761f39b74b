import { addDuration, parseDuration } from './iso-duration.js';
import { TimerValueError, nextCycleDue, parseCycle, planTimer } from './timer-expression.js';

const NOW = Date.parse('2026-01-31T10:00:00Z');

describe('ISO 8601 timers', () => {
  it.each([
    ['PT5M', '2026-01-31T10:05:00.000Z'],
    ['P1D', '2026-02-01T10:00:00.000Z'],
    ['P2W', '2026-02-14T10:00:00.000Z'],
    ['P1M', '2026-02-28T10:00:00.000Z'],
    ['P1Y2M3DT4H5M6.5S', '2027-04-03T14:05:06.500Z'],
    ['PT0S', '2026-01-31T10:00:00.000Z'],
  ])('duration %s from 2026-01-31T10:00Z is due at %s', (text, due) => {
    // given a duration / when planned at NOW / then due that much later (months on the calendar)
    expect(new Date(planTimer('timeDuration', text, NOW).dueAt).toISOString()).toBe(due);
  });

  it.each(['5 minutes', 'P', 'PT', '-PT5M', 'P1H', '', 'PT5M '.repeat(2)])('refuses the duration %j', (text) => {
    // given text that is not an ISO 8601 duration / when planned / then a TimerValueError in both languages
    expect(() => planTimer('timeDuration', text, NOW)).toThrow(TimerValueError);
    try {
      planTimer('timeDuration', text, NOW);
    } catch (error) {
      expect((error as TimerValueError).reason['zh-CN']).toContain('ISO 8601');
    }
  });

  it('plans a date with an offset or an IANA zone, and fires a past date at once', () => {
    // given dates / when planned / then due at that instant
    expect(planTimer('timeDate', '2026-02-01T09:00:00+08:00', NOW).dueAt).toBe(Date.parse('2026-02-01T01:00:00Z'));
    expect(planTimer('timeDate', '2026-02-01T09:00:00@Asia/Shanghai', NOW).dueAt).toBe(Date.parse('2026-02-01T01:00:00Z'));
    expect(planTimer('timeDate', '2020-01-01T00:00:00Z', NOW).dueAt).toBeLessThan(NOW);
    expect(() => planTimer('timeDate', 'tomorrow', NOW)).toThrow(TimerValueError);
  });

  it('reads cycles with and without an end and a start', () => {
    // given cycles / when parsed and planned / then repetitions, start and interval are kept
    expect(parseCycle('R3/PT1H')).toMatchObject({ repetitions: 3, start: null, intervalText: 'PT1H' });
    expect(parseCycle('R/P1D')).toMatchObject({ repetitions: null });
    expect(planTimer('timeCycle', 'R3/PT1H', NOW)).toEqual({ dueAt: NOW + 3_600_000, repetitions: 3, interval: 'PT1H' });
    expect(planTimer('timeCycle', 'R2/2026-03-01T00:00:00Z/P1D', NOW).dueAt).toBe(Date.parse('2026-03-01T00:00:00Z'));
    expect(nextCycleDue(NOW, 'PT1H')).toBe(NOW + 3_600_000);
  });

  it.each([
    ['R0/PT1H', 'R1 or more'],
    ['0 9 * * MON', 'six'],
    ['R3/5m', 'ISO 8601 duration'],
    ['R/PT1S', 'shortest allowed interval'],
  ])('refuses the cycle %s', (text, reason) => {
    // given a bad cycle / when planned / then refused with the reason
    expect(() => planTimer('timeCycle', text, NOW)).toThrow(reason);
  });

  it('adds months on the calendar and the rest as fixed lengths', () => {
    // given 31 January / when one month is added / then the last day of February
    const duration = parseDuration('P1M');
    expect(duration).toBeDefined();
    expect(new Date(addDuration(Date.parse('2028-01-31T00:00:00Z'), duration!)).toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });
});
