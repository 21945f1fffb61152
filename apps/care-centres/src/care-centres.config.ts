import { CHECKS_APPLY_FROM, readServiceConfig, type ServiceConfig } from '#platform';

export interface CareCentresConfig extends ServiceConfig {
  /** The first day a check may change escalations (CHECKS_APPLY_FROM); today when absent. */
  checksApplyFrom?: string;
}

export function readCareCentresConfig(env: NodeJS.ProcessEnv = process.env): CareCentresConfig {
  return readServiceConfig('care-centres', env, (read) => {
    const applyFrom = read.optional(CHECKS_APPLY_FROM);
    return applyFrom === undefined ? {} : { checksApplyFrom: applyFrom };
  });
}
