import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Baton-Signature';

/** `sha256=<hex>` of the HMAC-SHA256 of the raw body: what a sender puts in X-Baton-Signature. */
export function signBody(key: string, body: Buffer | string): string {
  return `sha256=${createHmac('sha256', key).update(body).digest('hex')}`;
}

/** Constant-time comparison of the header with the expected signature; anything malformed is simply wrong. */
export function signatureMatches(key: string, body: Buffer, header: string | undefined): boolean {
  if (typeof header !== 'string') return false;
  const expected = Buffer.from(signBody(key, body));
  const given = Buffer.from(header.trim().toLowerCase());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
