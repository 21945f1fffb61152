import { bringUpInfrastructure, infrastructureSettingsFromEnv } from './infrastructure.js';

bringUpInfrastructure(infrastructureSettingsFromEnv()).then(
  () => console.log('Infrastructure is up.'),
  (error: Error) => {
    console.error(`Infrastructure failed: ${error.message}`);
    process.exit(1);
  },
);
