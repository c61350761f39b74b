export interface GqlError {
  message: string;
  extensions?: { code?: string; reason?: string; fields?: { key: string; message: string }[] };
}

export interface GqlResult<T = Record<string, unknown>> {
  data: T | null;
  errors?: GqlError[];
  cookies: string[];
  status: number;
}

export interface Caller {
  token?: string;
  cookie?: string;
  lang?: string;
  ip?: string;
}

/** A small typed GraphQL-over-HTTP client: what a browser or a script would send. */
export async function gql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  caller: Caller = {},
): Promise<GqlResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (caller.token) headers.authorization = `Bearer ${caller.token}`;
  if (caller.cookie) headers.cookie = caller.cookie;
  if (caller.lang) headers['accept-language'] = caller.lang;
  if (caller.ip) headers['x-forwarded-for'] = caller.ip;
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T | null; errors?: GqlError[] };
  return { data: body.data ?? null, errors: body.errors, cookies: res.headers.getSetCookie(), status: res.status };
}

export function refreshCookie(result: GqlResult): string | undefined {
  const raw = result.cookies.find((c) => c.startsWith('baton_refresh='));
  return raw?.split(';')[0];
}

export function codeOf(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

export function fieldsOf(result: GqlResult): string[] {
  return (result.errors?.[0]?.extensions?.fields ?? []).map((f) => f.key);
}
