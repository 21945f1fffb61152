/**
 * Evaluations per second for every shipped rule set: through the project's rule library (CompiledRuleSet,
 * with traces and, in the last column, a buffered decision record) and through a bare json-rules-engine
 * Engine on the same rules and facts. Target: the library adds at most 10 % over the bare engine. Last, the
 * shipped request criteria's backtest (2024 → 2025) against carrying over last year's requests.
 *
 *   npm run bench
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { Engine } from 'json-rules-engine';

import { readConfigurationOrExit } from '#platform';
import {
  CompiledRuleSet,
  DecisionLog,
  decisionRecordOf,
  type DecisionStore,
  DOMAIN_OPERATORS,
  type FactValues,
  loadRuleSetFile,
  type RuleSetDocument,
} from '#rules';

import { readBenchSettings } from './bench-settings.js';
import { benchmarkBacktest } from './settlement-backtest.js';

const settings = readConfigurationOrExit('npm run bench', () => readBenchSettings());
const ROUND_MS = settings.roundMs;
const ROUNDS = 5;
const SAMPLES = 1000;

function ruleSetFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) return entry === 'schema' ? [] : ruleSetFiles(full);
    return entry.endsWith('.json') && !entry.endsWith('.test.json') ? [full] : [];
  });
}

/** Deterministic pseudo-random numbers, so every run measures the same facts. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

function sampleFacts(document: RuleSetDocument, count: number): FactValues[] {
  const next = random(42);
  return Array.from({ length: count }, (): FactValues =>
    Object.fromEntries(
      document.facts.map((fact): [string, FactValues[string]] => {
        const min = fact.range?.min ?? 0;
        const max = fact.range?.max ?? (fact.unit === 'percent' ? 120 : 1000);
        const number = () => Math.round((min + next() * (max - min)) * 10) / 10;
        switch (fact.type) {
          case 'number':
            return [fact.name, number()];
          case 'series':
            return [fact.name, Array.from({ length: 8 }, number)];
          case 'boolean':
            return [fact.name, next() > 0.5];
          default:
            return [fact.name, `value-${Math.floor(next() * 5)}`];
        }
      }),
    ),
  );
}

async function rate(
  evaluate: (facts: FactValues) => Promise<unknown>,
  samples: FactValues[],
): Promise<number> {
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(ROUND_MS) * 1_000_000n;
  let count = 0;
  while (process.hrtime.bigint() < deadline) {
    for (let index = 0; index < 100; index += 1) await evaluate(samples[(count + index) % samples.length]);
    count += 100;
  }
  return count / (Number(process.hrtime.bigint() - started) / 1e9);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function benchmark(file: string): Promise<void> {
  const loaded = loadRuleSetFile(file);
  const library = new CompiledRuleSet(loaded);
  const bare = new Engine(
    loaded.document.rules.map((rule) => ({
      name: rule.name,
      priority: rule.priority ?? 1,
      conditions: rule.conditions,
      event: { type: rule.event.type, params: rule.event.params ?? {} },
    })),
    { allowUndefinedFacts: false, replaceFactsInEventParams: false },
  );
  for (const operator of DOMAIN_OPERATORS) {
    bare.addOperator(operator.name, (factValue: unknown, value: unknown) =>
      operator.evaluate(factValue, value),
    );
  }
  const nowhere = { insert: () => Promise.resolve() } as unknown as DecisionStore;
  const decisions = new DecisionLog(nowhere);
  const samples = sampleFacts(loaded.document, SAMPLES);
  let recorded = 0;

  const variants: [string, (facts: FactValues) => Promise<unknown>][] = [
    ['bare json-rules-engine', (facts) => bare.run(facts)],
    ['rule library', (facts) => library.evaluate(facts)],
    [
      'rule library + decision record',
      async (facts) => {
        decisions.record([decisionRecordOf(library, 'bench', facts, await library.evaluate(facts))]);
        recorded += 1;
        if (recorded % 1000 === 0) await decisions.flush(); // the service flushes every 250 ms
      },
    ],
  ];
  for (const [, evaluate] of variants) await rate(evaluate, samples); // warm-up
  const rounds = new Map<string, number[]>(variants.map(([name]) => [name, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [name, evaluate] of variants) rounds.get(name)!.push(await rate(evaluate, samples));
  }
  const bareRate = median(rounds.get('bare json-rules-engine')!);
  console.log(
    `\n${loaded.document.id} ${loaded.document.version} (${loaded.document.rules.length} rules, ${path.relative(process.cwd(), file)})`,
  );
  for (const [name] of variants) {
    const value = median(rounds.get(name)!);
    const overhead = ((bareRate / value - 1) * 100).toFixed(1);
    console.log(
      `  ${name.padEnd(32)} ${Math.round(value).toLocaleString('en').padStart(9)} evaluations/s` +
        (name === 'bare json-rules-engine'
          ? ''
          : `   ratio ${(value / bareRate).toFixed(3)}   overhead ${overhead} %`),
    );
  }
}

async function main(): Promise<void> {
  console.log(
    `Median of ${ROUNDS} rounds of ${ROUND_MS} ms each, ${SAMPLES} fact samples, Node ${process.version}`,
  );
  for (const file of ruleSetFiles(settings.rulesDirectory)) await benchmark(file);
  await benchmarkBacktest(settings.rulesDirectory);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
