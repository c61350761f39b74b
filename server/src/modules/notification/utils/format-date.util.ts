import type { MailLocale } from '../templates/template-types.js';

/** The zone a person without a chosen one reads dates in. */
export const defaultTimeZone = (locale: MailLocale): string => (locale === 'zh-CN' ? 'Asia/Shanghai' : 'UTC');

export function isTimeZone(value: string): boolean {
  if (value.length === 0 || value.length > 64 || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** `2026年3月1日 GMT+8 18:00` / `March 1, 2026 at 06:00 PM GMT+8`: date, time and the zone's offset, in the reader's zone. */
export function formatDate(date: Date, locale: MailLocale, timeZone: string | null | undefined): string {
  const zone = timeZone && isTimeZone(timeZone) ? timeZone : defaultTimeZone(locale);
  return new Intl.DateTimeFormat(locale, {
    timeZone: zone, year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
  }).format(date);
}

export const mailLocale = (value: string | null | undefined): MailLocale => (value === 'zh-CN' ? 'zh-CN' : 'en');
