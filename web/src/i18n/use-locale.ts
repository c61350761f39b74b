import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { isAppLocale, rememberLocale, type AppLocale } from './index';

/** The UI locale: reading it, and switching it for the whole app (remembered across visits). */
export function useLocale() {
  const { locale } = useI18n({ useScope: 'global' });
  const current = computed<AppLocale>(() => (isAppLocale(locale.value) ? locale.value : 'en'));
  function setLocale(next: AppLocale): void {
    locale.value = next;
    rememberLocale(next);
  }
  return { locale: current, setLocale };
}
