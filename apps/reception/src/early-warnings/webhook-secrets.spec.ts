import { randomBytes } from 'node:crypto';

import { decodeKey, WebhookSecrets } from './webhook-secrets.js';

const key = () => randomBytes(32).toString('base64');

describe('WebhookSecrets', () => {
  it('makes a new random secret each time', () => {
    const secrets = new WebhookSecrets([key()]);
    const [first, second] = [secrets.generate(), secrets.generate()];
    expect(first).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(first).not.toBe(second);
  });

  it('seals a secret so that it opens for its municipality only, and does not show it', () => {
    const secrets = new WebhookSecrets([key()]);
    const sealed = secrets.seal('whsec_abc', '0301');
    expect(sealed).not.toContain('whsec_abc');
    expect(secrets.open(sealed, '0301')).toBe('whsec_abc');
    expect(secrets.open(sealed, '4601')).toBeUndefined();
    expect(
      secrets.open(
        sealed.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A')),
        '0301',
      ),
    ).toBeUndefined();
    expect(secrets.open('garbage', '0301')).toBeUndefined();
  });

  it('opens with any of its keys and seals with the first, so a key can be replaced', () => {
    const [old, replacement] = [key(), key()];
    const sealedWithOld = new WebhookSecrets([old]).seal('whsec_old', '0301');
    const rotated = new WebhookSecrets([replacement, old]);
    expect(rotated.open(sealedWithOld, '0301')).toBe('whsec_old');
    expect(new WebhookSecrets([replacement]).open(rotated.seal('whsec_new', '0301'), '0301')).toBe(
      'whsec_new',
    );
    expect(new WebhookSecrets([replacement]).open(sealedWithOld, '0301')).toBeUndefined();
  });

  it('takes 32-byte keys in base64 or hexadecimal only', () => {
    expect(decodeKey(randomBytes(32).toString('hex'))).toHaveLength(32);
    expect(decodeKey(randomBytes(32).toString('base64url'))).toHaveLength(32);
    expect(decodeKey(randomBytes(16).toString('base64'))).toBeUndefined();
    expect(decodeKey('not a key')).toBeUndefined();
    expect(() => new WebhookSecrets(['short'])).toThrow('32 bytes');
  });
});
