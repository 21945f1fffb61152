import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { MixedList } from 'typeorm';
import { createServiceDataSource } from './service-data-source.js';
import { runMigrationsWithLock } from './run-migrations.js';
import type { EntityOrMigrationClass } from './service-data-source.js';

export interface PersistenceModuleOptions {
  url: string;
  schema: string;
  entities: MixedList<EntityOrMigrationClass>;
  migrations: MixedList<EntityOrMigrationClass>;
}

/** The service's data source: initialised, migrated under an advisory lock, and injectable as DataSource. */
@Module({})
export class PersistenceModule {
  static forService(options: PersistenceModuleOptions): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({}),
          dataSourceFactory: async () => {
            const dataSource = createServiceDataSource(options);
            await dataSource.initialize();
            const applied = await runMigrationsWithLock(dataSource, options.schema);
            if (applied.length > 0) {
              new Logger('Migrations').log(`Applied to schema ${options.schema}: ${applied.join(', ')}`);
            }
            return dataSource;
          },
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
