import { EnvReader, readServiceConfig, type ServiceConfig } from '#platform';

export interface SettlementConfig extends ServiceConfig {
  /** When the daily checks run (cron, Europe/Oslo; six fields allow seconds). */
  settlementChecksCron: string;
}

export function readSettlementConfig(env: NodeJS.ProcessEnv = process.env): SettlementConfig {
  const base = readServiceConfig(
    { serviceName: 'settlement', httpPort: 3001, databaseSchema: 'settlement' },
    env,
  );
  const read = new EnvReader(env);
  const settlementChecksCron = read.string('SETTLEMENT_CHECKS_CRON', '0 5 * * *');
  if (!/^\S+( \S+){4,5}$/.test(settlementChecksCron)) {
    throw new Error(
      `SETTLEMENT_CHECKS_CRON="${settlementChecksCron}" must be a cron pattern of five or six fields`,
    );
  }
  return { ...base, settlementChecksCron };
}
