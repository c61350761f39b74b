import { createHash } from 'node:crypto';
import { expectedSha256 } from './integrity.util.js';

const digest = createHash('sha256').update('plugin').digest();
const hex = digest.toString('hex');

describe('expectedSha256', () => {
  it.each([
    ['the hex digest', hex, hex],
    ['upper-case hex', hex.toUpperCase(), hex],
    ['the .sha256 file baton-plugin pack writes', `${hex}  baton-plugin-demo-0.1.0.tgz\n`, hex],
    ['an npm integrity', `sha256-${digest.toString('base64')}`, hex],
    ['nothing', undefined, null],
    ['a short hex', hex.slice(2), null],
    ['sha512', `sha512-${createHash('sha512').update('x').digest('base64')}`, null],
  ])('reads %s', (_title, value, expected) => {
    expect(expectedSha256(value)).toBe(expected);
  });
});
