import { Inject, Injectable } from '@nestjs/common';

import { RequestsRepository } from '../../requests/requests.repository.js';
import { IndicatorsRepository } from '../indicators.repository.js';
import { MunicipalDecisionsRepository } from '../municipal-decisions.repository.js';
import { MunicipalitiesRepository } from '../municipalities.repository.js';
import type { MunicipalityInput } from '../municipality-facts.js';
import { municipalityInputs } from '../municipality-inputs.js';

/**
 * Every municipality with the values the rule sets read for a year: reference data, last year's figures (IMDi's
 * published ones, or else the requests the service issued and the decisions in force), indicators.
 */
@Injectable()
export class MunicipalitiesForYear {
  constructor(
    @Inject(MunicipalitiesRepository) private readonly municipalities: MunicipalitiesRepository,
    @Inject(IndicatorsRepository) private readonly indicators: IndicatorsRepository,
    @Inject(MunicipalDecisionsRepository) private readonly decisions: MunicipalDecisionsRepository,
    @Inject(RequestsRepository) private readonly requests: RequestsRepository,
  ) {}

  async execute(year: number): Promise<MunicipalityInput[]> {
    const [reference, indicators, decided, issued] = await Promise.all([
      this.municipalities.read(),
      this.indicators.all(),
      this.decisions.latest(year - 1),
      this.requests.issuedPerMunicipality(year - 1),
    ]);
    return municipalityInputs(reference, year, indicators, {
      requested: new Map(issued.map((request) => [request.municipalityNumber, request.requested])),
      decided: new Map(decided.map((decision) => [decision.municipalityNumber, decision])),
    });
  }
}
