import {
  AUTH_AUDIENCE,
  AUTH_CLOCK_SKEW_SECONDS,
  AUTH_ISSUERS,
  type ConfigVariable,
  SERVICE_VARIABLES,
  WEB_VARIABLES,
} from '#platform';

import { RECEPTION_VARIABLES } from '../../apps/reception/src/reception.config.js';
import { SETTLEMENT_VARIABLES } from '../../apps/settlement/src/settlement.config.js';
import { BENCH_ROUND_MS } from '../../bench/bench-settings.js';
import { KAFKA_LOCAL_VERSION } from '../../infra/kafka-version.js';
import { TEST_DATABASE_URL } from '../../infra/test-database.js';

/** Every environment variable the project reads, in the order the README lists them. */
export const ALL_CONFIG_VARIABLES: readonly ConfigVariable<unknown>[] = [
  ...SERVICE_VARIABLES,
  AUTH_ISSUERS,
  AUTH_AUDIENCE,
  AUTH_CLOCK_SKEW_SECONDS,
  ...RECEPTION_VARIABLES,
  ...SETTLEMENT_VARIABLES,
  ...WEB_VARIABLES,
  KAFKA_LOCAL_VERSION,
  TEST_DATABASE_URL,
  BENCH_ROUND_MS,
];

/** Set by the code for a library it uses, or by the CLI benchmark for the process it measures: not configuration. */
export const VARIABLES_SET_FOR_LIBRARIES = ['KAFKAJS_NO_PARTITIONER_WARNING', 'LOADED_FILES_REPORT'];
