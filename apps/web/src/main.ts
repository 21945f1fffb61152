import 'reflect-metadata';

import { readConfigurationOrExit } from '#platform';

import { createWebApp } from './web.app.js';
import { readWebConfig } from './web.config.js';

const config = readConfigurationOrExit('web', () => readWebConfig());
createWebApp(config)
  .then((app) => console.warn(`Workbench listening on ${app.url}`))
  .catch((error: Error) => {
    console.error(`web failed to start: ${error.message}`);
    process.exit(1);
  });
