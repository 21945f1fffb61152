import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';

/** An entity or migration class, as TypeORM takes them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EntityOrMigrationClass = new (...args: any[]) => unknown;

export interface ServiceDataSourceSettings {
  url: string;
  /** The service's own PostgreSQL schema; no other service reads it. */
  schema: string;
  entities: MixedList<EntityOrMigrationClass>;
  migrations: MixedList<EntityOrMigrationClass>;
  poolSize?: number;
}

/**
 * One data source per service schema, with its own migrations table inside that schema. The connection's
 * search_path is the schema, so raw SQL in repositories names tables without qualifying them.
 */
export function serviceDataSourceOptions(settings: ServiceDataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    schema: settings.schema,
    entities: settings.entities,
    migrations: settings.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    poolSize: settings.poolSize ?? 10,
    extra: { options: `-c search_path=${settings.schema}`, connectionTimeoutMillis: 5000 },
  };
}

export function createServiceDataSource(settings: ServiceDataSourceSettings): DataSource {
  return new DataSource(serviceDataSourceOptions(settings));
}
