import { readFileSync } from 'node:fs';

import { frozenMigrationProblems, type FrozenMigrations } from '#persistence';

import { receptionMigrations } from './index.js';

const frozenFile = 'apps/reception/src/migrations/frozen-migrations.json';

describe('reception migrations', () => {
  it('run the SQL each had when it was frozen in frozen-migrations.json', async () => {
    const frozen = JSON.parse(readFileSync(frozenFile, 'utf8')) as FrozenMigrations;
    expect(await frozenMigrationProblems(receptionMigrations, frozen)).toEqual([]);
  });
});
