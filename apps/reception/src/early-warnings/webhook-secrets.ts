import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const b64 = (bytes: Buffer) => bytes.toString('base64url');

/** A key that seals webhook secrets, known by the first bytes of its hash (so a sealed secret names its key). */
interface SealingKey {
  id: string;
  key: Buffer;
}

/**
 * The municipalities' signing secrets: made when a webhook is set, shown once, and kept sealed (AES-256-GCM,
 * bound to the municipality number) with keys from WEBHOOK_SECRET_KEYS: the first seals, every one opens, so a
 * new key can be put first while secrets sealed with the old one still open. A copy of the database alone
 * does not give anyone the secrets to sign with.
 */
export class WebhookSecrets {
  private readonly keys: SealingKey[];

  /** `keys`: 32 bytes each, base64 (or hexadecimal). */
  constructor(keys: readonly string[]) {
    this.keys = keys.map((text) => {
      const key = decodeKey(text);
      if (!key) throw new Error('a webhook secret key must be 32 bytes, base64 or hexadecimal');
      return { id: createHash('sha256').update(key).digest('hex').slice(0, 8), key };
    });
    if (this.keys.length === 0) throw new Error('at least one webhook secret key is needed');
  }

  /** A new signing secret: 32 random bytes, written `whsec_<base64url>`. */
  generate(): string {
    return `whsec_${b64(randomBytes(32))}`;
  }

  seal(secret: string, municipalityNumber: string): string {
    const { id, key } = this.keys[0];
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(municipalityNumber));
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return ['v1', id, b64(iv), b64(cipher.getAuthTag()), b64(sealed)].join('.');
  }

  /** The secret, or undefined when none of the keys sealed it (or it was altered, or is another's). */
  open(sealed: string, municipalityNumber: string): string | undefined {
    const [version, id, iv, tag, ciphertext] = sealed.split('.');
    const sealing = this.keys.find((key) => key.id === id);
    if (version !== 'v1' || !sealing || ciphertext === undefined) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', sealing.key, Buffer.from(iv, 'base64url'))
        .setAAD(Buffer.from(municipalityNumber))
        .setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(ciphertext, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      return undefined;
    }
  }
}

/** 32 bytes from base64 or hexadecimal text, or undefined. */
export function decodeKey(text: string): Buffer | undefined {
  const bytes = /^[0-9a-fA-F]{64}$/.test(text)
    ? Buffer.from(text, 'hex')
    : /^[A-Za-z0-9+/_-]{43}=?$/.test(text)
      ? Buffer.from(text, 'base64')
      : undefined;
  return bytes?.length === 32 ? bytes : undefined;
}
