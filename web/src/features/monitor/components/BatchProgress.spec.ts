import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configureApi } from '@/api/client';
import { createTestPlugins, mockGraphQL, requestBody } from '@/test/mount-helpers';
import type { BatchView } from '../batch-view';
import BatchProgress from './BatchProgress.vue';

/** The graphql-ws transport, replaced: tests push subscription messages (or fail the subscription) by hand. */
const live = vi.hoisted(() => ({
  handlers: null as null | { next: (data: unknown) => void; error?: (error: unknown) => void },
  variables: null as unknown,
  stopped: 0,
}));
vi.mock('@/api/subscribe', () => ({
  subscribe: (_document: unknown, variables: unknown, handlers: typeof live.handlers) => {
    live.handlers = handlers;
    live.variables = variables;
    return () => (live.stopped += 1);
  },
}));

const batch = (overrides: Partial<BatchView> = {}): BatchView => ({
  id: 'b1',
  kind: 'CANCEL',
  state: 'RUNNING',
  totalCount: 3,
  doneCount: 0,
  failedCount: 0,
  pendingCount: 3,
  failures: [],
  ...overrides,
});
const failure = {
  processInstanceId: '12345678-aaaa-4000-8000-000000000000',
  reason: 'INSTANCE_NOT_ACTIVE',
  message: 'Process instance 1234 has already ended (COMPLETED).',
  keys: [],
};

function mountProgress(locale: 'en' | 'zh-CN', intervalMs: number, start: BatchView, ...responses: unknown[]) {
  const fetchMock = mockGraphQL(...responses);
  const { plugins, i18n } = createTestPlugins(locale);
  configureApi({
    token: () => 'token',
    locale: () => i18n.global.locale.value,
    refresh: async () => false,
    onSessionLost: () => undefined,
  });
  const wrapper = mount(BatchProgress, {
    props: { batch: start, intervalMs },
    global: { plugins: plugins as never[] },
    attachTo: document.body,
  });
  return { wrapper, fetchMock };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await flushPromises();
  }
};

afterEach(() => {
  live.handlers = null;
  live.stopped = 0;
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('BatchProgress', () => {
  it('follows the progress subscription live and stops listening when the batch ends', async () => {
    // given a running batch, subscribed to by id, with polling far off
    const { wrapper, fetchMock } = mountProgress('en', 60_000, batch());
    await flushPromises();
    expect(live.variables).toEqual({ id: 'b1' });
    // when the server pushes one instance done, then the end with one failure
    live.handlers!.next({ batchOperationProgress: batch({ doneCount: 1, pendingCount: 2 }) });
    await flushPromises();
    expect(wrapper.get('[data-testid="batch-counts"]').text()).toBe('1 done · 0 failed · 3 in all');
    live.handlers!.next({
      batchOperationProgress: batch({
        state: 'COMPLETED',
        doneCount: 2,
        failedCount: 1,
        pendingCount: 0,
        failures: [failure],
      }),
    });
    await flushPromises();
    // then the counts, the bar and the state follow without a single request, the failure shows, and the subscription ends
    expect(wrapper.get('[data-testid="batch-counts"]').text()).toBe('2 done · 1 failed · 3 in all');
    expect(wrapper.get('[data-testid="batch-state"]').text()).toBe('Completed');
    expect(wrapper.get('[data-testid="batch-bar"]').attributes('aria-valuenow')).toBe('100');
    expect(wrapper.text()).toContain('Failed instances (1)');
    expect(wrapper.emitted('ended')).toHaveLength(1);
    expect(live.stopped).toBe(1);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('falls back to reading the batch when the subscription fails, until it ends', async () => {
    // given a running batch whose reads show one instance done, then all three processed with one failure
    const { wrapper, fetchMock } = mountProgress(
      'en',
      5,
      batch(),
      { data: { batchOperation: batch({ doneCount: 1, pendingCount: 2 }) } },
      {
        data: {
          batchOperation: batch({
            state: 'COMPLETED',
            doneCount: 2,
            failedCount: 1,
            pendingCount: 0,
            failures: [failure],
          }),
        },
      },
    );
    expect(wrapper.get('[data-testid="batch-counts"]').text()).toBe('0 done · 0 failed · 3 in all');
    // when the subscription fails and the batch is polled until it ends
    await flushPromises();
    live.handlers!.error!(new Error('socket closed'));
    await until(() => wrapper.emitted('ended') !== undefined);
    // then the counts follow the reads, the failure shows with its reason, and polling stops
    expect(wrapper.get('[data-testid="batch-counts"]').text()).toBe('2 done · 1 failed · 3 in all');
    expect(wrapper.text()).toContain('Failed instances (1)');
    expect(wrapper.emitted('ended')).toHaveLength(1);
    const calls = fetchMock.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetchMock.mock.calls.length).toBe(calls);
    expect(requestBody(fetchMock, 0).variables).toEqual({ id: 'b1' });
  });

  it('speaks Chinese in zh-CN', async () => {
    const { wrapper } = mountProgress('zh-CN', 60_000, batch({ kind: 'MIGRATE', doneCount: 1, pendingCount: 2 }), {
      data: { batchOperation: batch({ kind: 'MIGRATE', doneCount: 1, pendingCount: 2 }) },
    });
    await flushPromises();
    expect(wrapper.text()).toContain('批量迁移');
    expect(wrapper.get('[data-testid="batch-counts"]').text()).toBe('成功 1 · 失败 0 · 共 3');
    expect(wrapper.get('[data-testid="batch-state"]').text()).toBe('进行中');
    wrapper.unmount();
  });

  it('stops a running batch', async () => {
    // given a running batch, when Stop is clicked
    const { wrapper, fetchMock } = mountProgress('en', 60_000, batch({ doneCount: 1, pendingCount: 2 }), {
      data: { cancelBatchOperation: batch({ state: 'CANCELLED', doneCount: 1, pendingCount: 2 }) },
    });
    await wrapper.get('[data-testid="batch-stop"]').trigger('click');
    await until(() => wrapper.emitted('ended') !== undefined);
    // then cancelBatchOperation was sent and the batch shows as stopped, with nothing more to stop
    expect(requestBody(fetchMock, fetchMock.mock.calls.length - 1).query).toContain('cancelBatchOperation');
    expect(wrapper.get('[data-testid="batch-state"]').text()).toBe('Stopped');
    expect(wrapper.find('[data-testid="batch-stop"]').exists()).toBe(false);
  });
});
