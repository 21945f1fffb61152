import fc, { type Arbitrary } from 'fast-check';

import { domainOperator } from '../../operators.js';
import type { FactValues } from '../../rule-outcome.js';
import type { Condition, FactDeclaration, RuleSetDocument } from '../../rule-set.js';

/**
 * Generated facts for a rule set, for the differential test of the compiled evaluator: values of each fact's
 * type around every number the rules compare with (where outcomes flip), NaN, ±Infinity and -0, empty and
 * short series, series built to cross the domain operators' thresholds, null, values of another type (present
 * but undefined among them), now and then a fact left out (which json-rules-engine refuses) or inherited from
 * the facts' prototype (which the engine reads, as for...in does).
 */
export function factsArbitrary(document: RuleSetDocument): Arbitrary<FactValues> {
  const hints = hintsOf(document);
  const names = document.facts.map((fact) => fact.name);
  const complete = fc
    .tuple(...document.facts.map((fact) => factArbitrary(fact, hints)))
    .map((values) => Object.fromEntries(names.map((name, index) => [name, values[index]])) as FactValues);
  const oneLeftOut = fc.tuple(complete, fc.nat({ max: names.length - 1 })).map(([facts, index]) => {
    const { [names[index]]: _left, ...others } = facts;
    return others;
  });
  const oneInherited = fc.tuple(complete, fc.nat({ max: names.length - 1 })).map(([facts, index]) => {
    const { [names[index]]: inherited, ...others } = facts;
    return Object.assign(Object.create({ [names[index]]: inherited }) as FactValues, others);
  });
  return fc.oneof(
    { weight: 24, arbitrary: complete },
    { weight: 2, arbitrary: oneLeftOut },
    { weight: 1, arbitrary: oneInherited },
  );
}

/** What the rules compare with: numbers, the domain operators' values, and the strings per fact. */
export interface Hints {
  numbers: number[];
  percentages: number[];
  windows: { threshold?: number; periods: number }[];
  strings: Map<string, string[]>;
}

export function hintsOf(document: RuleSetDocument): Hints {
  const numbers = new Set<number>([0, -0, 1, -1, 100]);
  const hints: Hints = { numbers: [], percentages: [10], windows: [], strings: new Map() };
  const note = (value: unknown, fact: string) => {
    if (typeof value === 'number') numbers.add(value);
    else if (typeof value === 'string') hints.strings.set(fact, [...(hints.strings.get(fact) ?? []), value]);
    else if (Array.isArray(value)) for (const item of value) note(item, fact);
  };
  const walk = (condition: Condition) => {
    if ('all' in condition) condition.all.forEach(walk);
    else if ('any' in condition) condition.any.forEach(walk);
    else if ('not' in condition) walk(condition.not);
    else if (domainOperator(condition.operator)) {
      const value = condition.value as Record<string, number> | number;
      if (typeof value === 'number') hints.percentages.push(value);
      else if (value && typeof value.periods === 'number') {
        hints.windows.push({ threshold: value.threshold, periods: value.periods });
        if (typeof value.threshold === 'number') numbers.add(value.threshold);
      }
    } else note(condition.value, condition.fact);
  };
  for (const rule of document.rules) walk(rule.conditions);
  for (const fact of document.facts) {
    if (fact.range?.min !== undefined) numbers.add(fact.range.min);
    if (fact.range?.max !== undefined) numbers.add(fact.range.max);
  }
  for (const number of [...numbers]) {
    for (const near of [number - 1, number - 0.5, number + 0.5, number + 1]) numbers.add(near);
    numbers.add(number + Math.max(1, Math.abs(number)) * Number.EPSILON * 4);
  }
  hints.numbers = [...numbers];
  return hints;
}

function numberArbitrary(hints: Hints): Arbitrary<number> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...hints.numbers) },
    { weight: 3, arbitrary: fc.integer({ min: -20, max: 20000 }) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE) },
  );
}

export function seriesArbitrary(hints: Hints): Arbitrary<number[]> {
  const number = numberArbitrary(hints);
  const finite = fc.constantFrom(...hints.numbers.filter((value) => Number.isFinite(value)));
  const crossings: Arbitrary<number[]>[] = [
    fc.constant([]),
    fc.array(number, { maxLength: 18 }),
    // Rising, falling and flat runs, for risingInAtLeast.
    fc
      .tuple(finite, fc.array(fc.integer({ min: -2, max: 4 }), { maxLength: 8 }))
      .map(([start, steps]) => steps.reduce((series, step) => [...series, series.at(-1)! + step], [start])),
    // A first and a last number that differ by about each percentage, for the percentage operators.
    fc
      .tuple(finite, fc.constantFrom(...hints.percentages), fc.boolean(), fc.array(number, { maxLength: 3 }))
      .map(([first, percent, up, middle]) => [
        first,
        ...middle,
        first * (1 + ((up ? 1 : -1) * percent) / 100),
      ]),
    // The same, by an amount.
    fc
      .tuple(finite, fc.constantFrom(...hints.percentages), fc.boolean())
      .map(([first, amount, up]) => [first, first + (up ? amount : -amount)]),
  ];
  for (const { threshold, periods } of hints.windows) {
    if (threshold === undefined) continue;
    // Long enough runs below a threshold, now and then one at or above it, for allBelowInLast.
    crossings.push(
      fc
        .tuple(
          fc.array(fc.constantFrom(threshold - 1, threshold - 0.001, 0, -3), {
            minLength: Math.max(0, periods - 1),
            maxLength: periods + 2,
          }),
          fc.option(fc.tuple(fc.nat(), fc.constantFrom(threshold, threshold + 1, Number.NaN))),
        )
        .map(([series, spike]) => {
          if (!spike || series.length === 0) return series;
          const copy = [...series];
          copy[spike[0] % copy.length] = spike[1];
          return copy;
        }),
    );
  }
  return fc.oneof(...crossings);
}

function typedArbitrary(fact: FactDeclaration, hints: Hints): Arbitrary<unknown> {
  switch (fact.type) {
    case 'number':
      return numberArbitrary(hints);
    case 'series':
      return seriesArbitrary(hints);
    case 'boolean':
      return fc.boolean();
    default: {
      const known = hints.strings.get(fact.name) ?? [];
      return known.length
        ? fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 4 }))
        : fc.string({ maxLength: 4 });
    }
  }
}

function otherTypeArbitrary(hints: Hints): Arbitrary<unknown> {
  const number = numberArbitrary(hints);
  return fc.oneof(
    fc.string({ maxLength: 3 }),
    number,
    fc.boolean(),
    fc.array(fc.oneof(number, fc.string({ maxLength: 2 })), { maxLength: 3 }),
    fc.constant({}),
    fc.constant(undefined),
  );
}

function factArbitrary(fact: FactDeclaration, hints: Hints): Arbitrary<unknown> {
  return fc.oneof(
    { weight: 40, arbitrary: typedArbitrary(fact, hints) },
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: otherTypeArbitrary(hints) },
  );
}
