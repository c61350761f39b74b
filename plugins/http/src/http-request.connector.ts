import { defineConnector } from '@baton/sdk';
import { z } from 'zod';

const RETRYABLE = new Set([429, 502, 503, 504]);

const inputs = z.object({
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD']).default('GET').describe('Method'),
  url: z.url({ protocol: /^https?$/ }).describe('URL'),
  headers: z.record(z.string(), z.string()).default({}).describe('Headers'),
  query: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}).describe('Query parameters'),
  body: z.unknown().optional().describe('Body (JSON unless a string)'),
  authentication: z.enum(['none', 'basic', 'bearer', 'apiKey']).default('none').describe('Authentication'),
  username: z.string().optional().describe('User name (basic)'),
  password: z.string().optional().describe('Password (basic)'),
  token: z.string().optional().describe('Bearer token'),
  apiKeyName: z.string().default('X-API-Key').describe('API key header or query name'),
  apiKey: z.string().optional().describe('API key'),
  apiKeyIn: z.enum(['header', 'query']).default('header').describe('Send the API key in'),
  timeoutMs: z.number().int().min(100).max(120_000).default(10_000).describe('Timeout (ms)'),
  retries: z.number().int().min(0).max(5).default(2).describe('Retries on 429/502/503/504 and network errors'),
});

const outputs = z.object({
  status: z.number().int(),
  headers: z.record(z.string(), z.string()),
  body: z.unknown(),
});

/** One REST call: everything from the task's inputs (FEEL in the model), secrets only in the secret fields. */
export const httpRequest = defineConnector({
  type: 'baton:http:request',
  version: '0.1.0',
  name: { 'zh-CN': 'HTTP 请求', en: 'HTTP request' },
  description: { 'zh-CN': '调用 REST 接口，结果写入流程变量', en: 'Calls a REST endpoint and maps the response to process variables' },
  inputs,
  outputs,
  secrets: ['password', 'token', 'apiKey'],
  async execute(ctx, input) {
    const url = new URL(input.url);
    for (const [key, value] of Object.entries(input.query)) url.searchParams.set(key, String(value));
    const headers = new Headers(input.headers);
    if (input.authentication === 'basic') headers.set('authorization', `Basic ${Buffer.from(`${input.username ?? ''}:${input.password ?? ''}`).toString('base64')}`);
    if (input.authentication === 'bearer') headers.set('authorization', `Bearer ${input.token ?? ''}`);
    if (input.authentication === 'apiKey') {
      if (input.apiKeyIn === 'query') url.searchParams.set(input.apiKeyName, input.apiKey ?? '');
      else headers.set(input.apiKeyName, input.apiKey ?? '');
    }
    // The engine's job id: a server that honours Idempotency-Key applies a retried job once.
    if (!headers.has('idempotency-key')) headers.set('idempotency-key', ctx.jobId);
    let body: string | undefined;
    if (input.body !== undefined && input.method !== 'GET' && input.method !== 'HEAD') {
      body = typeof input.body === 'string' ? input.body : JSON.stringify(input.body);
      if (!headers.has('content-type')) headers.set('content-type', typeof input.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json');
    }
    for (let attempt = 0; ; attempt += 1) {
      const signal = AbortSignal.any([ctx.signal, AbortSignal.timeout(input.timeoutMs)]);
      try {
        const response = await ctx.fetch(url, { method: input.method, headers, body, signal });
        if (RETRYABLE.has(response.status) && attempt < input.retries) {
          await response.body?.cancel();
          await pause(attempt);
          continue;
        }
        ctx.logger.info(`${input.method} ${url.origin}${url.pathname} → ${response.status}`);
        return { status: response.status, headers: Object.fromEntries(response.headers), body: await readBody(response) };
      } catch (error) {
        // Refusals (SSRF guard) and the job's own abort are final; time-outs and network errors are retried.
        if ((error as Error).name === 'SsrfError' || ctx.signal.aborted || attempt >= input.retries) throw error;
        await pause(attempt);
      }
    }
  },
});

const pause = (attempt: number) => new Promise((done) => setTimeout(done, 100 * 2 ** attempt));

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!(response.headers.get('content-type') ?? '').includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
