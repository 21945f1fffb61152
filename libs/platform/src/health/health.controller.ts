import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import { DependencyHealth } from './dependency-health.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(DependencyHealth) private readonly dependencies: DependencyHealth,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Whether Kafka, PostgreSQL and Redis answer this service' })
  check(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.dependencies.kafka('kafka'),
      () => this.dependencies.database('database'),
      () => this.dependencies.redis('redis'),
    ]);
  }
}
