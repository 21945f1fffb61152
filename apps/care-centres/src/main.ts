import 'reflect-metadata';

import { runService } from '#platform';

import { createCareCentresApp } from './care-centres.app.js';
import { readCareCentresConfig } from './care-centres.config.js';

runService('care-centres', () => readCareCentresConfig(), createCareCentresApp);
