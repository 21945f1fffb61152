import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';

import { CompiledRuleSet } from '../compiled-rule-set.js';
import { EngineRuleSet } from '../engine-rule-set.js';
import { explainOutcomes } from '../explain.js';
import { loadRuleSetFile } from '../load-rule-set.js';
import { DOMAIN_OPERATORS, type DomainOperator } from '../operators.js';
import type { FactValues, RuleOutcome } from '../rule-outcome.js';
import type { LoadedRuleSet, RuleSetDocument } from '../rule-set.js';
import { validateRuleSet } from '../validate-rule-set.js';
import { compileRuleSet, type RuleProgram } from './compile-rule-set.js';
import { coverageRuleSet, slicePathRuleSet } from './testing/coverage-rule-set.js';
import { factsArbitrary, hintsOf, seriesArbitrary } from './testing/fact-arbitraries.js';

/**
 * json-rules-engine is the reference semantics of the rule-set format: on generated facts, the compiled
 * evaluator must give the same outcomes (fired, event type, params, facts read), in the same order, with the
 * same condition traces and explanations, and refuse exactly the evaluations the engine refuses.
 */
const SEED = 20260111;

function shippedRuleSetFiles(directory = 'rules'): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) return entry === 'schema' ? [] : shippedRuleSetFiles(full);
    return entry.endsWith('.json') && !entry.endsWith('.test.json') ? [full] : [];
  });
}

function loaded(document: RuleSetDocument): LoadedRuleSet {
  expect(validateRuleSet(document)).toEqual([]);
  return { document: JSON.parse(JSON.stringify(document)) as RuleSetDocument, contentHash: 'differential' };
}

interface Subject {
  engine: EngineRuleSet;
  compiled: CompiledRuleSet;
  program?: RuleProgram;
}

function subjectOf(ruleSet: LoadedRuleSet): Subject {
  return {
    engine: new EngineRuleSet(ruleSet),
    compiled: new CompiledRuleSet(ruleSet),
    program: compileRuleSet(ruleSet.document).program,
  };
}

type Answer = { outcomes: RuleOutcome[] } | { error: string };

async function answerOf(evaluation: () => RuleOutcome[] | Promise<RuleOutcome[]>): Promise<Answer> {
  try {
    return { outcomes: await evaluation() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/**
 * Where two values are not the same data, as a path; undefined when they are. Primitives compare by Object.is
 * (NaN is NaN, -0 is not 0), arrays item by item, objects by their own keys in the same order (a key holding
 * undefined counts). Realm-blind, unlike isDeepStrictEqual: the engine is loaded outside jest's registry.
 */
function unlike(a: unknown, b: unknown, at = '$'): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${at}: ${String(a)} against ${String(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: an array against an object`;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.join() !== keysB.join()) return `${at}: keys ${keysA.join()} against ${keysB.join()}`;
  for (const key of keysA) {
    const found = unlike(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${at}.${key}`,
    );
    if (found) return found;
  }
  return undefined;
}

const plain = (outcomes: RuleOutcome[]) =>
  outcomes.map(({ rule, fired, eventType, params, facts, conditions }) => ({
    rule,
    fired,
    eventType,
    params,
    facts,
    conditions,
  }));

/** Where the compiled evaluator answers otherwise than the engine, in words; undefined when it does not. */
async function difference(subject: Subject, facts: FactValues): Promise<string | undefined> {
  const reference = await answerOf(() => subject.engine.evaluate(facts));
  const viaRuleSet = await answerOf(() => subject.compiled.evaluate(facts));
  // The program takes plain facts only; CompiledRuleSet hands others to the engine.
  const plainFacts = [Object.prototype, null].includes(Object.getPrototypeOf(facts) as object | null);
  const compiled =
    subject.program && plainFacts ? await answerOf(() => subject.program!.evaluate(facts)) : viaRuleSet;
  if ('error' in reference) {
    if (!('error' in compiled))
      return `the engine refuses (${reference.error}); the compiled program answers`;
    if (!('error' in viaRuleSet) || viaRuleSet.error !== reference.error)
      return `the engine refuses with "${reference.error}", CompiledRuleSet with ${JSON.stringify(viaRuleSet)}`;
    return undefined;
  }
  if ('error' in compiled) return `the compiled program refuses (${compiled.error}); the engine answers`;
  if ('error' in viaRuleSet) return `CompiledRuleSet refuses (${viaRuleSet.error}); the engine answers`;
  const expected = plain(reference.outcomes);
  for (const [name, outcomes] of [
    ['the compiled program', compiled.outcomes],
    ['CompiledRuleSet', viaRuleSet.outcomes],
  ] as const) {
    const found = unlike(plain(outcomes), expected);
    if (found) return `${name} answers otherwise than the engine at ${found}`;
    if (JSON.stringify(outcomes) !== JSON.stringify(reference.outcomes))
      return `${name} serialises otherwise than the engine's outcomes`;
    if (explainOutcomes(outcomes) !== explainOutcomes(reference.outcomes))
      return `${name} explains otherwise:\n${explainOutcomes(outcomes)}\nthe engine:\n${explainOutcomes(reference.outcomes)}`;
  }
  return undefined;
}

async function expectSameAsEngine(subject: Subject, facts: FactValues): Promise<void> {
  const found = await difference(subject, facts);
  if (found) throw new Error(found);
}

function sameOnGeneratedFacts(document: RuleSetDocument, numRuns: number): Promise<void> {
  const subject = subjectOf({ document, contentHash: 'differential' });
  return fc.assert(
    fc.asyncProperty(factsArbitrary(document), (facts) => expectSameAsEngine(subject, facts)),
    { seed: SEED, numRuns },
  );
}

describe('the compiled evaluator answers as json-rules-engine', () => {
  it.each(shippedRuleSetFiles())('on the shipped rule set %s', async (file) => {
    const ruleSet = loadRuleSetFile(file);
    expect(compileRuleSet(ruleSet.document)).toHaveProperty('program');
    await sameOnGeneratedFacts(ruleSet.document, 1600);
  });

  it('on every construct of the format the shipped rule sets do not use', async () => {
    const ruleSet = loaded(coverageRuleSet);
    expect(compileRuleSet(ruleSet.document)).toHaveProperty('program');
    await sameOnGeneratedFacts(ruleSet.document, 2000);
  });

  it('on a rule set it leaves to the engine (a path with a slice)', async () => {
    const ruleSet = loaded(slicePathRuleSet);
    expect(compileRuleSet(ruleSet.document)).toEqual({
      leftToEngine: 'the path "$[-2:]" is left to the engine',
    });
    await sameOnGeneratedFacts(ruleSet.document, 200);
  });

  describe.each(DOMAIN_OPERATORS.map((operator) => [operator.name, operator] as const))(
    'on the domain operator %s',
    (_, operator) => {
      it('gives its documented example', async () => {
        const subject = subjectOf(loaded(oneConditionRuleSet(operator, operator.example.value)));
        const outcomes = await subject.compiled.evaluate({ series: operator.example.fact });
        expect(outcomes[0].fired).toBe(operator.example.result);
        await expectSameAsEngine(subject, { series: operator.example.fact });
      });

      it('on generated values and series', async () => {
        const hints = hintsOf(oneConditionRuleSet(operator, operator.example.value));
        hints.numbers.push(...operator.example.fact);
        await fc.assert(
          fc.asyncProperty(valueArbitrary(operator), seriesArbitrary(hints), async (value, series) => {
            const subject = subjectOf({ document: oneConditionRuleSet(operator, value), contentHash: 'x' });
            await expectSameAsEngine(subject, { series });
          }),
          { seed: SEED, numRuns: 250 },
        );
      });
    },
  );
});

function oneConditionRuleSet(operator: DomainOperator, value: unknown): RuleSetDocument {
  return {
    id: 'operator-example',
    title: operator.name,
    description: operator.description,
    owner: 'tests',
    version: '1.0.0',
    effectiveFrom: '2026-01-01',
    facts: [{ name: 'series', type: 'series', description: 'numbers, oldest first' }],
    rules: [
      {
        name: 'example',
        conditions: { all: [{ fact: 'series', operator: operator.name, value }] },
        event: { type: 'seen' },
      },
    ],
  };
}

/** Values the operator accepts, shaped like its example's (a number, or an object of numbers). */
function valueArbitrary(operator: DomainOperator): fc.Arbitrary<unknown> {
  const around = (example: number) =>
    fc.oneof(
      fc.constantFrom(example, example - 1, example + 1, 0, 1),
      fc.integer({ min: 0, max: 8 }),
      fc.double({ min: 0, max: 200, noNaN: true }),
    );
  const example = operator.example.value;
  const values: fc.Arbitrary<unknown> =
    typeof example === 'number'
      ? around(example)
      : fc.record(
          Object.fromEntries(
            Object.entries(example as Record<string, number>).map(([key, number]) => [key, around(number)]),
          ),
        );
  return values.filter((value) => operator.checkValue(value) === undefined);
}
