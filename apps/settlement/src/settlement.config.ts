import {
  CHECKS_APPLY_FROM,
  type ConfigVariable,
  readServiceConfig,
  type ServiceConfig,
  textVariable,
} from '#platform';

export const SETTLEMENT_CHECKS_CRON = textVariable({
  name: 'SETTLEMENT_CHECKS_CRON',
  description: 'when the daily settlement checks run (Europe/Oslo; a sixth field gives seconds)',
  readBy: ['settlement'],
  default: { value: '0 5 * * *' },
  pattern: /^\S+( \S+){4,5}$/,
  expected: 'a cron pattern of five or six fields',
});

export const DATA_DIRECTORY = textVariable({
  name: 'DATA_DIRECTORY',
  description: 'where the reference data the project ships is (municipalities, counties, IMDi figures)',
  readBy: ['settlement'],
  default: { value: 'data' },
  expected: 'a directory',
});

export const SETTLEMENT_VARIABLES: readonly ConfigVariable<unknown>[] = [
  SETTLEMENT_CHECKS_CRON,
  DATA_DIRECTORY,
];

export interface SettlementConfig extends ServiceConfig {
  settlementChecksCron: string;
  /** The reference data the project ships (data/). */
  dataDirectory: string;
  /** The first day a check may change escalations (CHECKS_APPLY_FROM); today when absent. */
  checksApplyFrom?: string;
}

export function readSettlementConfig(env: NodeJS.ProcessEnv = process.env): SettlementConfig {
  return readServiceConfig('settlement', env, (read) => ({
    settlementChecksCron: read.value(SETTLEMENT_CHECKS_CRON),
    dataDirectory: read.value(DATA_DIRECTORY),
    ...optionalDay(read.optional(CHECKS_APPLY_FROM)),
  }));
}

const optionalDay = (day: string | undefined) => (day === undefined ? {} : { checksApplyFrom: day });
