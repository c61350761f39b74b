import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore, type Me } from '@/features/auth/session-store';
import type { DraftFieldsFragment, Role } from '@/gql/graphql';
import { createTestPlugins, mockGraphQL, requestBody } from '@/test/mount-helpers';
import AppsPage from './AppsPage.vue';
import DraftCard from './DraftCard.vue';

function meWith(role: Role): Me {
  const workspace = { id: 'w1', name: 'Acme' };
  return {
    role,
    workspace,
    user: { id: 'u1', email: 'ann@example.com', name: 'Ann', locale: 'en' },
    groups: [],
    workspaces: [{ role, workspace }],
  };
}

const renewal = {
  id: 'a1',
  key: 'customer-renewal',
  name: '客户续费审批',
  nameZhCN: '客户续费审批',
  nameEn: 'Customer renewal approval',
  icon: 'Money',
  myOpenTasks: 2,
  myRecords: 5,
};

async function mountWith<T>(component: T, role: Role, locale: 'en' | 'zh-CN', props: Record<string, unknown> = {}) {
  const { plugins } = createTestPlugins(locale);
  useSessionStore().me = meWith(role);
  const wrapper = mount(component as never, {
    props: props as never,
    global: { plugins: plugins as never[], stubs: { RouterLink: { template: '<a><slot /></a>' } } },
    attachTo: document.body,
  });
  await flushPromises();
  return wrapper;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('AppsPage', () => {
  it.each<{ role: Role; create: boolean }>([
    { role: 'MEMBER', create: false },
    { role: 'BUILDER', create: true },
    { role: 'OWNER', create: true },
  ])('$role: create offered $create', async ({ role, create }) => {
    // given one app, when the page renders for this role
    mockGraphQL({ data: { apps: [renewal] } });
    const wrapper = await mountWith(AppsPage, role, 'en');
    // then the card shows the English name and my counts, and Create only for builders
    const card = wrapper.find('[data-testid="app-card-customer-renewal"]');
    expect(card.find('[data-testid="app-card-name"]').text()).toBe('Customer renewal approval');
    expect(card.find('[data-testid="app-card-tasks"]').text()).toContain('2');
    expect(card.find('[data-testid="app-card-records"]').text()).toContain('5');
    expect(wrapper.find('[data-testid="apps-create"]').exists()).toBe(create);
  });

  it('names apps in Chinese for a zh-CN reader', async () => {
    mockGraphQL({ data: { apps: [{ ...renewal, name: 'Customer renewal approval' }] } });
    const wrapper = await mountWith(AppsPage, 'MEMBER', 'zh-CN');
    expect(wrapper.find('[data-testid="app-card-name"]').text()).toBe('客户续费审批');
  });
});

const inReview: DraftFieldsFragment = {
  id: 'd1',
  appKey: 'customer-renewal',
  kind: 'PROCESS',
  key: 'customer_renewal',
  state: 'IN_REVIEW',
  authorId: 'u1',
  contributorIds: ['u1'],
  baseVersion: null,
  deployedVersion: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  problems: [],
  reviews: [
    { id: 'r1', action: 'SUBMITTED', actorId: 'u1', actorName: 'Ann', comment: 'Please review', createdAt: '2026-01-01T00:00:00Z', elementComments: [] },
  ],
};

describe('DraftCard', () => {
  it('shows the server refusing the author’s own request for changes', async () => {
    // given the author looking at their draft in review
    const fetchMock = mockGraphQL(
      { data: { draft: { id: 'd1', kind: 'PROCESS', bpmnXml: '<definitions/>', formSchema: null } } },
      {
        data: null,
        errors: [{ message: 'You saved this draft, so someone else must review it.', extensions: { code: 'FORBIDDEN' } }],
      },
    );
    const wrapper = await mountWith(DraftCard, 'BUILDER', 'en', { draft: inReview, userId: 'u1' });
    expect(wrapper.find('[data-testid="draft-own-hint"]').exists()).toBe(true);

    // when they request changes with a comment
    await wrapper.find('[data-testid="draft-request-changes"]').trigger('click');
    await flushPromises();
    const comment = document.querySelector<HTMLTextAreaElement>('textarea[data-testid="review-comment"]');
    expect(comment).not.toBeNull();
    comment!.value = 'Raise the threshold';
    comment!.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('[data-testid="review-confirm"]')?.click();
    await flushPromises();

    // then the request went out and the refusal is shown in the dialog and on the card
    expect(requestBody(fetchMock, 1).variables).toMatchObject({ draftId: 'd1', comment: 'Raise the threshold' });
    expect(document.querySelector('[data-testid="review-error"]')?.textContent).toContain('someone else must review it');
    expect(wrapper.find('[data-testid="draft-refusal"]').text()).toContain('Refused: You saved this draft');
  });
});
