import ElementPlus from 'element-plus';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { vi } from 'vitest';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { createAppI18n, type AppI18n, type AppLocale } from '@/i18n';

const Blank = { render: () => null };

/** Pinia, i18n, Element Plus and a memory router with the route names the components link to. */
export function createTestPlugins(locale: AppLocale = 'en'): {
  pinia: Pinia;
  i18n: AppI18n;
  router: Router;
  plugins: unknown[];
} {
  const pinia = createPinia();
  setActivePinia(pinia);
  const i18n = createAppI18n(locale);
  const names = ['sign-in', 'sign-up', 'apps', 'inbox', 'records', 'monitor', 'marketplace', 'admin', 'account'];
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: Blank }, ...names.map((name) => ({ path: `/${name}`, name, component: Blank }))],
  });
  return { pinia, i18n, router, plugins: [pinia, i18n, router, ElementPlus] };
}

/** Answers every GraphQL request with the given bodies in turn (the last one repeats). */
export function mockGraphQL(...bodies: unknown[]) {
  const queue = [...bodies];
  const fetchMock = vi.fn(async () => {
    const body = queue.length > 1 ? queue.shift() : queue[0];
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function requestBody(
  fetchMock: ReturnType<typeof mockGraphQL>,
  call: number,
): { query: string; variables: unknown } {
  const init = (fetchMock.mock.calls[call] as unknown[] | undefined)?.[1] as RequestInit | undefined;
  return JSON.parse(String(init?.body)) as { query: string; variables: unknown };
}

export function requestHeaders(fetchMock: ReturnType<typeof mockGraphQL>, call: number): Record<string, string> {
  const init = (fetchMock.mock.calls[call] as unknown[] | undefined)?.[1] as RequestInit | undefined;
  return Object.fromEntries(new Headers(init?.headers).entries());
}
