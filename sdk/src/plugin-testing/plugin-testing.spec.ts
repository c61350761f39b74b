import { z } from 'zod';
import { ConnectorContractError } from '../connector/connector-errors';
import { defineConnector, defineTrigger } from '../connector/define-connector';
import { ConnectorTestOptions, runConnectorForTest, runTriggerForTest } from './run-connector-for-test';
import { RecordedRequest, TestLog } from './index';
import { stubFetch, UnstubbedRequestError } from './stub-http';

const lookup = defineConnector({
  type: 'acme:lookup',
  version: '1.0.0',
  name: { 'zh-CN': '查询', en: 'Lookup' },
  inputs: z.object({ id: z.string(), token: z.string() }),
  outputs: z.object({ name: z.string(), status: z.number() }),
  secrets: ['token'],
  async execute(ctx, input) {
    const res = await ctx.fetch(`https://crm.example.com/v1/customers/${input.id}?full=1`, { headers: { authorization: `Bearer ${input.token}` }, signal: ctx.signal });
    ctx.logger.info(`looked up with ${input.token}`);
    const body = (await res.json()) as { name: string };
    return { name: body.name, status: res.status };
  },
});

describe('runConnectorForTest', () => {
  it('answers ctx.fetch from the stubs, records requests and masks secrets in the logs', async () => {
    // given a stub for the customer endpoint
    const http = [{ method: 'GET', url: 'https://crm.example.com/v1/customers/7', reply: { body: { name: '王芳' } } }];
    // when the connector runs with its secret
    const { output, requests, logs } = await runConnectorForTest(lookup, { inputs: { id: '7' }, secrets: { token: 'tok-secret' }, http });
    // then it got the stubbed answer, sent the bearer token, and the log line has the token masked
    expect(output).toEqual({ name: '王芳', status: 200 });
    expect(requests).toEqual([expect.objectContaining({ method: 'GET', url: 'https://crm.example.com/v1/customers/7?full=1', headers: expect.objectContaining({ authorization: 'Bearer tok-secret' }) })]);
    expect(logs).toEqual([{ level: 'info', line: 'looked up with ***' }]);
  });

  it('follows a stubbed redirect, and a reply function sees the request', async () => {
    const http = [
      { url: 'https://crm.example.com/v1/customers/7', reply: { status: 301, headers: { location: '/v2/customers/7' } } },
      { url: /\/v2\/customers\/7$/, reply: (request: RecordedRequest) => ({ status: 203, body: { name: request.url } }) },
    ];
    const { output } = await runConnectorForTest(lookup, { inputs: { id: '7' }, secrets: { token: 't' }, http });
    expect(output).toEqual({ name: 'https://crm.example.com/v2/customers/7', status: 203 });
  });

  it('fails a request no stub answers, and keeps what was sent for the test to see', async () => {
    const record = { requests: [] as RecordedRequest[], logs: [] as TestLog[] };
    await expect(runConnectorForTest(lookup, { inputs: { id: '8' }, secrets: { token: 't' }, http: [], record })).rejects.toBeInstanceOf(UnstubbedRequestError);
    expect(record.requests.map((r) => r.url)).toEqual(['https://crm.example.com/v1/customers/8?full=1']);
  });

  it('stops at the time budget', async () => {
    const slow = [{ url: 'https://crm.example.com/v1/customers/7', reply: { delayMs: 5_000, body: { name: 'x' } } }];
    await expect(runConnectorForTest(lookup, { inputs: { id: '7' }, secrets: { token: 't' }, http: slow, timeoutMs: 50 })).rejects.toThrow(/did not finish within 50 ms/);
  });

  it('lets a stub answer `times` requests, then the next matching stub', async () => {
    const fetch = stubFetch([
      { url: 'https://crm.example.com/x', times: 1, reply: { status: 503 } },
      { url: 'https://crm.example.com/x', reply: { status: 200 } },
    ]);
    expect([(await fetch('https://crm.example.com/x')).status, (await fetch('https://crm.example.com/x')).status]).toEqual([503, 200]);
    await expect(fetch('https://crm.example.com/y')).rejects.toThrow('No HTTP stub for GET https://crm.example.com/y');
  });

  it.each<{ title: string; options: ConnectorTestOptions; path: string }>([
    { title: 'a secret field passed as an input', options: { inputs: { id: '7', token: 'from-a-variable' } }, path: 'token' },
    { title: 'a secret the connector does not declare', options: { inputs: { id: '7' }, secrets: { token: 't', password: 'p' } }, path: 'password' },
    { title: 'a missing input', options: { secrets: { token: 't' } }, path: 'id' },
  ])('refuses $title, naming it', async ({ options, path }) => {
    const error = await runConnectorForTest(lookup, { ...options, http: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorContractError);
    expect((error as ConnectorContractError).problems.map((p) => p.path)).toEqual([path]);
  });
});

describe('runTriggerForTest', () => {
  it('maps a payload as the server would, with the logs', async () => {
    const trigger = defineTrigger({
      type: 'acme:paid', version: '1.0.0', name: { 'zh-CN': '已付款', en: 'Paid' }, payload: z.object({ order: z.string() }),
      map: (ctx, payload) => {
        ctx.logger.info(`order ${payload.order}`);
        return { messageName: 'order-paid', correlationKey: payload.order };
      },
    });
    await expect(runTriggerForTest(trigger, { order: 'A-1' })).resolves.toEqual({ messageName: 'order-paid', correlationKey: 'A-1', variables: {}, messageId: null, logs: [{ level: 'info', line: 'order A-1' }] });
  });
});
