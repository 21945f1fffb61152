import 'reflect-metadata';

import { runService } from '#platform';

import { createReceptionApp } from './reception.app.js';
import { readReceptionConfig } from './reception.config.js';

runService('reception', () => readReceptionConfig(), createReceptionApp);
