import {
  type DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource, type MixedList } from 'typeorm';

import { runMigrationsWithLock } from './run-migrations.js';
import { createServiceDataSource, type EntityOrMigrationClass } from './service-data-source.js';
import { Transactions } from './transactions.js';

export interface PersistenceModuleOptions {
  url: string;
  schema: string;
  entities: MixedList<EntityOrMigrationClass>;
  migrations: MixedList<EntityOrMigrationClass>;
}

@Injectable()
class DataSourceLifecycle implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * The service's data source: initialised, migrated under an advisory lock, injectable as DataSource, and
 * closed on shutdown. Provided directly rather than through @nestjs/typeorm, whose process-wide registry of
 * data source names would make two services in one process (as in the end-to-end tests) share one.
 */
@Module({})
export class PersistenceModule {
  static forService(options: PersistenceModuleOptions): DynamicModule {
    return {
      module: PersistenceModule,
      global: true,
      providers: [
        {
          provide: DataSource,
          useFactory: async () => {
            const dataSource = createServiceDataSource(options);
            await dataSource.initialize();
            const applied = await runMigrationsWithLock(dataSource, options.schema);
            if (applied.length > 0) {
              new Logger('Migrations').log(`Applied to schema ${options.schema}: ${applied.join(', ')}`);
            }
            return dataSource;
          },
        },
        DataSourceLifecycle,
        Transactions,
      ],
      exports: [DataSource, Transactions],
    };
  }
}
