import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Registry } from 'prom-client';

import { Access } from '../auth/access.decorators.js';

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(Registry) private readonly registry: Registry) {}

  @Get()
  @Access({ roles: ['operator'] })
  @ApiOperation({
    summary: "This instance's metrics in the Prometheus text format (for operators' scrapers)",
  })
  async metrics(@Res() response: Response): Promise<void> {
    const text = await this.registry.metrics();
    response.setHeader('content-type', this.registry.contentType);
    response.send(text);
  }
}
