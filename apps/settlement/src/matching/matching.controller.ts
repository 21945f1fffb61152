import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { AsOfQuery } from '../as-of.query.js';
import { PlacementDto } from './matching.dto.js';
import type { Placement } from './placements.repository.js';
import { PlaceHousehold } from './use-cases/place-household.js';
import { type Suggestions, SuggestMunicipalities } from './use-cases/suggest-municipalities.js';

@ApiTags('matching')
@Controller('settlement/households')
export class MatchingController {
  constructor(
    @Inject(SuggestMunicipalities) private readonly suggestMunicipalities: SuggestMunicipalities,
    @Inject(PlaceHousehold) private readonly placeHousehold: PlaceHousehold,
  ) {}

  @Get(':householdId/suggestions')
  @ApiOperation({
    summary:
      'Municipalities with free decided capacity for a waiting household, ranked, each with its reasons',
  })
  suggestions(@Param('householdId') householdId: string, @Query() query: AsOfQuery): Promise<Suggestions> {
    return this.suggestMunicipalities.execute(householdId, query.asOf);
  }

  @Post(':householdId/placements')
  @ApiOperation({
    summary: "Record a caseworker's choice; a choice other than the top suggestion needs a reason",
  })
  place(
    @Param('householdId') householdId: string,
    @Body() body: PlacementDto,
    @Query() query: AsOfQuery,
  ): Promise<Placement> {
    return this.placeHousehold.execute(
      householdId,
      { municipalityNumber: body.municipalityNumber, chosenBy: body.chosenBy, reason: body.reason },
      query.asOf,
    );
  }
}
