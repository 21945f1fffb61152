import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Inject,
  NotFoundException,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AsOfQuery, PlacementDto } from './matching.dto.js';
import { MatchingService, UnknownHouseholdError } from './matching.service.js';
import { PlacementsRepository, type Placement } from './placements.repository.js';
import type { HouseholdToPlace, Ranking } from './rank-municipalities.js';

const today = () => new Date().toISOString().slice(0, 10);

function notFound(error: unknown): never {
  if (error instanceof UnknownHouseholdError) throw new NotFoundException(error.message);
  throw error;
}

@ApiTags('matching')
@Controller('settlement/households')
export class MatchingController {
  constructor(
    @Inject(MatchingService) private readonly matching: MatchingService,
    @Inject(PlacementsRepository) private readonly placements: PlacementsRepository,
  ) {}

  @Get(':householdId/suggestions')
  @ApiOperation({
    summary:
      'Municipalities with free decided capacity for a waiting household, ranked, each with its reasons',
  })
  suggestions(
    @Param('householdId') householdId: string,
    @Query() query: AsOfQuery,
  ): Promise<Ranking & { household: HouseholdToPlace }> {
    return this.matching.suggest(householdId, Number((query.asOf ?? today()).slice(0, 4))).catch(notFound);
  }

  @Post(':householdId/placements')
  @ApiOperation({
    summary: "Record a caseworker's choice; a choice other than the top suggestion needs a reason",
  })
  async place(
    @Param('householdId') householdId: string,
    @Body() body: PlacementDto,
    @Query() query: AsOfQuery,
  ): Promise<Placement> {
    const ranking = await this.matching
      .suggest(householdId, Number((query.asOf ?? today()).slice(0, 4)))
      .catch(notFound);
    const top = ranking.suggestions[0]?.municipalityNumber ?? null;
    const chosen = ranking.suggestions.find(
      (suggestion) => suggestion.municipalityNumber === body.municipalityNumber,
    );
    if (body.municipalityNumber !== top && !body.reason?.trim()) {
      throw new BadRequestException({
        message: [
          `reason is required: ${body.municipalityNumber} is not the top suggestion (${top ?? 'none'})`,
        ],
        error: 'Bad Request',
      });
    }
    return this.placements.add({
      householdId,
      municipalityNumber: body.municipalityNumber,
      topSuggestion: top,
      rank: chosen?.rank ?? null,
      reason: body.reason?.trim() || null,
      chosenBy: body.chosenBy,
    });
  }
}
