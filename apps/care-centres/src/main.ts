import 'reflect-metadata';
import { createCareCentresApp } from './care-centres.app.js';
import { readCareCentresConfig } from './care-centres.config.js';

createCareCentresApp(readCareCentresConfig()).catch((error: Error) => {
  console.error(`care-centres service failed to start: ${error.message}`);
  process.exit(1);
});
