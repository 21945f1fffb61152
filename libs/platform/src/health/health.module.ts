import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';

import { ConsumerMembership } from './consumer-membership.js';
import { DependencyHealth } from './dependency-health.js';
import { HealthController } from './health.controller.js';

@Global()
@Module({
  imports: [TerminusModule],
  controllers: [HealthController],
  providers: [DependencyHealth, ConsumerMembership],
  exports: [ConsumerMembership],
})
export class HealthModule {}
