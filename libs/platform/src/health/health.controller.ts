import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, type HealthCheckResult, HealthCheckService } from '@nestjs/terminus';

import { Access, PublicRoute } from '../auth/access.decorators.js';
import { DependencyHealth } from './dependency-health.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(DependencyHealth) private readonly dependencies: DependencyHealth,
  ) {}

  @Get('process')
  @Access('operator')
  @ApiOperation({ summary: "This instance's memory: now, and the peak since it started" })
  process(): { rssBytes: number; heapUsedBytes: number; peakRssBytes: number; uptimeSeconds: number } {
    const memory = process.memoryUsage();
    return {
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      uptimeSeconds: Math.round(process.uptime()),
    };
  }

  @Get()
  @PublicRoute()
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
