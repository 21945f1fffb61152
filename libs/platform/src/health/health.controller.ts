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

  @Get('live')
  @PublicRoute()
  @ApiOperation({
    summary:
      'Liveness: the process runs and answers (also before its consumer has joined); restart it if not',
  })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @PublicRoute()
  @HealthCheck()
  @ApiOperation({
    summary:
      'Readiness: PostgreSQL, Kafka and Redis answer and the consumer has joined its group (503 if not)',
  })
  ready(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.dependencies.database('database'),
      () => this.dependencies.kafka('kafka'),
      () => this.dependencies.redis('redis'),
      () => this.dependencies.consumer('consumer'),
    ]);
  }
}
