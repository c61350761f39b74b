import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { useI18n } from 'vue-i18n';
import { detectLocale, LOCALE_STORAGE_KEY } from '@/i18n';
import { createTestPlugins } from '@/test/mount-helpers';
import LocaleSwitcher from './LocaleSwitcher.vue';

const Harness = defineComponent(() => {
  const { t } = useI18n();
  return () => h('div', [h('span', { 'data-testid': 'label' }, t('nav.inbox')), h(LocaleSwitcher)]);
});

beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

describe('LocaleSwitcher', () => {
  it('switches the visible text and remembers the choice', async () => {
    // given the app in English
    const { plugins, i18n } = createTestPlugins('en');
    const wrapper = mount(Harness, { global: { plugins: plugins as never[] } });
    expect(wrapper.find('[data-testid="label"]').text()).toBe('Inbox');
    expect(wrapper.find('[data-testid="locale-en"]').attributes('aria-pressed')).toBe('true');

    // when the user picks Chinese
    await wrapper.find('[data-testid="locale-zh-CN"]').trigger('click');

    // then the text is Chinese, the choice is stored, and the next visit starts in Chinese
    expect(wrapper.find('[data-testid="label"]').text()).toBe('待办');
    expect(i18n.global.locale.value).toBe('zh-CN');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(wrapper.find('[data-testid="locale-zh-CN"]').attributes('aria-pressed')).toBe('true');
    vi.stubGlobal('navigator', { language: 'en-US' });
    expect(detectLocale()).toBe('zh-CN');
  });
});

describe('detectLocale', () => {
  it.each([
    { title: 'zh-TW browser → zh-CN', language: 'zh-TW', expected: 'zh-CN' },
    { title: 'zh browser → zh-CN', language: 'zh', expected: 'zh-CN' },
    { title: 'en-GB browser → en', language: 'en-GB', expected: 'en' },
    { title: 'fr-FR browser → en', language: 'fr-FR', expected: 'en' },
  ])('$title', ({ language, expected }) => {
    // given no stored choice and a browser language, when detecting, then it maps to a supported locale
    vi.stubGlobal('navigator', { language });
    expect(detectLocale()).toBe(expected);
  });

  it('ignores an unsupported stored value', () => {
    // given a stored value that is not a locale we ship
    localStorage.setItem(LOCALE_STORAGE_KEY, 'de');
    vi.stubGlobal('navigator', { language: 'zh-CN' });
    // when detecting, then the browser language decides
    expect(detectLocale()).toBe('zh-CN');
  });
});
