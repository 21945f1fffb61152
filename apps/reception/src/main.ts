import 'reflect-metadata';
import { createReceptionApp } from './reception.app.js';
import { readReceptionConfig } from './reception.config.js';

createReceptionApp(readReceptionConfig()).catch((error: Error) => {
  console.error(`Reception service failed to start: ${error.message}`);
  process.exit(1);
});
