import type { MigrationInterface } from 'typeorm';

/** A TypeORM migration class. Its name ends in the 13-digit timestamp that orders it among all the others. */
export type MigrationClass = new () => MigrationInterface;

/** The name TypeORM records for a migration once it has run: the `name` property, else the class name. */
export function migrationName(migration: MigrationClass): string {
  return new migration().name ?? migration.name;
}

export function migrationTimestamp(name: string): number {
  const timestamp = /\d{13}$/.exec(name);
  if (!timestamp) throw new Error(`Migration ${name} has no 13-digit timestamp at the end of its name`);
  return Number(timestamp[0]);
}

/**
 * A service's migrations: the versioned lists of the libraries whose tables it keeps, and its own, in the order
 * TypeORM runs them (by the timestamp each name ends in). Names and timestamps must be unique, so the order never
 * depends on how the lists were put together; a migration's `name` must be its class name, so a copied migration
 * that kept the old name (and would be taken for already run) is caught here.
 */
export function serviceMigrations(...lists: ReadonlyArray<readonly MigrationClass[]>): MigrationClass[] {
  const byTimestamp = new Map<number, string>();
  for (const migration of lists.flat()) {
    const name = migrationName(migration);
    if (name !== migration.name) {
      throw new Error(
        `Migration class ${migration.name} records itself as ${name}; the two must be the same`,
      );
    }
    const timestamp = migrationTimestamp(name);
    const other = byTimestamp.get(timestamp);
    if (other !== undefined) throw new Error(`Migrations ${other} and ${name} have the same timestamp`);
    byTimestamp.set(timestamp, name);
  }
  return lists.flat().sort((a, b) => migrationTimestamp(a.name) - migrationTimestamp(b.name));
}
