import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isBlockedAddress, SsrfError } from './ssrf-guard.js';

export type LookupAll = (host: string) => Promise<{ address: string }[]>;

const systemLookup: LookupAll = (host) => lookup(host, { all: true, verbatim: true });

/** `host`, `host:port` or `*.domain`, as the outbound allow-list matches them. */
function allowed(patterns: readonly string[], host: string, port: number): boolean {
  return patterns.some((raw) => {
    const pattern = raw.trim().toLowerCase();
    if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1));
    return pattern === host || pattern === `${host}:${port}` || pattern === `[${host}]:${port}`;
  });
}

/**
 * The address to open a raw connection to (SMTP, a database, …), after the same SSRF rule `ctx.fetch` follows: a host that is, or resolves
 * to, a loopback, private, link-local (metadata), unspecified or otherwise non-public address is refused unless the
 * workspace's (or the installation's) allow-list names it. The checked address is returned, so the connection goes
 * where the check looked (no second DNS answer in between); TLS still verifies the host name.
 */
export async function resolvePublicHost(host: string, port: number, allowHosts: readonly string[], resolve: LookupAll = systemLookup): Promise<string> {
  const name = host.trim().replace(/^\[|\]$/g, '').toLowerCase();
  if (allowed(allowHosts, name, port)) return name;
  if (isIP(name)) {
    if (isBlockedAddress(name)) throw new SsrfError(name, 'blocked-address', `${name} is not a public address`);
    return name;
  }
  let addresses: { address: string }[];
  try {
    addresses = await resolve(name);
  } catch (error) {
    throw new SsrfError(name, 'unresolvable', error instanceof Error ? error.message : String(error));
  }
  const bad = addresses.find(({ address }) => isBlockedAddress(address));
  if (bad || addresses.length === 0) throw new SsrfError(name, 'blocked-address', `${name} resolves to ${bad?.address ?? 'nothing'}, not a public address`);
  return addresses[0].address;
}
