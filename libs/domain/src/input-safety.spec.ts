import { findUnsafeInput } from './input-safety.js';

describe('findUnsafeInput', () => {
  it('accepts ordinary input', () => {
    expect(
      findUnsafeInput({ year: 2026, names: ['Tromsø', 'Ås'], nested: { a: [{ b: 'c' }] } }, 'body'),
    ).toBe(undefined);
  });

  it('names the field holding a NUL character', () => {
    expect(findUnsafeInput({ criteria: { rules: [{ name: 'a\u0000b' }] } }, 'body')).toBe(
      'body.criteria.rules[0].name must not contain NUL characters',
    );
    expect(findUnsafeInput('p-1\u0000', 'personId')).toBe('personId must not contain NUL characters');
    expect(findUnsafeInput({ ['x\u0000']: 1 }, 'query')).toBe('query has a field name with a NUL character');
  });

  it('refuses nesting deeper than the bound without recursing', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 100000; level += 1) deep = [deep];
    expect(findUnsafeInput({ deep }, 'body')).toMatch(/^body\.deep(\[0\])+ nests deeper than 32 levels$/);
    let justDeepEnough: unknown = 'leaf';
    for (let level = 0; level < 31; level += 1) justDeepEnough = [justDeepEnough];
    expect(findUnsafeInput({ a: justDeepEnough }, 'body')).toBe(undefined);
  });
});
