/** A request the connector made through `ctx.fetch`, as the stubs saw it. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
}

export interface StubReply {
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent as it is; anything else as JSON (with `content-type: application/json` unless set). */
  body?: unknown;
  /** Fails the request as a network error would (fetch rejects with a TypeError whose cause is this). */
  networkError?: string;
  /** Answers after this many milliseconds, or rejects sooner when the request's signal aborts. */
  delayMs?: number;
}

/** One stubbed endpoint: matched in order, first match wins. */
export interface HttpStub {
  /** Any method when omitted. */
  method?: string;
  /** The full URL without the query (`https://api.example.com/v1/items`), or a RegExp tested on the full URL. */
  url: string | RegExp;
  reply: StubReply | ((request: RecordedRequest) => StubReply | Promise<StubReply>);
  /** How many requests it answers; then later stubs (or the "no stub" error) take over. Unlimited when omitted. */
  times?: number;
}

/** Thrown by the stubbed fetch for a request no stub matches: a test must say what the outside world answers. */
export class UnstubbedRequestError extends Error {
  constructor(readonly request: RecordedRequest) {
    super(`No HTTP stub for ${request.method} ${request.url}; add one to the "http" option.`);
    this.name = 'UnstubbedRequestError';
  }
}

const MAX_REDIRECTS = 5;

function matches(stub: HttpStub, request: RecordedRequest): boolean {
  if (stub.method && stub.method.toUpperCase() !== request.method) return false;
  if (stub.url instanceof RegExp) return stub.url.test(request.url);
  const url = new URL(request.url);
  return stub.url === `${url.origin}${url.pathname}` || stub.url === request.url;
}

async function bodyText(body: RequestInit['body']): Promise<string | null> {
  if (body === undefined || body === null) return null;
  return new Response(body).text();
}

function delay(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((done, fail) => {
    if (signal?.aborted) return fail(signal.reason);
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      fail(signal.reason);
    }, { once: true });
  });
}

/**
 * A `fetch` that never leaves the process: each request is recorded and answered by the first matching stub, redirects
 * are followed as fetch does (unless `redirect: 'manual'`), and an unmatched request fails with UnstubbedRequestError.
 * It stands in for `ctx.fetch` (the SSRF-guarded fetch the plugin host gives a connector), so the boundary a connector
 * talks to is exactly the one stubbed.
 */
export function stubFetch(stubs: readonly HttpStub[], recorded: RecordedRequest[] = []): typeof fetch {
  const used = new Map<HttpStub, number>();
  const answer = async (request: RecordedRequest, signal: AbortSignal | null | undefined): Promise<Response> => {
    recorded.push(request);
    const stub = stubs.find((s) => matches(s, request) && (s.times === undefined || (used.get(s) ?? 0) < s.times));
    if (!stub) throw new UnstubbedRequestError(request);
    used.set(stub, (used.get(stub) ?? 0) + 1);
    const reply = typeof stub.reply === 'function' ? await stub.reply(request) : stub.reply;
    if (reply.delayMs) await delay(reply.delayMs, signal);
    if (signal?.aborted) throw signal.reason;
    if (reply.networkError) throw new TypeError('fetch failed', { cause: new Error(reply.networkError) });
    const headers = new Headers(reply.headers);
    let body: string | null = null;
    if (reply.body !== undefined) {
      body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      if (typeof reply.body !== 'string' && !headers.has('content-type')) headers.set('content-type', 'application/json');
    }
    const status = reply.status ?? 200;
    return new Response([101, 204, 205, 304].includes(status) || request.method === 'HEAD' ? null : body, { status, headers });
  };
  return (async (input: string | URL | Request, init: RequestInit = {}) => {
    const base = input instanceof Request ? input : null;
    let url = new URL(base ? base.url : String(input));
    let method = (init.method ?? base?.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(new Headers(init.headers ?? base?.headers));
    let body = await bodyText(init.body ?? (base && base.body ? await base.text() : undefined));
    const signal = init.signal ?? base?.signal;
    for (let hop = 0; ; hop += 1) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`fetch failed: unsupported scheme ${url.protocol}`);
      const response = await answer({ method, url: url.toString(), headers, body }, signal);
      const location = response.headers.get('location');
      if (init.redirect === 'manual' || response.status < 300 || response.status > 308 || !location) return response;
      if (init.redirect === 'error' || hop >= MAX_REDIRECTS) throw new TypeError('fetch failed: too many redirects or redirects refused');
      url = new URL(location, url);
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
        method = 'GET';
        body = null;
      }
    }
  }) as typeof fetch;
}
