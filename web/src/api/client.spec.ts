import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeDocument } from '@/features/auth/auth.graphql';
import { mockGraphQL, requestHeaders } from '@/test/mount-helpers';
import { ApiError } from './api-error';
import { configureApi, request } from './client';

const me = {
  me: {
    role: 'OWNER',
    user: { id: 'u1', email: 'a@example.com', name: 'A', locale: 'en' },
    workspace: { id: 'w1', name: 'W' },
    groups: [],
    workspaces: [],
  },
};
const unauthenticated = { data: null, errors: [{ message: 'Token expired', extensions: { code: 'UNAUTHENTICATED' } }] };

function session(token: { value: string }, refreshResult: boolean) {
  const api = {
    token: () => token.value,
    locale: () => 'zh-CN',
    refresh: vi.fn(async () => {
      token.value = 'fresh';
      return refreshResult;
    }),
    onSessionLost: vi.fn(),
  };
  configureApi(api);
  return api;
}

afterEach(() => vi.unstubAllGlobals());

describe('request', () => {
  it('sends the bearer token and the UI locale', async () => {
    // given a session with a token
    const fetchMock = mockGraphQL({ data: me });
    session({ value: 'abc' }, true);
    // when a query runs
    await request(MeDocument, {});
    // then the headers carry both
    expect(requestHeaders(fetchMock, 0)).toMatchObject({ authorization: 'Bearer abc', 'accept-language': 'zh-CN' });
  });

  it('refreshes once on UNAUTHENTICATED and retries with the new token', async () => {
    // given an expired token that the refresh cookie can renew
    const fetchMock = mockGraphQL(unauthenticated, { data: me });
    const api = session({ value: 'old' }, true);
    // when a query runs
    const data = await request(MeDocument, {});
    // then it was retried once with the fresh token
    expect(data.me.user.id).toBe('u1');
    expect(api.refresh).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(requestHeaders(fetchMock, 1).authorization).toBe('Bearer fresh');
    expect(api.onSessionLost).not.toHaveBeenCalled();
  });

  it('gives up and reports the lost session when the refresh fails', async () => {
    // given an expired token and no valid refresh cookie
    mockGraphQL(unauthenticated);
    const api = session({ value: 'old' }, false);
    // when a query runs, then it fails with UNAUTHENTICATED and the session is reported lost
    await expect(request(MeDocument, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(api.onSessionLost).toHaveBeenCalledTimes(1);
  });

  it('turns a failed fetch into a NETWORK error', async () => {
    // given an unreachable server
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    session({ value: 'abc' }, true);
    // when a query runs, then the error code is NETWORK
    const error = await request(MeDocument, {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('NETWORK');
  });
});
