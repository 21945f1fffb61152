import { createHash } from 'node:crypto';

import type { QueryRunner } from 'typeorm';

import { type MigrationClass, migrationName } from './service-migrations.js';

/** What a migration runs, statement by statement, each with its parameters when it has any. */
export interface MigrationStatements {
  up: unknown[];
  down: unknown[];
}

/** Migration name → fingerprint of its statements, as checked in when the migration was released. */
export type FrozenMigrations = Readonly<Record<string, string>>;

/**
 * Records the statements a migration runs, without a database. A migration may only call `runner.query`: SQL that
 * TypeORM's schema builder generates could change with TypeORM, and a migration must run the same text forever.
 */
export async function recordMigrationStatements(migration: MigrationClass): Promise<MigrationStatements> {
  const name = migrationName(migration);
  const statements: MigrationStatements = { up: [], down: [] };
  await new migration().up(recordingRunner(name, statements.up));
  await new migration().down(recordingRunner(name, statements.down));
  return statements;
}

export async function migrationFingerprint(migration: MigrationClass): Promise<string> {
  const statements = await recordMigrationStatements(migration);
  return `sha256:${createHash('sha256').update(JSON.stringify(statements)).digest('hex')}`;
}

/**
 * How `migrations` (in the order they run) differ from what was frozen: a frozen migration whose statements
 * changed or that is gone (a database may already have run it), a new one not frozen yet, or a new one that would
 * run before one already frozen (databases that ran the older ones would run it in a different order than a fresh
 * one). Adding a migration at the end only means adding its fingerprint; an empty answer means every migration
 * runs the text it was released with.
 */
export async function frozenMigrationProblems(
  migrations: readonly MigrationClass[],
  frozen: FrozenMigrations,
): Promise<string[]> {
  const problems: string[] = [];
  const named = migrations.map((migration) => ({ migration, name: migrationName(migration) }));
  const lastFrozen = named.findLastIndex(({ name }) => frozen[name] !== undefined);
  for (const [index, { migration, name }] of named.entries()) {
    const fingerprint = await migrationFingerprint(migration);
    const expected = frozen[name];
    if (expected === undefined) {
      problems.push(`${name} is new and not frozen yet: add "${name}": "${fingerprint}"`);
      if (index < lastFrozen) {
        problems.push(
          `${name} is new but runs before ${named[lastFrozen]?.name}, which is frozen: give it a later timestamp`,
        );
      }
    } else if (expected !== fingerprint) {
      problems.push(`${name} changed after it was frozen: put the change in a new migration instead`);
    }
  }
  for (const name of Object.keys(frozen)) {
    if (!named.some((migration) => migration.name === name))
      problems.push(`${name} was frozen but is no longer in the list; a database may have run it`);
  }
  return problems;
}

function recordingRunner(migration: string, statements: unknown[]): QueryRunner {
  const query = (sql: string, parameters?: unknown[]): Promise<unknown[]> => {
    statements.push(parameters?.length ? [sql, parameters] : sql);
    return Promise.resolve([]);
  };
  return new Proxy({} as QueryRunner, {
    get(_target, property) {
      if (property === 'query') return query;
      throw new Error(
        `Migration ${migration} uses runner.${String(property)}; a migration runs fixed SQL through runner.query only`,
      );
    },
  });
}
