import { type BusinessCalendar, DEFAULT_CALENDAR, calendarDaysOf, checkCalendar } from './business-calendar.js';
import { BusinessDurationError, addWorkingTime, parseBusinessDuration, workingTimeBetween } from './business-time.js';
import { CHINA_HOLIDAYS } from './china-holidays.js';
import { dayOfDate, weekdayOf } from './zoned-time.js';

/** Shanghai wall-clock time (no daylight saving there). */
const sh = (local: string) => new Date(`${local.replace(' ', 'T')}${local.length === 16 ? ':00' : ''}+08:00`);
const iso = (date: Date) => date.toISOString();
const add = (local: string, duration: string, calendar: BusinessCalendar = DEFAULT_CALENDAR) => iso(addWorkingTime(sh(local), duration, calendar));

describe('addWorkingTime on the default calendar (Mon–Fri 09:00–12:00, 13:00–18:00, Shanghai, China holidays)', () => {
  it.each([
    { title: 'within a morning', start: '2025-03-03 10:00', duration: 'PT1H', expected: '2025-03-03 11:00' },
    { title: 'over the lunch break', start: '2025-03-03 11:00', duration: 'PT2H', expected: '2025-03-03 14:00' },
    { title: 'into the next morning (across midnight)', start: '2025-03-03 17:00', duration: 'PT2H', expected: '2025-03-04 10:00' },
    { title: 'over a weekend', start: '2025-03-07 17:00', duration: 'PT2H', expected: '2025-03-10 10:00' },
    { title: 'a full day ends that evening, not the next morning', start: '2025-03-03 09:00', duration: 'PT8H', expected: '2025-03-03 18:00' },
    { title: 'from a Saturday', start: '2025-03-08 11:00', duration: 'PT1H', expected: '2025-03-10 10:00' },
    { title: 'from before opening', start: '2025-03-03 07:00', duration: 'PT1H', expected: '2025-03-03 10:00' },
    { title: 'from inside the lunch break', start: '2025-03-03 12:30', duration: 'PT1H', expected: '2025-03-03 14:00' },
    { title: 'minutes and seconds', start: '2025-03-03 11:59', duration: 'PT1M30S', expected: '2025-03-03 13:00:30' },
    { title: 'zero', start: '2025-03-08 11:00', duration: 'PT0S', expected: '2025-03-08 11:00' },
    { title: 'one working day from Friday afternoon', start: '2025-03-07 15:00', duration: 'P1D', expected: '2025-03-10 15:00' },
    { title: 'one working day from the opening is that evening', start: '2025-03-03 09:00', duration: 'P1D', expected: '2025-03-03 18:00' },
    { title: 'one working day from a Saturday', start: '2025-03-08 10:00', duration: 'P1D', expected: '2025-03-10 18:00' },
    { title: 'one working day from Friday evening', start: '2025-03-07 18:30', duration: 'P1D', expected: '2025-03-10 18:00' },
    { title: 'a day and hours', start: '2025-03-07 15:00', duration: 'P1DT4H', expected: '2025-03-11 10:00' },
    { title: 'over the National Day week (Oct 1–8, 2025)', start: '2025-09-30 15:00', duration: 'P1D', expected: '2025-10-09 15:00' },
    { title: 'onto the 调休 Saturday Oct 11, 2025', start: '2025-10-10 15:00', duration: 'P1D', expected: '2025-10-11 15:00' },
    { title: 'onto the 调休 Sunday Sep 28, 2025', start: '2025-09-26 17:00', duration: 'PT2H', expected: '2025-09-28 10:00' },
    { title: 'onto the 调休 Saturday before Spring Festival 2026', start: '2026-02-13 17:00', duration: 'PT2H', expected: '2026-02-14 10:00' },
    { title: 'over Spring Festival 2026 (Feb 15–23)', start: '2026-02-14 17:00', duration: 'PT2H', expected: '2026-02-24 10:00' },
    { title: 'over New Year 2026 onto the 调休 Sunday Jan 4', start: '2025-12-31 17:00', duration: 'PT2H', expected: '2026-01-04 10:00' },
    { title: 'five working days over Labour Day 2025 (with the 调休 Sunday Apr 27)', start: '2025-04-25 10:00', duration: 'P5D', expected: '2025-05-06 10:00' },
  ])('$title: $start + $duration = $expected', ({ start, duration, expected }) => {
    expect(add(start, duration)).toBe(iso(sh(expected)));
  });

  it.each([
    { title: 'an hour back in a morning', start: '2025-03-04 10:00', duration: '-PT1H', expected: '2025-03-04 09:00' },
    { title: 'back over the night', start: '2025-03-04 09:30', duration: '-PT1H', expected: '2025-03-03 17:30' },
    { title: 'back over lunch (latest moment: 13:00, not 12:00)', start: '2025-03-04 14:00', duration: '-PT1H', expected: '2025-03-04 13:00' },
    { title: 'back over lunch into the morning', start: '2025-03-04 13:30', duration: '-PT1H', expected: '2025-03-04 11:30' },
    { title: 'back over a weekend', start: '2025-03-10 10:00', duration: '-PT2H', expected: '2025-03-07 17:00' },
    { title: 'a working day back', start: '2025-03-10 15:00', duration: '-P1D', expected: '2025-03-07 15:00' },
    { title: 'a working day back from the evening is that morning', start: '2025-03-04 18:00', duration: '-P1D', expected: '2025-03-04 09:00' },
    { title: 'back over the National Day week', start: '2025-10-09 10:00', duration: '-PT2H', expected: '2025-09-30 17:00' },
  ])('$title: $start $duration = $expected', ({ start, duration, expected }) => {
    expect(add(start, duration)).toBe(iso(sh(expected)));
  });

  it('round-trips: adding then subtracting the same working time lands where it started (inside working time)', () => {
    for (const start of ['2025-03-03 10:15', '2025-09-30 16:45', '2026-02-13 11:00']) {
      for (const duration of ['PT1H', 'PT7H30M', 'PT20H', 'P3D']) {
        const there = addWorkingTime(sh(start), duration, DEFAULT_CALENDAR);
        expect(iso(addWorkingTime(there, `-${duration}`, DEFAULT_CALENDAR))).toBe(iso(sh(start)));
      }
    }
  });
});

describe('workspace days, partial days, other zones', () => {
  it('a half-day holiday works its own periods only', () => {
    const calendar: BusinessCalendar = { ...DEFAULT_CALENDAR, days: [{ date: '2025-12-24', kind: 'HOLIDAY', periods: [{ start: '09:00', end: '12:00' }] }] };
    expect(add('2025-12-24 11:00', 'PT2H', calendar)).toBe(iso(sh('2025-12-25 10:00')));
  });

  it('a workspace working day wins over the shipped holiday on the same date', () => {
    const calendar: BusinessCalendar = { ...DEFAULT_CALENDAR, days: [{ date: '2025-10-08', kind: 'WORKDAY' }] };
    expect(add('2025-09-30 15:00', 'P1D', calendar)).toBe(iso(sh('2025-10-08 15:00')));
  });

  it('a workspace holiday on a weekday is not worked', () => {
    const calendar: BusinessCalendar = { ...DEFAULT_CALENDAR, days: [{ date: '2025-03-04', kind: 'HOLIDAY', name: { en: 'Offsite', 'zh-CN': '团建' } }] };
    expect(add('2025-03-03 17:00', 'PT2H', calendar)).toBe(iso(sh('2025-03-05 10:00')));
  });

  it('without the shipped list, the National Day week is worked', () => {
    expect(add('2025-09-30 15:00', 'P1D', { ...DEFAULT_CALENDAR, holidaySet: null })).toBe(iso(sh('2025-10-01 15:00')));
  });

  const nights: BusinessCalendar = {
    timeZone: 'UTC',
    weeklyHours: Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, [{ start: '22:00', end: '06:00' }]])),
    holidaySet: null,
    days: [],
  };
  it.each([
    { title: 'a night shift across midnight', start: '2025-03-03T23:00:00Z', duration: 'PT4H', expected: '2025-03-04T03:00:00.000Z' },
    { title: "Friday's shift runs into Saturday morning, then Monday night", start: '2025-03-08T05:00:00Z', duration: 'PT2H', expected: '2025-03-10T23:00:00.000Z' },
    { title: 'backwards into the previous night', start: '2025-03-04T23:00:00Z', duration: '-PT2H', expected: '2025-03-04T05:00:00.000Z' },
  ])('$title', ({ start, duration, expected }) => {
    expect(iso(addWorkingTime(new Date(start), duration, nights))).toBe(expected);
  });

  it('Europe/Berlin across the switch to summer time (Mar 30, 2025): local hours stay local', () => {
    const berlin: BusinessCalendar = { timeZone: 'Europe/Berlin', weeklyHours: Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, [{ start: '09:00', end: '17:00' }]])), holidaySet: null, days: [] };
    // Friday 16:00 CET (+01:00) plus 2 h: one hour on Friday, one on Monday from 09:00 CEST (+02:00)
    expect(iso(addWorkingTime(new Date('2025-03-28T16:00:00+01:00'), 'PT2H', berlin))).toBe('2025-03-31T08:00:00.000Z');
    expect(iso(addWorkingTime(new Date('2025-03-28T10:00:00+01:00'), 'P1D', berlin))).toBe('2025-03-31T08:00:00.000Z');
    const always: BusinessCalendar = { ...berlin, weeklyHours: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [d, [{ start: '00:00', end: '24:00' }]])) };
    // Sunday Mar 30 has 23 hours: 24 working hours from Saturday noon end at 13:00 CEST on Sunday
    expect(iso(addWorkingTime(new Date('2025-03-29T12:00:00+01:00'), 'PT24H', always))).toBe('2025-03-30T11:00:00.000Z');
  });

  it('a calendar without working time is refused, not looped on', () => {
    expect(() => addWorkingTime(sh('2025-03-03 10:00'), 'PT1H', { ...DEFAULT_CALENDAR, weeklyHours: {} })).toThrow(BusinessDurationError);
  });
});

describe('workingTimeBetween', () => {
  it.each([
    { from: '2025-03-07 17:00', to: '2025-03-10 10:00', hours: 2 },
    { from: '2025-09-30 09:00', to: '2025-10-09 09:00', hours: 8 },
    { from: '2025-03-03 12:10', to: '2025-03-03 12:50', hours: 0 },
    { from: '2025-03-10 10:00', to: '2025-03-07 17:00', hours: -2 },
  ])('$from → $to: $hours h', ({ from, to, hours }) => {
    expect(workingTimeBetween(sh(from), sh(to), DEFAULT_CALENDAR)).toBe(hours * 3_600_000);
  });
});

describe('parseBusinessDuration', () => {
  it.each(['P1M', 'P1Y', 'P1W', 'P', 'PT', 'PT1H1D', '1H', '', 'P1.5D', 'P9999D'])('refuses %j', (text) => {
    expect(() => parseBusinessDuration(text)).toThrow(BusinessDurationError);
  });

  it('reads days, hours, fractions and a sign', () => {
    expect(parseBusinessDuration('P2DT1H30M')).toEqual({ sign: 1, days: 2, ms: 5_400_000 });
    expect(parseBusinessDuration('-PT0.5H')).toEqual({ sign: -1, days: 0, ms: 1_800_000 });
  });
});

describe('checkCalendar', () => {
  it.each([
    { title: 'unknown zone', patch: { timeZone: 'Mars/Olympus' }, key: 'timeZone' },
    { title: 'unknown holiday list', patch: { holidaySet: 'XX' }, key: 'holidaySet' },
    { title: 'bad time', patch: { weeklyHours: { 1: [{ start: '9am', end: '18:00' }] } }, key: 'weeklyHours.1[0].start' },
    { title: 'overlap', patch: { weeklyHours: { 2: [{ start: '09:00', end: '13:00' }, { start: '12:00', end: '18:00' }] } }, key: 'weeklyHours.2[1].start' },
    { title: 'bad weekday', patch: { weeklyHours: { 8: [] } }, key: 'weeklyHours.8' },
    { title: 'not a date', patch: { days: [{ date: '2025-02-30', kind: 'HOLIDAY' as const }] }, key: 'days[0].date' },
    { title: 'twice', patch: { days: [{ date: '2025-03-03', kind: 'HOLIDAY' as const }, { date: '2025-03-03', kind: 'WORKDAY' as const }] }, key: 'days[1].date' },
  ])('$title → $key', ({ patch, key }) => {
    expect(checkCalendar({ ...DEFAULT_CALENDAR, ...patch } as BusinessCalendar).map((p) => p.key)).toContain(key);
  });

  it('accepts the default calendar', () => {
    expect(checkCalendar(DEFAULT_CALENDAR)).toEqual([]);
  });
});

describe('China holiday data', () => {
  it('has 28 days off and 5 worked weekend days in 2025, 33 and 6 in 2026', () => {
    const count = (year: number, kind: string) => calendarDaysOf(DEFAULT_CALENDAR, year).filter((d) => d.kind === kind).length;
    expect([count(2025, 'HOLIDAY'), count(2025, 'WORKDAY'), count(2026, 'HOLIDAY'), count(2026, 'WORKDAY')]).toEqual([28, 5, 33, 6]);
  });

  it('adjusted working days are all weekends, and every date is real and listed once', () => {
    for (const day of CHINA_HOLIDAYS) expect(Number.isNaN(dayOfDate(day.date))).toBe(false);
    for (const day of CHINA_HOLIDAYS.filter((d) => d.kind === 'WORKDAY')) expect([6, 7]).toContain(weekdayOf(dayOfDate(day.date)));
    expect(new Set(CHINA_HOLIDAYS.map((d) => d.date)).size).toBe(CHINA_HOLIDAYS.length);
  });
});
