import path from 'node:path';

import { backtestFromFiles, backtestSummary } from '../tools/settlement/backtest.js';

/**
 * The shipped request criteria applied to 2024's figures and compared with IMDi's published requests for 2025,
 * beside carrying over 2024's requests: how well the criteria reproduce what IMDi asked (r, ρ, MAE).
 */
export async function benchmarkBacktest(rulesDirectory: string): Promise<void> {
  const started = performance.now();
  const report = await backtestFromFiles({
    criteria: path.join(rulesDirectory, 'settlement/request-criteria.json'),
    from: '2024',
    to: '2025',
  });
  console.log(
    `\nBacktest 2024 → 2025 (${report.total} persons, IMDi asked ${report.criteria.asked.published} of ${report.municipalities} municipalities; ${(performance.now() - started).toFixed(0)} ms)`,
  );
  for (const line of backtestSummary(report)) console.log(line);
}
