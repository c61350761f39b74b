import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Why an outbound URL was refused; `host` is what the caller asked for. */
export class SsrfError extends Error {
  constructor(
    readonly host: string,
    readonly reason: 'scheme' | 'blocked-address' | 'unresolvable' | 'too-many-redirects',
    detail: string,
  ) {
    super(`Outbound request to ${host} refused (${reason}): ${detail}`);
    this.name = 'SsrfError';
  }
}

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  // unspecified, loopback and IPv4-compatible (::a.b.c.d); mapped and NAT64 forms are checked as the IPv4 inside
  ['::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23], ['2001:db8::', 32], ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) blocked.addSubnet(network, prefix, 'ipv6');

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) IPv6 address, if any. */
function embeddedIpv4(address: string): string | null {
  const match = /^(?:::ffff:|64:ff9b::)(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address);
  if (!match) return null;
  if (match[1]) return match[1];
  const high = parseInt(match[2], 16);
  const low = parseInt(match[3], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** True for loopback, private, link-local (metadata), carrier-grade NAT, documentation, multicast and unspecified addresses. */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family !== 6) return true;
  const inner = embeddedIpv4(address.toLowerCase());
  return inner ? blocked.check(inner, 'ipv4') : blocked.check(address, 'ipv6');
}

const hostMatches = (pattern: string, host: string, hostWithPort: string): boolean => {
  const p = pattern.toLowerCase();
  if (p.startsWith('*.')) return host.endsWith(p.slice(1));
  return p === host || p === hostWithPort;
};

/**
 * Refuses a URL an outbound call must not reach: schemes other than http(s), and hosts that are or resolve to blocked
 * addresses (any of their addresses). Decimal, octal and hex IPv4 forms are normalised by the URL parser first.
 * Hosts on `allowHosts` (exact, `host:port` or `*.domain`) pass: a workspace's allow-list for chosen internal hosts.
 */
export async function assertPublicUrl(url: string | URL, options: { allowHosts?: readonly string[] } = {}): Promise<URL> {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new SsrfError(host || parsed.protocol, 'scheme', `only http and https are allowed, not ${parsed.protocol}`);
  if ((options.allowHosts ?? []).some((pattern) => hostMatches(pattern, host, parsed.host.toLowerCase()))) return parsed;
  if (isIP(host)) {
    if (isBlockedAddress(host)) throw new SsrfError(host, 'blocked-address', `${host} is not a public address`);
    return parsed;
  }
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch (error) {
    throw new SsrfError(host, 'unresolvable', error instanceof Error ? error.message : String(error));
  }
  const bad = addresses.find(({ address }) => isBlockedAddress(address));
  if (bad || addresses.length === 0) throw new SsrfError(host, 'blocked-address', `${host} resolves to ${bad?.address ?? 'nothing'}, not a public address`);
  return parsed;
}

/**
 * fetch with the SSRF check on the URL and on every redirect (followed by hand, at most `maxRedirects`): what
 * connectors get as `ctx.fetch`. A 303, or a 301/302 after POST, continues as GET without a body, as browsers do.
 */
export async function guardedFetch(input: string | URL, init: RequestInit & { allowHosts?: readonly string[]; maxRedirects?: number } = {}): Promise<Response> {
  const { allowHosts, maxRedirects = 5, ...request } = init;
  let url = await assertPublicUrl(input, { allowHosts });
  let current: RequestInit = { ...request, redirect: 'manual' };
  for (let hop = 0; ; hop += 1) {
    const response = await fetch(url, current);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return response;
    if (hop >= maxRedirects) throw new SsrfError(url.hostname, 'too-many-redirects', `more than ${maxRedirects} redirects`);
    await response.body?.cancel();
    url = await assertPublicUrl(new URL(location, url), { allowHosts });
    const toGet = response.status === 303 || ((response.status === 301 || response.status === 302) && (current.method ?? 'GET').toUpperCase() === 'POST');
    if (toGet) current = { ...current, method: 'GET', body: undefined };
  }
}
