import { DOMAIN_OPERATORS, domainOperator } from './operators.js';

describe('domain operators', () => {
  it.each(DOMAIN_OPERATORS.map((operator) => [operator.name, operator]))(
    '%s works as its documented example says',
    (_, operator) => {
      expect(operator.evaluate(operator.example.fact, operator.example.value)).toBe(operator.example.result);
      expect(operator.checkValue(operator.example.value)).toBeUndefined();
    },
  );

  it('percentChangeAtLeast sees a 10 % drop of the settlement need, and not a 5 % one', () => {
    const operator = domainOperator('percentChangeAtLeast')!;
    expect(operator.evaluate([18900, 12640], 10)).toBe(true);
    expect(operator.evaluate([13000, 12350], 10)).toBe(false);
    expect(operator.evaluate([13000], 10)).toBe(false);
  });

  it('risingInAtLeast counts rises only within the last periods', () => {
    const operator = domainOperator('risingInAtLeast')!;
    expect(operator.evaluate([1, 2, 3, 4, 3, 2, 1], { rises: 3, periods: 3 })).toBe(false);
    expect(operator.evaluate([5, 4, 3, 4, 5, 6], { rises: 3, periods: 3 })).toBe(true);
    expect(operator.evaluate([5, 6], { rises: 1, periods: 3 })).toBe(false);
    expect(operator.checkValue({ rises: 4, periods: 3 })).toBe('"rises" cannot be more than "periods"');
  });
});
