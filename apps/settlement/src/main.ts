import 'reflect-metadata';

import { runService } from '#platform';

import { createSettlementApp } from './settlement.app.js';
import { readSettlementConfig } from './settlement.config.js';

runService('settlement', () => readSettlementConfig(), createSettlementApp);
