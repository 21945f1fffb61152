import { Body, Controller, Get, HttpCode, Inject, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { Access, CASEWORKERS, CurrentPrincipal, type Principal } from '#platform';

import { AsOfQuery } from '../as-of.query.js';
import { CancelPlacementDto, PlacementDto } from './matching.dto.js';
import type { Placement } from './placements.repository.js';
import { CancelPlacement } from './use-cases/cancel-placement.js';
import { PlaceHousehold } from './use-cases/place-household.js';
import { type Suggestions, SuggestMunicipalities } from './use-cases/suggest-municipalities.js';

@ApiTags('matching')
@Controller('settlement/households')
export class MatchingController {
  constructor(
    @Inject(SuggestMunicipalities) private readonly suggestMunicipalities: SuggestMunicipalities,
    @Inject(PlaceHousehold) private readonly placeHousehold: PlaceHousehold,
    @Inject(CancelPlacement) private readonly cancelPlacement: CancelPlacement,
  ) {}

  @Get(':householdId/suggestions')
  @Access(CASEWORKERS)
  @ApiOperation({
    summary:
      'Municipalities with free decided capacity (after settlements and open placements) for a waiting household, ranked, each with its reasons',
  })
  suggestions(@Param('householdId') householdId: string, @Query() query: AsOfQuery): Promise<Suggestions> {
    return this.suggestMunicipalities.execute(householdId, query.asOf);
  }

  @Post(':householdId/placements')
  @Access(CASEWORKERS)
  @ApiOperation({
    summary:
      "Record a caseworker's choice: 422 for a municipality a hard constraint excludes (whatever the reason) or another than the top suggestion without a reason, 409 while the household has an open placement; it reserves capacity until settlement or cancellation",
  })
  place(
    @Param('householdId') householdId: string,
    @Body() body: PlacementDto,
    @Query() query: AsOfQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Placement> {
    return this.placeHousehold.execute(
      householdId,
      {
        municipalityNumber: body.municipalityNumber,
        chosenBy: principal.subject,
        actor: principal.actor,
        reason: body.reason,
      },
      query.asOf,
    );
  }

  @Post(':householdId/placements/:placementId/cancel')
  @HttpCode(200)
  @Access(CASEWORKERS)
  @ApiOperation({
    summary:
      'Cancel an open placement, with the reason: the capacity it held is free again (409 when closed)',
  })
  cancel(
    @Param('householdId') householdId: string,
    @Param('placementId', ParseIntPipe) placementId: number,
    @Body() body: CancelPlacementDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Placement> {
    return this.cancelPlacement.execute(householdId, placementId, body.reason, principal.actor);
  }
}
