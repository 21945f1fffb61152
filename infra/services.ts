import { defaultOf, HTTP_PORT, type ServiceName } from '#platform';

import { readCareCentresConfig } from '../apps/care-centres/src/care-centres.config.js';
import { readReceptionConfig } from '../apps/reception/src/reception.config.js';
import { readSettlementConfig } from '../apps/settlement/src/settlement.config.js';

/**
 * The three services: where their entry points are after `npm run build`, where they listen by default and
 * how each reads its configuration.
 */
export const services: readonly {
  name: ServiceName;
  port: number;
  entry: string;
  readConfig: (env: NodeJS.ProcessEnv) => unknown;
}[] = [
  {
    name: 'settlement',
    port: defaultOf(HTTP_PORT, 'settlement'),
    entry: 'dist/apps/settlement/src/main.js',
    readConfig: readSettlementConfig,
  },
  {
    name: 'reception',
    port: defaultOf(HTTP_PORT, 'reception'),
    entry: 'dist/apps/reception/src/main.js',
    readConfig: readReceptionConfig,
  },
  {
    name: 'care-centres',
    port: defaultOf(HTTP_PORT, 'care-centres'),
    entry: 'dist/apps/care-centres/src/main.js',
    readConfig: readCareCentresConfig,
  },
];
