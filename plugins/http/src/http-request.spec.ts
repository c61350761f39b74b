import { createServer, IncomingMessage, Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ConnectorContext, connectorElementTemplate, maskingLogger, parsePluginManifest, runConnector, validatePluginDefinition } from '@baton/sdk';
import { guardedFetch, resolvePublicHost } from '@baton/sdk/net';
import plugin, { httpRequest } from './index.js';

let server: Server;
let base: string;
let hits = 0;
const logs: string[] = [];

const read = (req: IncomingMessage) => new Promise<string>((done) => {
  let text = '';
  req.on('data', (chunk) => (text += chunk));
  req.on('end', () => done(text));
});

beforeAll(async () => {
  server = createServer(async (req, res) => {
    hits += 1;
    const body = await read(req);
    if (req.url?.startsWith('/flaky') && hits < 3) return res.writeHead(503).end('busy');
    if (req.url?.startsWith('/down')) return res.writeHead(503).end('down');
    if (req.url?.startsWith('/slow')) return void setTimeout(() => res.writeHead(200).end('late'), 2_000).unref();
    res.writeHead(200, { 'content-type': 'application/json', 'x-served-by': 'test' });
    res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => {
  server.closeAllConnections();
  server.close(() => done());
}));
beforeEach(() => {
  hits = 0;
  logs.length = 0;
});

/** What the plugin host gives a job: the guarded fetch with the workspace's allow-list (here: the test server). */
const ctx = (secrets: string[] = []): ConnectorContext => ({
  jobId: 'job-42', workspaceId: 'ws', processInstanceId: 'pi', elementId: 'call', attempt: 1,
  logger: maskingLogger(secrets, (level, line) => logs.push(`${level} ${line}`)),
  fetch: ((url: string | URL, init?: RequestInit) => guardedFetch(url, { ...init, allowHosts: [new URL(base).host] })) as typeof fetch,
  resolveHost: (host, port) => resolvePublicHost(host, port, [new URL(base).host]),
  signal: new AbortController().signal,
});

type Echo = { status: number; headers: Record<string, string>; body: { method: string; url: string; headers: Record<string, string>; body: string } };

describe('baton:http:request', () => {
  it('sends query parameters and a bearer token, maps status, headers and JSON body', async () => {
    const out = (await runConnector(httpRequest, { url: `${base}/items`, query: { page: 2, q: '续约' }, authentication: 'bearer', token: 'tok-123' }, ctx(['tok-123']))) as Echo;
    expect(out.status).toBe(200);
    expect(out.headers['x-served-by']).toBe('test');
    expect(out.body.url).toBe('/items?page=2&q=%E7%BB%AD%E7%BA%A6');
    expect(out.body.headers.authorization).toBe('Bearer tok-123');
    expect(out.body.headers['idempotency-key']).toBe('job-42');
    expect(logs.join('\n')).not.toContain('tok-123');
  });

  it('posts JSON with basic auth, and puts an API key in the query when asked', async () => {
    const posted = (await runConnector(httpRequest, { method: 'POST', url: `${base}/renewals`, body: { id: 7 }, authentication: 'basic', username: 'ops', password: 'pw' }, ctx())) as Echo;
    expect(posted.body).toMatchObject({ method: 'POST', body: '{"id":7}' });
    expect(posted.body.headers.authorization).toBe(`Basic ${Buffer.from('ops:pw').toString('base64')}`);
    expect(posted.body.headers['content-type']).toBe('application/json');
    const keyed = (await runConnector(httpRequest, { url: `${base}/k`, authentication: 'apiKey', apiKeyIn: 'query', apiKeyName: 'key', apiKey: 'abc' }, ctx())) as Echo;
    expect(keyed.body.url).toBe('/k?key=abc');
  });

  it('retries 503 with back-off, then answers the final status', async () => {
    expect(((await runConnector(httpRequest, { url: `${base}/flaky` }, ctx())) as Echo).status).toBe(200);
    expect(hits).toBe(3);
    hits = 0;
    expect(((await runConnector(httpRequest, { url: `${base}/down`, retries: 1 }, ctx())) as Echo).status).toBe(503);
    expect(hits).toBe(2);
  });

  it('times out', async () => {
    await expect(runConnector(httpRequest, { url: `${base}/slow`, timeoutMs: 200, retries: 0 }, ctx())).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('is refused by the SSRF guard at once, without retries', async () => {
    await expect(runConnector(httpRequest, { url: 'http://169.254.169.254/latest/meta-data/' }, ctx())).rejects.toMatchObject({ name: 'SsrfError' });
    await expect(runConnector(httpRequest, { url: 'http://10.0.0.8/' }, ctx())).rejects.toMatchObject({ name: 'SsrfError', reason: 'blocked-address' });
  });

  it('names invalid inputs', async () => {
    await expect(runConnector(httpRequest, { url: 'ftp://example.com/x', method: 'FETCH' }, ctx())).rejects.toMatchObject({
      code: 'INVALID_INPUT', problems: expect.arrayContaining([expect.objectContaining({ path: 'url' }), expect.objectContaining({ path: 'method' })]),
    });
  });
});

describe('the package', () => {
  it('has a manifest matching what it exports, and an element template with secret headers', () => {
    const manifest = parsePluginManifest(JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')));
    expect(validatePluginDefinition(manifest, plugin).connectors.map((c) => c.type)).toEqual(['baton:http:request']);
    const properties = connectorElementTemplate(httpRequest).properties as { binding: { type: string; key?: string } }[];
    expect(properties.filter((p) => p.binding.type === 'zeebe:taskHeader').map((p) => p.binding.key)).toEqual(['password', 'token', 'apiKey', 'resultVariable']);
  });
});
