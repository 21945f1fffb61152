import { Inject, Injectable } from '@nestjs/common';

import { IndicatorsRepository } from '../indicators.repository.js';
import { MunicipalDecisionsRepository } from '../municipal-decisions.repository.js';
import { MunicipalitiesRepository } from '../municipalities.repository.js';
import type { MunicipalityInput } from '../municipality-facts.js';
import { municipalityInputs } from '../municipality-inputs.js';

/**
 * Every municipality with the values the rule sets read for a year: reference data, last year's figures and
 * decisions on minors, indicators.
 */
@Injectable()
export class MunicipalitiesForYear {
  constructor(
    @Inject(MunicipalitiesRepository) private readonly municipalities: MunicipalitiesRepository,
    @Inject(IndicatorsRepository) private readonly indicators: IndicatorsRepository,
    @Inject(MunicipalDecisionsRepository) private readonly decisions: MunicipalDecisionsRepository,
  ) {}

  async execute(year: number): Promise<MunicipalityInput[]> {
    const [reference, indicators, lastYear] = await Promise.all([
      this.municipalities.read(),
      this.indicators.all(),
      this.decisions.latest(year - 1),
    ]);
    const emDecided = new Map(lastYear.map((decision) => [decision.municipalityNumber, decision.em]));
    return municipalityInputs(reference, year, indicators, emDecided);
  }
}
