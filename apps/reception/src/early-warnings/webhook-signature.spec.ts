import { createHmac } from 'node:crypto';

import { signatureHeader } from './webhook-signature.js';

describe('signatureHeader', () => {
  it('is the HMAC-SHA256 of "<timestamp>.<body>" keyed with the secret, with the timestamp', () => {
    const body = '{"warningId":"w-1"}';
    const expected = createHmac('sha256', 'whsec_test').update(`1767225600.${body}`).digest('hex');
    expect(signatureHeader('whsec_test', body, 1767225600)).toBe(`t=1767225600,v1=${expected}`);
  });

  it('changes with the body, the timestamp and the secret', () => {
    const base = signatureHeader('whsec_test', '{}', 1);
    expect(signatureHeader('whsec_test', '{ }', 1)).not.toBe(base);
    expect(signatureHeader('whsec_test', '{}', 2).split(',v1=')[1]).not.toBe(base.split(',v1=')[1]);
    expect(signatureHeader('whsec_other', '{}', 1)).not.toBe(base);
  });
});
