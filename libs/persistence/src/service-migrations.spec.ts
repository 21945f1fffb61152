import type { MigrationInterface } from 'typeorm';

import { serviceMigrations } from './service-migrations.js';

function migration(name: string, className = name): new () => MigrationInterface {
  const migrationClass = class implements MigrationInterface {
    name = name;
    async up(): Promise<void> {}
    async down(): Promise<void> {}
  };
  Object.defineProperty(migrationClass, 'name', { value: className });
  return migrationClass;
}

describe('serviceMigrations', () => {
  it('puts the lists together in the order of their timestamps', () => {
    const libraryFirst = migration('LibraryTables1700000000000');
    const libraryLater = migration('LibraryColumn1700000300000');
    const ownFirst = migration('OwnTables1700000100000');
    const ownSecond = migration('OwnColumn1700000200000');

    const migrations = serviceMigrations([libraryFirst, libraryLater], [ownFirst, ownSecond]);

    expect(migrations.map((each) => each.name)).toEqual([
      'LibraryTables1700000000000',
      'OwnTables1700000100000',
      'OwnColumn1700000200000',
      'LibraryColumn1700000300000',
    ]);
  });

  it('refuses two migrations with the same timestamp', () => {
    expect(() =>
      serviceMigrations([migration('LibraryTables1700000000000')], [migration('OwnTables1700000000000')]),
    ).toThrow('Migrations LibraryTables1700000000000 and OwnTables1700000000000 have the same timestamp');
  });

  it('refuses the same migration twice', () => {
    const tables = migration('LibraryTables1700000000000');
    expect(() => serviceMigrations([tables], [tables])).toThrow('have the same timestamp');
  });

  it('refuses a migration that records itself under another name than its class', () => {
    expect(() => serviceMigrations([migration('OwnTables1700000000000', 'OwnColumn1700000100000')])).toThrow(
      'Migration class OwnColumn1700000100000 records itself as OwnTables1700000000000',
    );
  });

  it('refuses a name without a timestamp at the end', () => {
    expect(() => serviceMigrations([migration('OwnTables')])).toThrow(
      'Migration OwnTables has no 13-digit timestamp at the end of its name',
    );
  });
});
