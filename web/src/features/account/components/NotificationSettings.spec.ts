import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configureApi } from '@/api/client';
import { createTestPlugins, mockGraphQL, requestBody } from '@/test/mount-helpers';
import NotificationSettings from './NotificationSettings.vue';

const preferences = (overrides: Partial<{ enabled: boolean[]; timeZone: string | null; emailEnabled: boolean }> = {}) => {
  const enabled = overrides.enabled ?? [true, true, true];
  return {
    kinds: ['TASK_ASSIGNED', 'TASK_SLA_REMINDER', 'TASK_ESCALATION'].map((kind, i) => ({ kind, enabled: enabled[i] })),
    timeZone: overrides.timeZone ?? null,
    emailEnabled: overrides.emailEnabled ?? true,
  };
};

async function mountSettings(locale: 'en' | 'zh-CN', ...responses: unknown[]) {
  const fetchMock = mockGraphQL(...responses);
  const { plugins, i18n } = createTestPlugins(locale);
  configureApi({ token: () => 'token', locale: () => i18n.global.locale.value, refresh: async () => false, onSessionLost: () => undefined });
  const wrapper = mount(NotificationSettings, { global: { plugins: plugins as never[] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, fetchMock };
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('NotificationSettings', () => {
  it('lists each kind with its English label and says when the workspace sends no mail yet', async () => {
    // given a workspace without SMTP, when the section loads
    const { wrapper } = await mountSettings('en', { data: { notificationPreferences: preferences({ emailEnabled: false }) } });
    // then the three kinds are there, switched on, and the notice shows
    const text = wrapper.text();
    expect(text).toContain('New tasks');
    expect(text).toContain('Due-date reminders');
    expect(text).toContain('Overdue task escalations');
    expect(wrapper.find('[data-testid="notifications-email-off"]').exists()).toBe(true);
    expect(wrapper.findAll('.el-switch.is-checked')).toHaveLength(3);
  });

  it('uses the Chinese labels in zh-CN', async () => {
    // given the Chinese UI, when the section loads
    const { wrapper } = await mountSettings('zh-CN', { data: { notificationPreferences: preferences() } });
    // then the labels are Chinese and there is no SMTP notice
    expect(wrapper.text()).toContain('新任务');
    expect(wrapper.text()).toContain('任务即将到期提醒');
    expect(wrapper.text()).toContain('逾期任务升级');
    expect(wrapper.find('[data-testid="notifications-email-off"]').exists()).toBe(false);
  });

  it('switches one kind off and shows what the server saved', async () => {
    // given all kinds on
    const { wrapper, fetchMock } = await mountSettings(
      'en',
      { data: { notificationPreferences: preferences() } },
      { data: { setNotificationPreference: preferences({ enabled: [true, false, true] }) } },
    );
    // when the reminder switch is clicked
    await wrapper.find('[data-testid="notify-TASK_SLA_REMINDER"]').trigger('click');
    await flushPromises();
    // then the mutation names that kind, and the switch shows off
    const body = requestBody(fetchMock, 1);
    expect(body.query).toContain('setNotificationPreference');
    expect(body.variables).toEqual({ kind: 'TASK_SLA_REMINDER', enabled: false });
    expect(wrapper.find('[data-testid="notify-TASK_SLA_REMINDER"]').classes()).not.toContain('is-checked');
    expect(wrapper.findAll('.el-switch.is-checked')).toHaveLength(2);
  });

  it('shows a refused time zone beside the field and keeps the saved one', async () => {
    // given a saved zone, and a server that refuses the next one
    const { wrapper, fetchMock } = await mountSettings(
      'en',
      { data: { notificationPreferences: preferences({ timeZone: 'Asia/Shanghai' }) } },
      { data: null, errors: [{ message: 'Please correct', extensions: { code: 'BAD_USER_INPUT', fields: [{ key: 'timeZone', message: '"Mars/Olympus" is not a time zone' }] } }] },
    );
    // when the member picks another zone
    const select = wrapper.findComponent({ name: 'ElSelect' });
    select.vm.$emit('update:modelValue', 'Mars/Olympus');
    select.vm.$emit('change', 'Mars/Olympus');
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 150));
    // then the server's message shows and the select is back on the saved zone
    expect(requestBody(fetchMock, 1).variables).toEqual({ timeZone: 'Mars/Olympus' });
    expect(wrapper.text()).toContain('"Mars/Olympus" is not a time zone');
    expect(select.props('modelValue')).toBe('Asia/Shanghai');
  });
});
