import type { CalendarDay } from './business-calendar.js';

/**
 * China's public holidays and adjusted working days (调休: weekends worked in exchange), as the State Council
 * announced them: 国办发明电〔2024〕12号 for 2025 (12 Nov 2024) and the notice of 4 Nov 2025 for 2026. Each
 * holiday lists every day off, weekends inside the break included; each adjusted day is a Saturday or Sunday worked.
 * Add a year here when the State Council publishes it (usually in November); until then a year has none.
 */
export const CHINA_HOLIDAY_YEARS: readonly number[] = [2025, 2026];

interface Break {
  readonly en: string;
  readonly zh: string;
  readonly from: string;
  readonly to: string;
  readonly workdays: readonly string[];
}

const BREAKS: readonly Break[] = [
  { en: "New Year's Day", zh: '元旦', from: '2025-01-01', to: '2025-01-01', workdays: [] },
  { en: 'Spring Festival', zh: '春节', from: '2025-01-28', to: '2025-02-04', workdays: ['2025-01-26', '2025-02-08'] },
  { en: 'Qingming Festival', zh: '清明节', from: '2025-04-04', to: '2025-04-06', workdays: [] },
  { en: 'Labour Day', zh: '劳动节', from: '2025-05-01', to: '2025-05-05', workdays: ['2025-04-27'] },
  { en: 'Dragon Boat Festival', zh: '端午节', from: '2025-05-31', to: '2025-06-02', workdays: [] },
  { en: 'National Day and Mid-Autumn Festival', zh: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08', workdays: ['2025-09-28', '2025-10-11'] },
  { en: "New Year's Day", zh: '元旦', from: '2026-01-01', to: '2026-01-03', workdays: ['2026-01-04'] },
  { en: 'Spring Festival', zh: '春节', from: '2026-02-15', to: '2026-02-23', workdays: ['2026-02-14', '2026-02-28'] },
  { en: 'Qingming Festival', zh: '清明节', from: '2026-04-04', to: '2026-04-06', workdays: [] },
  { en: 'Labour Day', zh: '劳动节', from: '2026-05-01', to: '2026-05-05', workdays: ['2026-05-09'] },
  { en: 'Dragon Boat Festival', zh: '端午节', from: '2026-06-19', to: '2026-06-21', workdays: [] },
  { en: 'Mid-Autumn Festival', zh: '中秋节', from: '2026-09-25', to: '2026-09-27', workdays: [] },
  { en: 'National Day', zh: '国庆节', from: '2026-10-01', to: '2026-10-07', workdays: ['2026-09-20', '2026-10-10'] },
];

function expand(): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (const b of BREAKS) {
    for (let at = Date.parse(`${b.from}T00:00:00Z`); at <= Date.parse(`${b.to}T00:00:00Z`); at += 86_400_000) {
      days.push({ date: new Date(at).toISOString().slice(0, 10), kind: 'HOLIDAY', name: { en: b.en, 'zh-CN': b.zh } });
    }
    for (const date of b.workdays) days.push({ date, kind: 'WORKDAY', name: { en: `Working day (${b.en})`, 'zh-CN': `调休上班（${b.zh}）` } });
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

export const CHINA_HOLIDAYS: readonly CalendarDay[] = Object.freeze(expand());
