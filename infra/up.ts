import { readConfigurationOrExit } from '#platform';

import { bringUpInfrastructure, infrastructureSettingsFromEnv } from './infrastructure.js';

const settings = readConfigurationOrExit('npm run infra:up', () => infrastructureSettingsFromEnv());
bringUpInfrastructure(settings).then(
  () => console.log('Infrastructure is up.'),
  (error: Error) => {
    console.error(`Infrastructure failed: ${error.message}`);
    process.exit(1);
  },
);
