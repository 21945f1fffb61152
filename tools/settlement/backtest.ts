/**
 * `npm run settlement -- backtest [--criteria FILE] [--from 2024] [--to 2025] [--indicators FILE]
 * [--county-targets FILE]`: the criteria (the shipped ones by default) applied to one year's figures, compared
 * with the requests IMDi published for the next, beside carrying over last year's requests scaled to the new
 * total. `--county-targets data/imdi/imdi_fylke_2025.csv` distributes within the year's real county split.
 */
import { CompiledRuleSet, loadRuleSetFile } from '#rules/core';

import { parseIndicatorsCsv } from '../../apps/settlement/src/municipalities/indicators-csv.js';
import { readReferenceData } from '../../apps/settlement/src/municipalities/reference-data.js';
import {
  backtest,
  type BacktestReport,
  type MethodComparison,
} from '../../apps/settlement/src/requests/backtest/backtest.js';
import { countyTargetsOption } from './options.js';
import { readSheet } from './read-sheet.js';

export interface BacktestOptions {
  criteria?: string;
  from?: string;
  to?: string;
  indicators?: string;
  'county-targets'?: string;
  data?: string;
}

const year = (name: string, value: string | undefined): number => {
  if (value === undefined || !/^\d{4}$/.test(value)) throw new Error(`--${name} must be a year, like 2024`);
  return Number(value);
};

/** Runs a backtest from files: the criteria, the data directory, indicators and a county split. */
export async function backtestFromFiles(options: BacktestOptions): Promise<BacktestReport> {
  const criteria = new CompiledRuleSet(
    loadRuleSetFile(options.criteria ?? 'rules/settlement/request-criteria.json'),
  );
  const reference = readReferenceData(options.data ?? 'data');
  const known = new Set(reference.municipalities.map((municipality) => municipality.number));
  return backtest({
    criteria,
    reference,
    from: year('from', options.from ?? '2024'),
    to: year('to', options.to ?? '2025'),
    indicators: options.indicators
      ? parseIndicatorsCsv(readSheet(options.indicators), criteria.loaded.document.facts, known)
      : undefined,
    countyTargets: countyTargetsOption(options['county-targets'], reference),
    computedAt: new Date().toISOString(),
  });
}

const cell = (value: string | number, width: number) => String(value).padStart(width);

/** One line per method: r, ρ, MAE and the municipalities asked. */
export function backtestSummary(report: BacktestReport): string[] {
  return [
    `  ${'method'.padEnd(44)} ${cell('r', 6)} ${cell('ρ', 6)} ${cell('MAE', 6)} ${cell('asked', 6)} ${cell('both', 5)} ${cell('only us', 8)} ${cell('only IMDi', 10)}`,
    ...[report.criteria, report.carryingOver].map(
      (method) =>
        `  ${method.method.padEnd(44)} ${cell(method.pearson.toFixed(3), 6)} ${cell(method.spearman.toFixed(3), 6)} ` +
        `${cell(method.meanAbsoluteError.toFixed(2), 6)} ${cell(method.asked.computed, 6)} ${cell(method.asked.both, 5)} ` +
        `${cell(method.asked.computedOnly, 8)} ${cell(method.asked.publishedOnly, 10)}`,
    ),
  ];
}

function details(method: MethodComparison): string[] {
  return [
    '',
    `  ${method.method}: largest differences (computed, published, difference)`,
    ...method.largestDifferences.map(
      (row) =>
        `    ${row.kommunenummer} ${row.kommunenavn.padEnd(22)} ${cell(row.computed, 6)} ${cell(row.published, 6)} ${cell(row.difference, 6)}`,
    ),
    `  ${method.method}: per county (computed, published, difference)`,
    ...method.counties.map(
      (county) =>
        `    ${county.fylkesnummer} ${county.fylkesnavn.padEnd(22)} ${cell(county.computed, 6)} ${cell(county.published, 6)} ${cell(county.difference, 6)}`,
    ),
    ...method.warnings.map((warning) => `  warning: ${warning}`),
  ];
}

/** The report as a table for the screen. */
export function backtestTable(report: BacktestReport): string {
  return [
    `Backtest: criteria applied to ${report.from}'s figures, compared with IMDi's published requests for ${report.to} ` +
      `(${report.total} persons; ${report.criteria.asked.published} of ${report.municipalities} municipalities asked)` +
      (report.followsCountyTargets ? ', within the county split given' : ''),
    ...backtestSummary(report),
    ...details(report.criteria),
    ...details(report.carryingOver),
  ].join('\n');
}

export async function runBacktestCommand(options: BacktestOptions): Promise<void> {
  console.log(backtestTable(await backtestFromFiles(options)));
}
