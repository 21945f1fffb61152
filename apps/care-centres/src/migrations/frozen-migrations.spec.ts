import { readFileSync } from 'node:fs';

import { frozenMigrationProblems, type FrozenMigrations } from '#persistence';

import { careCentresMigrations } from './index.js';

const frozenFile = 'apps/care-centres/src/migrations/frozen-migrations.json';

describe('care-centres migrations', () => {
  it('run the SQL each had when it was frozen in frozen-migrations.json', async () => {
    const frozen = JSON.parse(readFileSync(frozenFile, 'utf8')) as FrozenMigrations;
    expect(await frozenMigrationProblems(careCentresMigrations, frozen)).toEqual([]);
  });
});
