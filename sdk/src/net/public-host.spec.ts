import { LookupAll, resolvePublicHost } from './public-host';
import { SsrfError } from './ssrf-guard';

const dns: Record<string, string[]> = {
  'smtp.example.com': ['93.184.216.34'],
  'mail.internal.acme': ['10.1.2.3'],
  'mixed.example.com': ['93.184.216.35', '127.0.0.1'],
  'v6.example.com': ['2606:4700::1111'],
};
const lookup: LookupAll = async (host) => {
  if (!dns[host]) throw new Error(`getaddrinfo ENOTFOUND ${host}`);
  return dns[host].map((address) => ({ address }));
};

describe('resolvePublicHost', () => {
  it.each([
    { title: 'public name → its checked address', host: 'smtp.example.com', port: 587, allow: [], expected: '93.184.216.34' },
    { title: 'public IPv6 name', host: 'v6.example.com', port: 465, allow: [], expected: '2606:4700::1111' },
    { title: 'public IP literal', host: '93.184.216.34', port: 25, allow: [], expected: '93.184.216.34' },
    { title: 'allow-listed private name', host: 'mail.internal.acme', port: 25, allow: ['mail.internal.acme'], expected: 'mail.internal.acme' },
    { title: 'allow-listed by *.domain', host: 'mail.internal.acme', port: 25, allow: ['*.internal.acme'], expected: 'mail.internal.acme' },
    { title: 'allow-listed loopback host:port', host: '127.0.0.1', port: 2525, allow: ['127.0.0.1:2525'], expected: '127.0.0.1' },
  ])('passes: $title', async ({ host, port, allow, expected }) => {
    // given a host and an allow-list, when checked, then the address to connect to comes back
    await expect(resolvePublicHost(host, port, allow, lookup)).resolves.toBe(expected);
  });

  it.each([
    { title: 'loopback IPv4', host: '127.0.0.1', reason: 'blocked-address' },
    { title: 'loopback IPv6', host: '::1', reason: 'blocked-address' },
    { title: 'bracketed IPv6 loopback', host: '[::1]', reason: 'blocked-address' },
    { title: 'IPv4-mapped loopback', host: '::ffff:127.0.0.1', reason: 'blocked-address' },
    { title: 'private 10/8', host: '10.0.0.5', reason: 'blocked-address' },
    { title: 'private 192.168/16', host: '192.168.1.10', reason: 'blocked-address' },
    { title: 'metadata link-local', host: '169.254.169.254', reason: 'blocked-address' },
    { title: 'unspecified', host: '0.0.0.0', reason: 'blocked-address' },
    { title: 'name resolving to a private address', host: 'mail.internal.acme', reason: 'blocked-address' },
    { title: 'name with one loopback address among public ones', host: 'mixed.example.com', reason: 'blocked-address' },
    { title: 'unresolvable name', host: 'nowhere.invalid', reason: 'unresolvable' },
  ])('refuses: $title', async ({ host, reason }) => {
    // given no allow-list entry, when checked, then an SsrfError names the reason
    const error = await resolvePublicHost(host, 25, ['127.0.0.1:2525', 'other.acme'], lookup).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SsrfError);
    expect((error as SsrfError).reason).toBe(reason);
  });
});
