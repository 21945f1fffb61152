import { Body, Controller, Get, Inject, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';

import { municipalityOf } from '#domain';
import {
  Access,
  AGGREGATE_READERS,
  CurrentPrincipal,
  MUNICIPALITY_STAFF,
  MunicipalScope,
  OPERATORS,
  type Principal,
} from '#platform';

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
  @Access(MUNICIPALITY_STAFF, OPERATORS)
  @ApiOperation({
    summary:
      "Where a host municipality's early warnings are delivered: set by its own staff, or by an operator on its behalf",
  })
  putWebhook(
    @Param() { municipalityNumber }: MunicipalityParam,
    @Body() body: WebhookDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Webhook> {
    // An unknown number answers 404 (SetWebhook); a known one of another municipality 403.
    if (municipalityOf(municipalityNumber)) MunicipalScope.of(principal).require(municipalityNumber);
    return this.setWebhook.execute(municipalityNumber, body.url, principal.subject, principal.actor);
  }

  @Get('early-warnings')
  @Access(...AGGREGATE_READERS, MUNICIPALITY_STAFF, OPERATORS)
  @ApiOperation({
    summary:
      "Early warnings to host municipalities with their delivery status, newest first (municipality staff: their own municipalities')",
  })
  @ApiQuery({ name: 'municipality', required: false })
  list(
    @Query() query: WarningsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EarlyWarningRecord[]> {
    const scope = MunicipalScope.of(principal);
    if (query.municipality) scope.require(query.municipality);
    return this.listWarnings.execute(query.municipality ? [query.municipality] : scope.only);
  }
}
