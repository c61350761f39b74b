import { SecretCipher } from './secret-cipher.js';

const KEY_A = 'a'.repeat(32);
const KEY_B = Buffer.alloc(32, 7).toString('base64');

describe('SecretCipher', () => {
  it('seals with AES-256-GCM: a fresh IV each time, no plaintext in the output, opens again', () => {
    const cipher = new SecretCipher(KEY_A);
    const one = cipher.seal('smtp-p@ss 密码', 'ws1/SMTP_PASSWORD');
    const two = cipher.seal('smtp-p@ss 密码', 'ws1/SMTP_PASSWORD');
    expect(one.ciphertext).not.toBe(two.ciphertext);
    expect(Buffer.from(one.ciphertext, 'base64').toString('utf8')).not.toContain('smtp-p@ss');
    expect(cipher.open(one, 'ws1/SMTP_PASSWORD')).toBe('smtp-p@ss 密码');
  });

  it('refuses a value moved to another workspace or name, or tampered with', () => {
    const cipher = new SecretCipher(KEY_A);
    const sealed = cipher.seal('x', 'ws1/A');
    expect(() => cipher.open(sealed, 'ws2/A')).toThrow();
    const bytes = Buffer.from(sealed.ciphertext, 'base64');
    bytes[bytes.length - 1] ^= 1;
    expect(() => cipher.open({ ...sealed, ciphertext: bytes.toString('base64') }, 'ws1/A')).toThrow();
  });

  it('rotates: the new key opens old values with the previous key configured, and seals with the new one', () => {
    const old = new SecretCipher(KEY_A).seal('v', 'ws/N');
    const rotated = new SecretCipher(KEY_B, KEY_A);
    expect(rotated.open(old, 'ws/N')).toBe('v');
    const resealed = rotated.seal(rotated.open(old, 'ws/N'), 'ws/N');
    expect(resealed.keyId).toBe(rotated.keyId);
    expect(new SecretCipher(KEY_B).open(resealed, 'ws/N')).toBe('v');
    expect(() => new SecretCipher(KEY_B).open(old, 'ws/N')).toThrow(/BATON_SECRETS_KEY_PREVIOUS/);
  });
});
