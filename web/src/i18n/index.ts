import { createI18n } from 'vue-i18n';
import { en } from './en';
import { zhCN, type Messages } from './zh-CN';

export type AppLocale = 'zh-CN' | 'en';

export const SUPPORTED_LOCALES: readonly { code: AppLocale; label: string }[] = [
  // Each language is named in itself, so a reader finds theirs whatever the current locale is.
  { code: 'zh-CN', label: '中文' },
  { code: 'en', label: 'English' },
];

export const LOCALE_STORAGE_KEY = 'baton.locale';

export function isAppLocale(value: unknown): value is AppLocale {
  return value === 'zh-CN' || value === 'en';
}

export function detectLocale(): AppLocale {
  const stored = readStoredLocale();
  if (stored) return stored;
  const browser = typeof navigator === 'undefined' ? '' : navigator.language;
  return browser.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function readStoredLocale(): AppLocale | null {
  try {
    const value = localStorage.getItem(LOCALE_STORAGE_KEY);
    return isAppLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberLocale(locale: AppLocale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode or disabled storage: the choice lasts for this page only.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export function createAppI18n(locale: AppLocale = detectLocale()) {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  return createI18n<[Messages], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { 'zh-CN': zhCN, en },
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;
