import { type DynamicModule, Module } from '@nestjs/common';
import { serviceInfrastructureImports, type ServiceConfig } from '#platform';
import { InitialSettlementSchema1764000000000 } from './migrations/1764000000000-initial-settlement-schema.js';

/** Settlement need, requests to municipalities, decisions, settlement-ready people and matching. */
@Module({})
export class SettlementModule {
  static with(config: ServiceConfig): DynamicModule {
    return {
      module: SettlementModule,
      imports: serviceInfrastructureImports(config, {
        entities: [],
        migrations: [InitialSettlementSchema1764000000000],
      }),
    };
  }
}
