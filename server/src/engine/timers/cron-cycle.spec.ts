import { isCron, readStoredCron } from './cron-cycle.js';
import { TimerValueError, nextCycleDue, planTimer } from './timer-expression.js';

// Friday 27 November 2026, 00:00 UTC (08:00 in Shanghai)
const FRIDAY = Date.parse('2026-11-27T00:00:00Z');
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('cron cycles (Zeebe timeCycle, Spring six-field syntax)', () => {
  it('tells cron from ISO 8601 cycles', () => {
    // given values / when classified / then R… is ISO, six fields or a macro is cron
    expect(isCron('R3/PT1H')).toBe(false);
    expect(isCron('R/2026-01-01T00:00:00Z/P1D')).toBe(false);
    expect(isCron('0 0 9 * * MON-FRI')).toBe(true);
    expect(isCron('@daily')).toBe(true);
    expect(isCron('PT1H')).toBe(false);
  });

  it('plans 0 0 9 * * MON-FRI in the workspace zone: weekdays at 09:00 Shanghai, skipping the weekend', () => {
    // given a weekday-morning cron in Asia/Shanghai / when planned on Friday 08:00 local / then due 09:00 local that day
    const plan = planTimer('timeCycle', '0 0 9 * * MON-FRI', FRIDAY, { timeZone: 'Asia/Shanghai' });
    expect(iso(plan.dueAt)).toBe('2026-11-27T01:00:00.000Z');
    expect(plan.repetitions).toBeNull();
    expect(readStoredCron(plan.interval!)).toEqual({ timeZone: 'Asia/Shanghai', expression: '0 0 9 * * MON-FRI' });
    // then the next fire after Friday's is Monday 09:00 local
    expect(iso(nextCycleDue(plan.dueAt, plan.interval!))).toBe('2026-11-30T01:00:00.000Z');
  });

  it('evaluates in UTC without a zone, and keeps local hours across daylight saving in Berlin', () => {
    // given the same cron / when planned without a zone / then 09:00 UTC
    expect(iso(planTimer('timeCycle', '0 0 9 * * MON-FRI', FRIDAY).dueAt)).toBe('2026-11-27T09:00:00.000Z');
    // given a daily 09:00 Berlin cron around the switch to summer time (29 March 2026) / then 08:00Z, then 07:00Z
    const plan = planTimer('timeCycle', '0 0 9 * * *', Date.parse('2026-03-28T00:00:00Z'), { timeZone: 'Europe/Berlin' });
    expect(iso(plan.dueAt)).toBe('2026-03-28T08:00:00.000Z');
    expect(iso(nextCycleDue(plan.dueAt, plan.interval!))).toBe('2026-03-29T07:00:00.000Z');
  });

  it('reads macros, ? and L as Spring does, and requires both day fields to match', () => {
    // given Spring forms / when planned / then their next fire
    expect(iso(planTimer('timeCycle', '@daily', FRIDAY).dueAt)).toBe('2026-11-28T00:00:00.000Z');
    expect(iso(planTimer('timeCycle', '0 30 8 ? * MON', FRIDAY).dueAt)).toBe('2026-11-30T08:30:00.000Z');
    expect(iso(planTimer('timeCycle', '0 0 12 L * ?', FRIDAY).dueAt)).toBe('2026-11-30T12:00:00.000Z');
    // the 13th that is a Friday (Spring: both must hold; Vixie cron would fire on every 13th and every Friday)
    expect(iso(planTimer('timeCycle', '0 0 0 13 * FRI', FRIDAY).dueAt)).toBe('2027-08-13T00:00:00.000Z');
  });

  it.each([
    ['0 9 * * MON-FRI', 'six'],
    ['0 0 25 * * *', 'not a valid cron expression'],
    ['0 0 9 * * FUNDAY', 'not a valid cron expression'],
    ['0 0 0 30 2 *', 'never fires'],
    ['* * * * * *', 'every 1 s; the shortest allowed interval is 60 s'],
    ['*/30 * * * * *', 'every 30 s'],
    ['0 0 9 * * MON,MON-FRI ' + '1'.repeat(200), '200'],
  ])('refuses the cron %j (%s), in both languages', (text, reason) => {
    // given a bad or too frequent cron / when planned / then a TimerValueError naming why
    expect(() => planTimer('timeCycle', text, FRIDAY)).toThrow(reason);
    try {
      planTimer('timeCycle', text, FRIDAY);
    } catch (error) {
      expect(error).toBeInstanceOf(TimerValueError);
      expect((error as TimerValueError).reason['zh-CN']).toMatch(/cron|秒|字段|触发|字符/);
    }
  });

  it('takes the minimum interval from the options or BATON_TIMER_MIN_CYCLE_SECONDS', () => {
    // given a cron every minute / when the limit is 60 s / then allowed; when 120 s / then refused
    expect(planTimer('timeCycle', '0 * * * * *', FRIDAY).dueAt).toBe(FRIDAY + 60_000);
    expect(() => planTimer('timeCycle', '0 * * * * *', FRIDAY, { minCycleMs: 120_000 })).toThrow('every 60 s');
    const saved = process.env.BATON_TIMER_MIN_CYCLE_SECONDS;
    process.env.BATON_TIMER_MIN_CYCLE_SECONDS = '5';
    try {
      expect(planTimer('timeCycle', '*/10 * * * * *', FRIDAY).dueAt).toBe(FRIDAY + 10_000);
      expect(planTimer('timeCycle', 'R/PT10S', FRIDAY).dueAt).toBe(FRIDAY + 10_000);
    } finally {
      if (saved === undefined) delete process.env.BATON_TIMER_MIN_CYCLE_SECONDS;
      else process.env.BATON_TIMER_MIN_CYCLE_SECONDS = saved;
    }
    // the ISO cycles obey the same limit
    expect(() => planTimer('timeCycle', 'R/PT30S', FRIDAY)).toThrow('shortest allowed interval is 60 s');
  });

  it('after downtime a cron cycle fires once and then at its next time after now, not once per missed time', () => {
    // given an hourly cron due at 01:00 / when it fires at 05:30 (the server was down) / then next due at 06:00
    const plan = planTimer('timeCycle', '0 0 * * * *', FRIDAY);
    expect(iso(nextCycleDue(plan.dueAt, plan.interval!, FRIDAY + 5.5 * 3_600_000))).toBe('2026-11-27T06:00:00.000Z');
    // an ISO cycle keeps counting from its previous due date
    expect(nextCycleDue(FRIDAY, 'PT1H', FRIDAY + 5.5 * 3_600_000)).toBe(FRIDAY + 3_600_000);
  });
});
