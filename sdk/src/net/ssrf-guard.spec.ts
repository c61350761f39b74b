import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { assertPublicUrl, guardedFetch, isBlockedAddress, SsrfError } from './ssrf-guard';

describe('assertPublicUrl', () => {
  it.each([
    ['IPv4 loopback', 'http://127.0.0.1/'],
    ['loopback elsewhere in 127/8', 'http://127.8.9.10:8080/x'],
    ['decimal IPv4', 'http://2130706433/'],
    ['octal IPv4', 'http://0177.0.0.1/'],
    ['hex IPv4', 'http://0x7f.0x0.0x0.0x1/'],
    ['single hex number', 'http://0x7f000001/'],
    ['unspecified IPv4', 'http://0.0.0.0/'],
    ['private 10/8', 'http://10.1.2.3/'],
    ['private 172.16/12', 'http://172.31.255.1/'],
    ['private 192.168/16', 'https://192.168.0.10/'],
    ['carrier-grade NAT', 'http://100.64.0.1/'],
    ['cloud metadata (link-local)', 'http://169.254.169.254/latest/meta-data/'],
    ['multicast', 'http://224.0.0.1/'],
    ['IPv6 loopback', 'http://[::1]/'],
    ['IPv6 unspecified', 'http://[::]/'],
    ['IPv4-mapped IPv6, dotted', 'http://[::ffff:127.0.0.1]/'],
    ['IPv4-mapped IPv6, hex', 'http://[::ffff:7f00:1]/'],
    ['IPv4-mapped metadata', 'http://[::ffff:169.254.169.254]/'],
    ['NAT64 of a private address', 'http://[64:ff9b::10.0.0.1]/'],
    ['IPv6 unique local', 'http://[fd12:3456::1]/'],
    ['AWS IPv6 metadata', 'http://[fd00:ec2::254]/'],
    ['IPv6 link-local', 'http://[fe80::1]/'],
    ['a name resolving to loopback', 'http://localhost:3000/'],
  ])('refuses %s (%s)', async (_title, url) => {
    await expect(assertPublicUrl(url)).rejects.toMatchObject({ name: 'SsrfError', reason: 'blocked-address' });
  });

  it.each(['file:///etc/passwd', 'ftp://example.com/x', 'gopher://example.com/', 'data:text/plain,hi'])('refuses the scheme of %s', async (url) => {
    await expect(assertPublicUrl(url)).rejects.toMatchObject({ reason: 'scheme' });
  });

  it.each(['http://93.184.216.34/', 'https://[2606:4700:4700::1111]/', 'http://8.8.8.8:53/'])('lets the public address %s through', async (url) => {
    await expect(assertPublicUrl(url)).resolves.toBeInstanceOf(URL);
  });

  it('lets allow-listed internal hosts through: exact, host:port and *.domain', async () => {
    await expect(assertPublicUrl('http://10.0.0.5/', { allowHosts: ['10.0.0.5'] })).resolves.toBeInstanceOf(URL);
    await expect(assertPublicUrl('http://127.0.0.1:8080/', { allowHosts: ['127.0.0.1:8080'] })).resolves.toBeInstanceOf(URL);
    await expect(assertPublicUrl('http://127.0.0.1:9090/', { allowHosts: ['127.0.0.1:8080'] })).rejects.toBeInstanceOf(SsrfError);
    await expect(assertPublicUrl('http://erp.corp.internal/', { allowHosts: ['*.corp.internal'] })).resolves.toBeInstanceOf(URL);
  });

  it('names the host when it cannot be resolved', async () => {
    await expect(assertPublicUrl('http://no-such-host.invalid/')).rejects.toMatchObject({ reason: 'unresolvable', host: 'no-such-host.invalid' });
  });

  it('classifies addresses directly', () => {
    expect(isBlockedAddress('127.0.0.1')).toBe(true);
    expect(isBlockedAddress('::ffff:10.0.0.1')).toBe(true);
    expect(isBlockedAddress('1.1.1.1')).toBe(false);
    expect(isBlockedAddress('not an ip')).toBe(true);
  });
});

describe('guardedFetch', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/to-metadata') res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      else if (req.url === '/to-ok') res.writeHead(303, { location: '/ok' }).end();
      else if (req.url === '/loop') res.writeHead(302, { location: '/loop' }).end();
      else res.writeHead(200, { 'content-type': 'text/plain' }).end(`${req.method} ok`);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const allow = () => [new URL(base).host];

  it('refuses a loopback server unless it is allow-listed', async () => {
    await expect(guardedFetch(`${base}/ok`)).rejects.toBeInstanceOf(SsrfError);
    await expect((await guardedFetch(`${base}/ok`, { allowHosts: allow() })).text()).resolves.toBe('GET ok');
  });

  it('checks every redirect: an allowed host redirecting to the metadata address is refused', async () => {
    await expect(guardedFetch(`${base}/to-metadata`, { allowHosts: allow() })).rejects.toMatchObject({ reason: 'blocked-address', host: '169.254.169.254' });
  });

  it('follows allowed redirects, turning a 303 after POST into GET, and stops redirect loops', async () => {
    const response = await guardedFetch(`${base}/to-ok`, { method: 'POST', body: 'x', allowHosts: allow() });
    await expect(response.text()).resolves.toBe('GET ok');
    await expect(guardedFetch(`${base}/loop`, { allowHosts: allow(), maxRedirects: 3 })).rejects.toMatchObject({ reason: 'too-many-redirects' });
  });
});
