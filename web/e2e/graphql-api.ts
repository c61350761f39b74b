// Shared by the end-to-end specs: the public GraphQL API for setup and checks, next to what the browser does.
import assert from 'node:assert/strict';

/** POSTs one operation to `<serverUrl>/graphql`; fails the test on GraphQL errors and returns `data`. */
export async function graphqlCall<T = Record<string, unknown>>(
  serverUrl: string,
  query: string,
  variables: unknown = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${serverUrl}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data as T;
}

/** An access token for an existing account (`login`). */
export async function loginToken(serverUrl: string, email: string, password: string): Promise<string> {
  const { login } = await graphqlCall<{ login: { token: string } }>(
    serverUrl,
    'mutation($input: LoginInput!) { login(input: $input) { token } }',
    { input: { email, password } },
  );
  return login.token;
}
