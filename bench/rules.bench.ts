/**
 * Evaluations per second for every shipped rule set, measured in one run on the same facts:
 *   - json-rules-engine: a bare Engine with the domain operators (the reference semantics);
 *   - library before: the rule library as it was before the compiler (EngineRuleSet: the engine, with lazy
 *     traces);
 *   - compiled: CompiledRuleSet, the rules translated into closures when the rule set is activated.
 * The library columns are also measured with a decision record built on each evaluation (its trace left lazy,
 * as the services keep it until the batch is written), and with that record serialised as the decision store
 * writes it (which builds the trace). Target: compiled at least 50 times the bare engine on every rule set.
 *   Last, the shipped request criteria's backtest (2024 → 2025) against carrying over last year's requests.
 *
 *   npm run bench            (BENCH_ROUND_MS sets the length of a round; then `npm run bench:cli`)
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { Engine } from 'json-rules-engine';

import { readConfigurationOrExit } from '#platform';
import {
  CompiledRuleSet,
  decisionRecordOf,
  DOMAIN_OPERATORS,
  EngineRuleSet,
  type FactValues,
  loadRuleSetFile,
  type RuleOutcome,
  type RuleSetDocument,
} from '#rules';

import { readBenchSettings } from './bench-settings.js';
import { benchmarkBacktest } from './settlement-backtest.js';

const settings = readConfigurationOrExit('npm run bench', () => readBenchSettings());
const ROUND_MS = settings.roundMs;
const ROUNDS = 3;
const SLICES = 10;
const SAMPLES = 1000;
const TARGET = 50;

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

function bareEngine(document: RuleSetDocument): Engine {
  const engine = new Engine(
    document.rules.map((rule) => ({
      name: rule.name,
      priority: rule.priority ?? 1,
      conditions: rule.conditions,
      event: { type: rule.event.type, params: rule.event.params ?? {} },
    })),
    { allowUndefinedFacts: false, replaceFactsInEventParams: false },
  );
  for (const operator of DOMAIN_OPERATORS) {
    engine.addOperator(operator.name, (factValue: unknown, value: unknown) =>
      operator.evaluate(factValue, value),
    );
  }
  return engine;
}

type Evaluate = (facts: FactValues) => Promise<unknown>;

interface Slice {
  evaluations: number;
  cpuMicroseconds: number;
}

/** Evaluations for about `milliseconds`, with the CPU time this process spent on them. */
async function slice(evaluate: Evaluate, samples: FactValues[], milliseconds: number): Promise<Slice> {
  const deadline = process.hrtime.bigint() + BigInt(milliseconds) * 1_000_000n;
  const cpu = process.cpuUsage();
  let evaluations = 0;
  while (process.hrtime.bigint() < deadline) {
    for (let index = 0; index < 100; index += 1)
      await evaluate(samples[(evaluations + index) % samples.length]);
    evaluations += 100;
  }
  const { user, system } = process.cpuUsage(cpu);
  return { evaluations, cpuMicroseconds: user + system };
}

/**
 * One round: every variant runs ROUND_MS in all, in SLICES short turns taken one after another, so that other
 * work on the machine falls on all of them alike; rates are per second of this process's CPU time.
 */
async function round(variants: { key: string; evaluate: Evaluate }[], samples: FactValues[], ms: number) {
  const totals = new Map(variants.map(({ key }) => [key, { evaluations: 0, cpuMicroseconds: 0 }]));
  for (let turn = 0; turn < SLICES; turn += 1) {
    for (const { key, evaluate } of variants) {
      const { evaluations, cpuMicroseconds } = await slice(evaluate, samples, ms / SLICES);
      const total = totals.get(key)!;
      total.evaluations += evaluations;
      total.cpuMicroseconds += cpuMicroseconds;
    }
  }
  return new Map([...totals].map(([key, total]) => [key, total.evaluations / (total.cpuMicroseconds / 1e6)]));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

interface Row {
  label: string;
  bare?: Evaluate;
  before: Evaluate;
  compiled: Evaluate;
}

interface Measured {
  ruleSet: string;
  rules: number;
  rows: { label: string; bare?: number; before: number; compiled: number }[];
}

async function benchmark(file: string): Promise<Measured> {
  const loaded = loadRuleSetFile(file);
  const compiled = new CompiledRuleSet(loaded);
  const before = new EngineRuleSet(loaded);
  const engine = bareEngine(loaded.document);
  const samples = sampleFacts(loaded.document, SAMPLES);
  // The record names the version that decided; both libraries evaluate the same one.
  const record = (facts: FactValues, outcomes: RuleOutcome[]) =>
    decisionRecordOf(compiled, 'bench', facts, outcomes, { bench: true });
  const rows: Row[] = [
    {
      label: 'evaluation',
      bare: (facts) => engine.run(facts),
      before: (facts) => before.evaluate(facts),
      compiled: (facts) => compiled.evaluate(facts),
    },
    {
      label: '+ decision record',
      before: async (facts) => record(facts, await before.evaluate(facts)),
      compiled: async (facts) => record(facts, await compiled.evaluate(facts)),
    },
    {
      label: '+ record serialised',
      before: async (facts) => JSON.stringify(record(facts, await before.evaluate(facts))),
      compiled: async (facts) => JSON.stringify(record(facts, await compiled.evaluate(facts))),
    },
  ];
  const variants = rows.flatMap((row) =>
    (['bare', 'before', 'compiled'] as const).flatMap((column) => {
      const evaluate = row[column];
      return evaluate ? [{ key: `${row.label}/${column}`, evaluate }] : [];
    }),
  );
  await round(variants, samples, ROUND_MS / 5); // warm-up
  const rounds = new Map<string, number[]>(variants.map(({ key }) => [key, []]));
  for (let index = 0; index < ROUNDS; index += 1) {
    for (const [key, rate] of await round(variants, samples, ROUND_MS)) rounds.get(key)!.push(rate);
  }
  const figure = (key: string) => (rounds.has(key) ? median(rounds.get(key)!) : undefined);
  return {
    ruleSet: `${loaded.document.id} ${loaded.document.version}`,
    rules: loaded.document.rules.length,
    rows: rows.map(({ label }) => ({
      label,
      bare: figure(`${label}/bare`),
      before: figure(`${label}/before`)!,
      compiled: figure(`${label}/compiled`)!,
    })),
  };
}

const perSecond = (value: number | undefined) =>
  value === undefined ? '' : `${Math.round(value).toLocaleString('en')}/s`;
const times = (value: number) => `${value.toFixed(1)}×`;

function print(results: Measured[]): void {
  const header = ['rule set', 'rules', 'measured', 'json-rules-engine', 'library before', 'compiled'];
  const lines = [
    [...header, 'compiled ÷ engine', 'compiled ÷ before'],
    ...results.flatMap(({ ruleSet, rules, rows }) =>
      rows.map((row, index) => [
        index === 0 ? ruleSet : '',
        index === 0 ? String(rules) : '',
        row.label,
        perSecond(row.bare),
        perSecond(row.before),
        perSecond(row.compiled),
        row.bare === undefined ? '' : times(row.compiled / row.bare),
        times(row.compiled / row.before),
      ]),
    ),
  ];
  const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)));
  for (const line of lines)
    console.log(
      line
        .map((cell, column) => (column < 3 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
        .join('  '),
    );
  const ratios = results.map(({ ruleSet, rows }) => ({ ruleSet, ratio: rows[0].compiled / rows[0].bare! }));
  const short = ratios.filter(({ ratio }) => ratio < TARGET);
  console.log(
    short.length === 0
      ? `\nTarget met: the compiled evaluator is at least ${TARGET}× the bare engine on every rule set ` +
          `(lowest ${times(Math.min(...ratios.map(({ ratio }) => ratio)))}).`
      : `\nTarget NOT met (${TARGET}×) on: ${short.map(({ ruleSet, ratio }) => `${ruleSet} ${times(ratio)}`).join(', ')}.`,
  );
}

async function main(): Promise<void> {
  console.log(
    `Evaluations per second of CPU time, median of ${ROUNDS} rounds; in each round every variant runs ` +
      `${ROUND_MS} ms in ${SLICES} turns taken in rotation. ${SAMPLES} fact samples per rule set, ` +
      `Node ${process.version}\n`,
  );
  const results: Measured[] = [];
  for (const file of ruleSetFiles(settings.rulesDirectory)) results.push(await benchmark(file));
  print(results);
  await benchmarkBacktest(settings.rulesDirectory);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
