import { EnvReader, integerVariable, RULES_DIRECTORY } from '#platform';

export const BENCH_ROUND_MS = integerVariable({
  name: 'BENCH_ROUND_MS',
  description: 'how long each round of the benchmark runs',
  readBy: ['bench'],
  default: { value: 1500 },
  min: 100,
  max: 600000,
});

export function readBenchSettings(env: NodeJS.ProcessEnv = process.env): {
  roundMs: number;
  rulesDirectory: string;
} {
  const read = new EnvReader(env);
  const settings = { roundMs: read.value(BENCH_ROUND_MS), rulesDirectory: read.value(RULES_DIRECTORY) };
  read.done();
  return settings;
}
