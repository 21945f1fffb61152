/**
 * Whole-process time of the command-line tools against a Node.js process that does nothing (`node -e ''`),
 * and the files each loads. Target: a distribution (`npm run settlement -- distribute`) under 0.6 s.
 *
 *   npm run bench   (after the rules benchmark; alone: npm run build && node dist/bench/cli.bench.js, from
 *                    the checkout whose tools to measure)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { loadedFilesReport } from './loaded-files-report.js';

const RUNS = 9;
const TARGET_SECONDS = 0.6;
const scratch = mkdtempSync(path.join(tmpdir(), 'cli-bench-'));

interface Command {
  label: string;
  args: string[];
}

const nothing: Command = { label: "node -e ''", args: ['-e', ''] };
const commands: Command[] = [
  {
    label: 'settlement distribute',
    args: [
      'dist/tools/settlement-cli.js',
      'distribute',
      ...['--year', '2026', '--total', '13000', '--em', '651', '--out', path.join(scratch, 'requests.csv')],
    ],
  },
  { label: 'rules validate', args: ['dist/tools/rules-cli.js', 'validate'] },
  { label: 'rules test', args: ['dist/tools/rules-cli.js', 'test'] },
];

interface Run {
  seconds: number;
  pid: number;
}

function run(command: Command, preload: string[] = []): Run {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [...preload, ...command.args], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${command.label} failed:\n${result.stdout}${result.stderr}`);
  return { seconds, pid: result.pid };
}

/** The files the command loads, counted by loaded-files.ts (which it does not count). */
function filesLoaded(command: Command): number {
  const counter = fileURLToPath(new URL('./loaded-files.js', import.meta.url));
  const report = loadedFilesReport(run(command, ['--import', counter]).pid);
  const files = readFileSync(report, 'utf8').split('\n').filter(Boolean);
  rmSync(report, { force: true });
  return files.filter((file) => !file.includes(`${path.sep}bench${path.sep}loaded-files`)).length;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function main(): void {
  const times = new Map<string, number[]>([nothing, ...commands].map(({ label }) => [label, []]));
  run(nothing);
  for (let round = 0; round < RUNS; round += 1)
    for (const command of [nothing, ...commands]) times.get(command.label)!.push(run(command).seconds);
  const baseline = median(times.get(nothing.label)!);
  console.log(`\nWhole-process time, median of ${RUNS} runs (interleaved), Node ${process.version}\n`);
  const rows = [
    ['command', 'seconds', 'ratio to node -e', 'files loaded'],
    [nothing.label, baseline.toFixed(3), '1.0×', ''],
    ...commands.map((command) => {
      const value = median(times.get(command.label)!);
      return [
        command.label,
        value.toFixed(3),
        `${(value / baseline).toFixed(1)}×`,
        String(filesLoaded(command)),
      ];
    }),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column])))
        .join('  '),
    );
  const distribution = median(times.get(commands[0].label)!);
  console.log(
    `\nA distribution takes ${distribution.toFixed(2)} s whole process: target (under ${TARGET_SECONDS} s) ` +
      `${distribution < TARGET_SECONDS ? 'met' : 'NOT met'}.`,
  );
}

try {
  main();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
