import { Body, Controller, Get, Inject, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';

import { MunicipalityParam, WarningsQuery, WebhookDto } from './early-warnings.dto.js';
import type { EarlyWarningRecord } from './early-warnings.repository.js';
import { ListEarlyWarnings } from './use-cases/list-early-warnings.js';
import { SetWebhook, type Webhook } from './use-cases/set-webhook.js';

@ApiTags('early warnings')
@Controller('reception')
export class EarlyWarningsController {
  constructor(
    @Inject(SetWebhook) private readonly setWebhook: SetWebhook,
    @Inject(ListEarlyWarnings) private readonly listWarnings: ListEarlyWarnings,
  ) {}

  @Put('host-municipalities/:municipalityNumber/webhook')
  @ApiOperation({ summary: "Where a host municipality's early warnings are delivered" })
  putWebhook(@Param() { municipalityNumber }: MunicipalityParam, @Body() body: WebhookDto): Promise<Webhook> {
    return this.setWebhook.execute(municipalityNumber, body.url, body.updatedBy);
  }

  @Get('early-warnings')
  @ApiOperation({ summary: 'Early warnings to host municipalities with their delivery status, newest first' })
  @ApiQuery({ name: 'municipality', required: false })
  list(@Query() query: WarningsQuery): Promise<EarlyWarningRecord[]> {
    return this.listWarnings.execute(query.municipality);
  }
}
