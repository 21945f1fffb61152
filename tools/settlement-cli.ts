/**
 * For policy staff at IMDi: compute a distribution of the settlement need without the services running.
 *
 *   npm run settlement -- distribute --year 2026 --total 13000 --em 651
 *        [--criteria rules/settlement/request-criteria.json] [--indicators indicators.csv]
 *        [--county-recommendations recommendations.csv] [--out requests-2026.csv] [--explain 0301]
 *
 * Writes kommunenummer, kommunenavn, fylkesnummer, requested, of_which_em (CSV) to --out or the screen,
 * and prints totals, per county, and how long it took.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { CompiledRuleSet, loadRuleSetFile, RuleSetValidationError } from '#rules/core';

import { parseIndicatorsCsv } from '../apps/settlement/src/municipalities/indicators-csv.js';
import { municipalityInputs } from '../apps/settlement/src/municipalities/municipality-inputs.js';
import { readReferenceData } from '../apps/settlement/src/municipalities/reference-data.js';
import { computeDistribution } from '../apps/settlement/src/requests/distribution/compute-distribution.js';
import { parseCountyRecommendationsCsv } from '../apps/settlement/src/requests/distribution/county-recommendations-csv.js';
import { distributionCsv } from '../apps/settlement/src/requests/distribution/distribution-csv.js';
import { explainRequest } from '../apps/settlement/src/requests/distribution/explain-request.js';

function wholeNumber(name: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value)) throw new Error(`--${name} must be a whole number`);
  return Number(value);
}

async function distribute(values: Record<string, string | undefined>): Promise<void> {
  const started = performance.now();
  const year = wholeNumber('year', values.year);
  const total = wholeNumber('total', values.total);
  const em = wholeNumber('em', values.em ?? '0');
  const criteria = new CompiledRuleSet(
    loadRuleSetFile(values.criteria ?? 'rules/settlement/request-criteria.json'),
  );
  const reference = readReferenceData(values.data ?? 'data');
  const known = new Set(reference.municipalities.map((municipality) => municipality.number));
  const indicators = values.indicators
    ? parseIndicatorsCsv(readFileSync(values.indicators, 'utf8'), criteria.loaded.document.facts, known)
    : undefined;
  const recommendations = values['county-recommendations']
    ? parseCountyRecommendationsCsv(readFileSync(values['county-recommendations'], 'utf8'), known)
    : undefined;
  const distribution = await computeDistribution({
    year,
    total,
    em,
    criteria,
    municipalities: municipalityInputs(reference, year, indicators),
    countyRecommendations: recommendations,
    computedAt: new Date().toISOString(),
  });
  const elapsed = performance.now() - started;
  const csv = distributionCsv(distribution);
  if (values.out) writeFileSync(values.out, csv);
  else process.stdout.write(csv);

  const asked = distribution.municipalities.filter((m) => m.requested > 0);
  const report = [
    `\n${criteria.id} ${criteria.version}, ${distribution.method}: ${distribution.total} persons (${distribution.em} unaccompanied minors) for ${year}`,
    `  ${asked.length} of ${distribution.municipalities.length} municipalities asked; ` +
      `sum ${asked.reduce((s, m) => s + m.requested, 0)}, of which EM ${asked.reduce((s, m) => s + m.em, 0)}; ` +
      `smallest request ${Math.min(...asked.map((m) => m.requested))}`,
    ...distribution.counties.map(
      (c) => `  ${c.fylkesnummer} ${c.fylkesnavn.padEnd(20)} ${String(c.requested).padStart(6)}  EM ${c.em}`,
    ),
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
    },
  });
  if (positionals[0] !== 'distribute')
    throw new Error('Commands: distribute (see the top of tools/settlement-cli.ts)');
  await distribute(values);
}

main().catch((error: Error) => {
  console.error(error instanceof RuleSetValidationError ? error.message : `settlement: ${error.message}`);
  process.exit(1);
});
