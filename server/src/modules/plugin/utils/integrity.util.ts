/**
 * The sha256 (hex) a tarball was sent with: the hex digest, the line `baton-plugin pack` writes to `<tarball>.sha256`
 * (`<hex>  <file name>`), or an npm-style `sha256-<base64>`. Null when it is none of these.
 */
export function expectedSha256(value: string | undefined | null): string | null {
  const text = (value ?? '').trim();
  const hex = /^([0-9a-f]{64})(\s+\S.*)?$/i.exec(text);
  if (hex) return hex[1].toLowerCase();
  const sri = /^sha256-([A-Za-z0-9+/]{43}=)$/.exec(text);
  if (sri) return Buffer.from(sri[1], 'base64').toString('hex');
  return null;
}
