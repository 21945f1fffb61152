/**
 * For policy staff at IMDi: compute a distribution of the settlement need without the services running.
 *
 *   npm run settlement -- distribute --year 2026 --total 13000 --em-under-15 80 --em-15-to-18 571
 *        [--criteria rules/settlement/request-criteria.json] [--indicators indicators.csv]
 *        [--county-targets targets.csv] [--county-recommendations recommendations.csv]
 *        [--out requests-2026.csv] [--dialect excel-no] [--explain 0301]
 *   npm run settlement -- backtest [--criteria FILE] [--from 2024] [--to 2025] [--indicators FILE]
 *        [--county-targets FILE]   (see tools/settlement/backtest.ts)
 *
 * distribute writes kommunenummer, kommunenavn, fylkesnummer, requested, of_which_em, em_under_15, em_15_to_18
 * (CSV) to --out or the screen, and prints totals, per county, warnings and how long it took. Input sheets may
 * be saved from Norwegian Excel (semicolons, decimal commas, UTF-8 or Windows-1252). `--em` alone (no age
 * bands) is distributed as 15–18; without any EM figure, EM is unknown.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { CompiledRuleSet, loadRuleSetFile, RuleSetValidationError } from '#rules/core';

import { parseIndicatorsCsv } from '../apps/settlement/src/municipalities/indicators-csv.js';
import { municipalityInputs } from '../apps/settlement/src/municipalities/municipality-inputs.js';
import { readReferenceData } from '../apps/settlement/src/municipalities/reference-data.js';
import { computeDistribution } from '../apps/settlement/src/requests/distribution/compute-distribution.js';
import { parseCountyRecommendationsCsv } from '../apps/settlement/src/requests/distribution/county-recommendations-csv.js';
import { distributionCsv } from '../apps/settlement/src/requests/distribution/distribution-csv.js';
import { explainRequest } from '../apps/settlement/src/requests/distribution/explain-request.js';
import { minorsOf } from '../apps/settlement/src/requests/distribution/minors-of-command.js';
import { runBacktestCommand } from './settlement/backtest.js';
import { countyTargetsOption, dialectOption } from './settlement/options.js';
import { readSheet } from './settlement/read-sheet.js';

function wholeNumber(name: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value)) throw new Error(`--${name} must be a whole number`);
  return Number(value);
}

async function distribute(values: Record<string, string | undefined>): Promise<void> {
  const started = performance.now();
  const year = wholeNumber('year', values.year);
  const total = wholeNumber('total', values.total);
  const optional = (name: string) =>
    values[name] === undefined ? undefined : wholeNumber(name, values[name]);
  const minors = minorsOf(
    {
      total,
      em: optional('em'),
      emUnder15: optional('em-under-15'),
      em15To18: optional('em-15-to-18'),
    },
    undefined,
  );
  const criteria = new CompiledRuleSet(
    loadRuleSetFile(values.criteria ?? 'rules/settlement/request-criteria.json'),
  );
  const reference = readReferenceData(values.data ?? 'data');
  const known = new Set(reference.municipalities.map((municipality) => municipality.number));
  const indicators = values.indicators
    ? parseIndicatorsCsv(readSheet(values.indicators), criteria.loaded.document.facts, known)
    : undefined;
  const recommendations = values['county-recommendations']
    ? parseCountyRecommendationsCsv(readSheet(values['county-recommendations']), known)
    : undefined;
  const distribution = await computeDistribution({
    year,
    total,
    em: minors.em,
    criteria,
    municipalities: municipalityInputs(reference, year, indicators),
    countyRecommendations: recommendations,
    countyTargets: countyTargetsOption(values['county-targets'], reference),
    computedAt: new Date().toISOString(),
    warnings: minors.warnings,
  });
  const elapsed = performance.now() - started;
  const csv = distributionCsv(distribution, dialectOption(values.dialect));
  if (values.out) writeFileSync(values.out, csv);
  else process.stdout.write(csv);

  const asked = distribution.municipalities.filter((m) => m.requested > 0);
  const report = [
    `\n${criteria.id} ${criteria.version}, ${distribution.method}: ${distribution.total} persons (${distribution.em} unaccompanied minors) for ${year}`,
    `  ${asked.length} of ${distribution.municipalities.length} municipalities asked; ` +
      `sum ${asked.reduce((s, m) => s + m.requested, 0)}, of which EM ${distribution.em === null ? 'unknown' : asked.reduce((s, m) => s + m.em, 0)}; ` +
      `smallest request ${Math.min(...asked.map((m) => m.requested))}`,
    ...distribution.counties.map(
      (c) => `  ${c.fylkesnummer} ${c.fylkesnavn.padEnd(20)} ${String(c.requested).padStart(6)}  EM ${c.em}`,
    ),
    ...distribution.warnings.map((warning) => `  warning: ${warning}`),
    ...(values.explain
      ? [
          '',
          ...values.explain.split(',').map((number) => {
            const request = distribution.municipalities.find((m) => m.kommunenummer === number);
            return request ? explainRequest(request) : `${number}: no such municipality`;
          }),
        ]
      : []),
    `  computed in ${elapsed.toFixed(0)} ms${values.out ? `; written to ${values.out}` : ''}`,
  ];
  console.error(report.join('\n'));
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      year: { type: 'string' },
      total: { type: 'string' },
      em: { type: 'string' },
      criteria: { type: 'string' },
      indicators: { type: 'string' },
      'county-recommendations': { type: 'string' },
      out: { type: 'string' },
      explain: { type: 'string' },
      data: { type: 'string' },
      'em-under-15': { type: 'string' },
      'em-15-to-18': { type: 'string' },
      'county-targets': { type: 'string' },
      dialect: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
    },
  });
  if (positionals[0] === 'backtest') return runBacktestCommand(values);
  if (positionals[0] !== 'distribute')
    throw new Error('Commands: distribute, backtest (see the top of tools/settlement-cli.ts)');
  await distribute(values);
}

main().catch((error: Error) => {
  console.error(error instanceof RuleSetValidationError ? error.message : `settlement: ${error.message}`);
  process.exit(1);
});
