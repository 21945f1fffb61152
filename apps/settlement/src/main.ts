import 'reflect-metadata';
import { createSettlementApp } from './settlement.app.js';
import { readSettlementConfig } from './settlement.config.js';

createSettlementApp(readSettlementConfig()).catch((error: Error) => {
  console.error(`settlement service failed to start: ${error.message}`);
  process.exit(1);
});
