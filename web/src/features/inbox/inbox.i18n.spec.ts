import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@/i18n';

describe('inbox, modeller and monitor messages', () => {
  it.each(['en', 'zh-CN'] as const)('compile and render in %s', (locale) => {
    // given the app's i18n, when messages with literal braces and placeholders render, then they do not throw
    const { t } = createAppI18n(locale).global;
    expect(t('inbox.task.badJson')).toContain('{"approved": true}');
    expect(t('modeler.issues.errors', { n: 2 })).toContain('2');
    expect(t('modeler.deploy.done', { id: 'p', version: 3 })).toContain('3');
    expect(t('monitor.start.badVariables')).not.toBe('monitor.start.badVariables');
  });
});
