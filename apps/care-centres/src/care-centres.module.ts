import { type DynamicModule, Module } from '@nestjs/common';
import { serviceInfrastructureImports, type ServiceConfig } from '#platform';
import { InitialCareCentresSchema1764000000000 } from './migrations/1764000000000-initial-care-centres-schema.js';

/** Care centres for unaccompanied minors under 15. */
@Module({})
export class CareCentresModule {
  static with(config: ServiceConfig): DynamicModule {
    return {
      module: CareCentresModule,
      imports: serviceInfrastructureImports(config, {
        entities: [],
        migrations: [InitialCareCentresSchema1764000000000],
      }),
    };
  }
}
