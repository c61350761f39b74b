import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configureApi } from '@/api/client';
import { createTestPlugins, mockGraphQL, requestBody, requestHeaders } from '@/test/mount-helpers';
import SignInPage from './SignInPage.vue';

async function mountSignIn(locale: 'en' | 'zh-CN' = 'en') {
  const { plugins, router, i18n } = createTestPlugins(locale);
  configureApi({
    token: () => null,
    locale: () => i18n.global.locale.value,
    refresh: async () => false,
    onSessionLost: () => undefined,
  });
  await router.push('/');
  const wrapper = mount(SignInPage, {
    global: { plugins: plugins as never[], stubs: { transition: false, 'transition-group': false } },
    attachTo: document.body,
  });
  return { wrapper, router };
}

async function fillAndSubmit(
  wrapper: Awaited<ReturnType<typeof mountSignIn>>['wrapper'],
  email: string,
  password: string,
) {
  await wrapper.find('input[data-testid="email"]').setValue(email);
  await wrapper.find('input[data-testid="password"]').setValue(password);
  await wrapper.find('form').trigger('submit');
  await flushPromises();
  // Element Plus debounces a form item's error display by 100 ms.
  await new Promise((resolve) => setTimeout(resolve, 150));
  await flushPromises();
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('SignInPage', () => {
  it('shows BAD_USER_INPUT field errors beside the matching form item', async () => {
    // given a server that rejects the email field
    const fetchMock = mockGraphQL({
      data: null,
      errors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ key: 'input.email', message: 'No account uses this email' }],
          },
        },
      ],
    });
    const { wrapper } = await mountSignIn();

    // when the user signs in
    await fillAndSubmit(wrapper, 'ghost@example.com', 'secret-password');

    // then the login mutation went out with the locale, and the email item shows the server's message
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(requestBody(fetchMock, 0).query).toContain('mutation Login');
    expect(requestHeaders(fetchMock, 0)['accept-language']).toBe('en');
    const emailItem = wrapper.findAll('.el-form-item')[0];
    expect(emailItem?.classes()).toContain('is-error');
    expect(emailItem?.find('.el-form-item__error').text()).toBe('No account uses this email');
    expect(wrapper.findAll('.el-form-item')[1]?.find('.el-form-item__error').exists()).toBe(false);
    expect(wrapper.find('[data-testid="form-error"]').exists()).toBe(false);
  });

  it('shows an error without fields above the form', async () => {
    // given a server that rejects the credentials as a whole
    mockGraphQL({
      data: null,
      errors: [{ message: 'Wrong email or password', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const { wrapper } = await mountSignIn();

    // when the user signs in
    await fillAndSubmit(wrapper, 'someone@example.com', 'wrong-password');

    // then the message is shown as a form-level alert
    expect(wrapper.find('[data-testid="form-error"]').text()).toContain('Wrong email or password');
  });

  it('does not call the server while the email is invalid', async () => {
    // given any server
    const fetchMock = mockGraphQL({ data: null });
    const { wrapper } = await mountSignIn('zh-CN');

    // when the email is not an email
    await fillAndSubmit(wrapper, 'not-an-email', 'x');

    // then nothing is sent and the localized client-side message shows
    expect(fetchMock).not.toHaveBeenCalled();
    expect(wrapper.findAll('.el-form-item')[0]?.find('.el-form-item__error').text()).toBe('请输入有效的邮箱地址');
  });
});
