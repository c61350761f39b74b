import { createRouter, createWebHistory, type Router } from 'vue-router';
import type { useSessionStore } from '@/features/auth/session-store';
import { routes } from './routes';

type SessionStore = ReturnType<typeof useSessionStore>;

export function createAppRouter(session: SessionStore): Router {
  const router = createRouter({ history: createWebHistory(), routes });

  router.beforeEach(async (to) => {
    await session.restore();
    if (to.meta.public) {
      const isAuthForm = to.name === 'sign-in' || to.name === 'sign-up';
      return isAuthForm && session.isSignedIn ? { name: 'apps' } : true;
    }
    if (!session.isSignedIn) {
      return { name: 'sign-in', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    }
    if (to.matched.some((record) => record.meta.admin) && !session.isAdmin) return { name: 'apps' };
    return true;
  });

  return router;
}

/** Where to go after signing in: the page the user was sent away from, if it is one of ours. */
export function redirectTarget(query: unknown): string {
  return typeof query === 'string' && query.startsWith('/') && !query.startsWith('//') ? query : '/apps';
}
