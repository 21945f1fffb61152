import type { MigrationInterface, QueryRunner } from 'typeorm';

import {
  frozenMigrationProblems,
  migrationFingerprint,
  recordMigrationStatements,
} from './frozen-migrations.js';

class Things1700000000000 implements MigrationInterface {
  name = 'Things1700000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE things (thing_id text PRIMARY KEY)');
    await runner.query('INSERT INTO things VALUES ($1)', ['first']);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE things');
  }
}

class Colours1700000100000 implements MigrationInterface {
  name = 'Colours1700000100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE things ADD COLUMN colour text');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE things DROP COLUMN colour');
  }
}

const EditedThings = class Things1700000000000 implements MigrationInterface {
  name = 'Things1700000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE things (thing_id text PRIMARY KEY, label text)');
    await runner.query('INSERT INTO things VALUES ($1)', ['first']);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE things');
  }
};

class BuiltBySchemaBuilder1700000200000 implements MigrationInterface {
  name = 'BuiltBySchemaBuilder1700000200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.dropTable('things');
  }

  async down(): Promise<void> {}
}

async function frozenAs(...migrations: Array<new () => MigrationInterface>): Promise<Record<string, string>> {
  const frozen: Record<string, string> = {};
  for (const migration of migrations) frozen[new migration().name!] = await migrationFingerprint(migration);
  return frozen;
}

describe('recordMigrationStatements', () => {
  it('records what up and down run, in order, with parameters', async () => {
    expect(await recordMigrationStatements(Things1700000000000)).toEqual({
      up: ['CREATE TABLE things (thing_id text PRIMARY KEY)', ['INSERT INTO things VALUES ($1)', ['first']]],
      down: ['DROP TABLE things'],
    });
  });

  it('refuses a migration that uses more of the runner than query', async () => {
    await expect(recordMigrationStatements(BuiltBySchemaBuilder1700000200000)).rejects.toThrow(
      'Migration BuiltBySchemaBuilder1700000200000 uses runner.dropTable',
    );
  });
});

describe('migrationFingerprint', () => {
  it('changes with the SQL and only with it', async () => {
    expect(await migrationFingerprint(Things1700000000000)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await migrationFingerprint(Things1700000000000)).toBe(
      await migrationFingerprint(Things1700000000000),
    );
    expect(await migrationFingerprint(EditedThings)).not.toBe(
      await migrationFingerprint(Things1700000000000),
    );
  });
});

describe('frozenMigrationProblems', () => {
  it('finds none when every migration runs the SQL it was frozen with', async () => {
    const frozen = await frozenAs(Things1700000000000, Colours1700000100000);
    expect(await frozenMigrationProblems([Things1700000000000, Colours1700000100000], frozen)).toEqual([]);
  });

  it('names a frozen migration whose SQL changed', async () => {
    const frozen = await frozenAs(Things1700000000000, Colours1700000100000);
    expect(await frozenMigrationProblems([EditedThings, Colours1700000100000], frozen)).toEqual([
      'Things1700000000000 changed after it was frozen: put the change in a new migration instead',
    ]);
  });

  it('names a frozen migration that is no longer in the list', async () => {
    const frozen = await frozenAs(Things1700000000000, Colours1700000100000);
    expect(await frozenMigrationProblems([Colours1700000100000], frozen)).toEqual([
      'Things1700000000000 was frozen but is no longer in the list; a database may have run it',
    ]);
  });

  it('asks for the fingerprint of a new migration at the end', async () => {
    const frozen = await frozenAs(Things1700000000000);
    const fingerprint = await migrationFingerprint(Colours1700000100000);
    expect(await frozenMigrationProblems([Things1700000000000, Colours1700000100000], frozen)).toEqual([
      `Colours1700000100000 is new and not frozen yet: add "Colours1700000100000": "${fingerprint}"`,
    ]);
  });

  it('refuses a new migration that would run before one already frozen', async () => {
    const frozen = await frozenAs(Colours1700000100000);
    const fingerprint = await migrationFingerprint(Things1700000000000);
    expect(await frozenMigrationProblems([Things1700000000000, Colours1700000100000], frozen)).toEqual([
      `Things1700000000000 is new and not frozen yet: add "Things1700000000000": "${fingerprint}"`,
      'Things1700000000000 is new but runs before Colours1700000100000, which is frozen: give it a later timestamp',
    ]);
  });
});
