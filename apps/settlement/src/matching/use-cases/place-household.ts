import { Inject, Injectable } from '@nestjs/common';

import { NotFoundError, RejectedError } from '#domain';

import { MunicipalitiesRepository } from '../../municipalities/municipalities.repository.js';
import { type Placement, PlacementsRepository } from '../placements.repository.js';
import { SuggestMunicipalities } from './suggest-municipalities.js';

/** A caseworker's choice of municipality for a household. */
export interface PlacementChoice {
  municipalityNumber: string;
  chosenBy: string;
  /** Required when the choice departs from the top suggestion. */
  reason?: string;
}

/** Records a caseworker's choice against the ranking of the day; a choice other than the top one needs a reason. */
@Injectable()
export class PlaceHousehold {
  constructor(
    @Inject(SuggestMunicipalities) private readonly suggest: Pick<SuggestMunicipalities, 'execute'>,
    @Inject(MunicipalitiesRepository)
    private readonly municipalities: Pick<MunicipalitiesRepository, 'exists'>,
    @Inject(PlacementsRepository) private readonly placements: Pick<PlacementsRepository, 'add'>,
  ) {}

  async execute(householdId: string, choice: PlacementChoice, asOf?: string): Promise<Placement> {
    const ranking = await this.suggest.execute(householdId, asOf);
    if (!(await this.municipalities.exists(choice.municipalityNumber))) {
      throw new NotFoundError(`${choice.municipalityNumber} is not a municipality`, 'municipalityNumber');
    }
    const top = ranking.suggestions[0]?.municipalityNumber ?? null;
    const chosen = ranking.suggestions.find(
      (suggestion) => suggestion.municipalityNumber === choice.municipalityNumber,
    );
    const reason = choice.reason?.trim() || null;
    if (choice.municipalityNumber !== top && !reason) {
      throw new RejectedError(
        `reason is required: ${choice.municipalityNumber} is not the top suggestion (${top ?? 'none'})`,
        'reason',
      );
    }
    return this.placements.add({
      householdId,
      municipalityNumber: choice.municipalityNumber,
      topSuggestion: top,
      rank: chosen?.rank ?? null,
      reason,
      chosenBy: choice.chosenBy,
    });
  }
}
