import { runConnectorForTest } from '@baton/sdk/testing';
import { httpRequest } from './index.js';

/** The connector through the SDK's harness: HTTP stubbed at ctx.fetch, secrets as the host gives them. */
describe('baton:http:request with the SDK test harness', () => {
  const api = 'https://api.example.com/v1/orders';

  it('sends an API key from its secret field in the header and maps the JSON answer', async () => {
    // given a stubbed API
    const http = [{ method: 'POST', url: api, reply: { status: 201, headers: { 'x-request-id': 'r-1' }, body: { id: 'o-1' } } }];
    // when the connector posts an order with an API key
    const { output, requests, logs } = await runConnectorForTest(httpRequest, {
      inputs: { method: 'POST', url: api, body: { sku: 'A-1', qty: 2 }, authentication: 'apiKey', apiKeyName: 'X-Key' },
      secrets: { apiKey: 'key-0123456789' },
      http,
      jobId: 'job-7',
    });
    // then the answer is mapped, the key and the idempotency key were sent, and no log line shows the key
    expect(output).toEqual({ status: 201, headers: { 'content-type': 'application/json', 'x-request-id': 'r-1' }, body: { id: 'o-1' } });
    expect(requests).toEqual([expect.objectContaining({ method: 'POST', body: '{"sku":"A-1","qty":2}', headers: expect.objectContaining({ 'x-key': 'key-0123456789', 'idempotency-key': 'job-7' }) })]);
    expect(logs.map((l) => l.line).join('\n')).not.toContain('key-0123456789');
  });

  it('retries a 503 answered once, then returns the 200', async () => {
    const http = [
      { url: api, times: 1, reply: { status: 503, body: 'busy' } },
      { url: api, reply: { body: { ok: true } } },
    ];
    const { output, requests } = await runConnectorForTest(httpRequest, { inputs: { url: api, retries: 1 }, http });
    expect(output).toMatchObject({ status: 200, body: { ok: true } });
    expect(requests).toHaveLength(2);
  });

  it('retries a network error, then fails with it', async () => {
    const http = [{ url: api, reply: { networkError: 'ECONNRESET' } }];
    await expect(runConnectorForTest(httpRequest, { inputs: { url: api, retries: 1 }, http })).rejects.toThrow('fetch failed');
  });

  it('refuses a bearer token given as a plain input: secrets come only from the model\'s secret headers', async () => {
    await expect(runConnectorForTest(httpRequest, { inputs: { url: api, authentication: 'bearer', token: 'from-a-variable' }, http: [] })).rejects.toMatchObject({
      code: 'INVALID_INPUT', problems: [expect.objectContaining({ path: 'token' })],
    });
  });
});
