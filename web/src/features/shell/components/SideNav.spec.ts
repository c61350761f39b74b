import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { useSessionStore, type Me } from '@/features/auth/session-store';
import type { Role } from '@/gql/graphql';
import { createTestPlugins } from '@/test/mount-helpers';
import SideNav from './SideNav.vue';

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

async function mountAs(role: Role) {
  const { plugins, router } = createTestPlugins('en');
  const session = useSessionStore();
  session.token = 'token';
  session.me = meWith(role);
  await router.push('/apps');
  const wrapper = mount(SideNav, { global: { plugins: plugins as never[] } });
  await flushPromises();
  return { wrapper, router };
}

describe('SideNav', () => {
  it.each<{ role: Role; admin: boolean }>([
    { role: 'MEMBER', admin: false },
    { role: 'BUILDER', admin: false },
    { role: 'ADMIN', admin: true },
    { role: 'OWNER', admin: true },
  ])('shows Admin to $role: $admin', async ({ role, admin }) => {
    // given a signed-in user with this role, when the nav renders
    const { wrapper } = await mountAs(role);
    // then the five product areas always show and Admin only for owners and admins
    for (const key of ['apps', 'inbox', 'records', 'monitor', 'marketplace']) {
      expect(wrapper.find(`[data-testid="nav-${key}"]`).exists()).toBe(true);
    }
    expect(wrapper.find('[data-testid="nav-admin"]').exists()).toBe(admin);
    expect(wrapper.text().includes('Admin')).toBe(admin);
  });

  it('navigates to the picked area', async () => {
    // given a member on Apps
    const { wrapper, router } = await mountAs('MEMBER');
    // when they pick Inbox
    await wrapper.find('[data-testid="nav-inbox"]').trigger('click');
    await flushPromises();
    // then the route is Inbox
    expect(router.currentRoute.value.name).toBe('inbox');
  });
});
