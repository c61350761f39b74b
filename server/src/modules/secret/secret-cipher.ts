import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export interface Sealed {
  /** base64 of iv (12 bytes) | auth tag (16 bytes) | ciphertext */
  ciphertext: string;
  /** which key sealed it: the first 16 hex digits of sha256(key material) */
  keyId: string;
}

interface Key {
  id: string;
  bytes: Buffer;
}

/** A 256-bit key from the configured text (base64 of 32 bytes is used as is; any other text is hashed). */
function keyOf(material: string): Key {
  const decoded = Buffer.from(material, 'base64');
  const bytes = decoded.length === 32 && decoded.toString('base64') === material ? decoded : createHash('sha256').update(material).digest();
  return { id: createHash('sha256').update(bytes).digest('hex').slice(0, 16), bytes };
}

/**
 * AES-256-GCM with a fresh 96-bit IV per value and the row's identity (workspace, name) as additional data, so a
 * ciphertext copied to another row or workspace does not decrypt. Seals with the current key; opens with the current
 * or the previous one (key rotation: deploy the new key with the old one as previous, re-seal, drop the old one).
 */
export class SecretCipher {
  private readonly current: Key;
  private readonly previous: Key | null;

  constructor(currentKey: string, previousKey?: string | null) {
    this.current = keyOf(currentKey);
    this.previous = previousKey ? keyOf(previousKey) : null;
  }

  get keyId(): string {
    return this.current.id;
  }

  seal(plaintext: string, context: string): Sealed {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current.bytes, iv);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64'), keyId: this.current.id };
  }

  /** Throws when no configured key sealed it, or when it was tampered with or moved. */
  open(sealed: Sealed, context: string): string {
    const key = [this.current, this.previous].find((k) => k?.id === sealed.keyId);
    if (!key) throw new Error(`No configured key has id ${sealed.keyId}; set BATON_SECRETS_KEY_PREVIOUS to the key that sealed it.`);
    const raw = Buffer.from(sealed.ciphertext, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key.bytes, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}
