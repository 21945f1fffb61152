import { Inject, Injectable } from '@nestjs/common';

import { IndicatorsRepository } from '../indicators.repository.js';
import { MunicipalitiesRepository } from '../municipalities.repository.js';
import type { MunicipalityInput } from '../municipality-facts.js';
import { municipalityInputs } from '../municipality-inputs.js';

/** Every municipality with the values the rule sets read for a year: reference data, last year's figures, indicators. */
@Injectable()
export class MunicipalitiesForYear {
  constructor(
    @Inject(MunicipalitiesRepository) private readonly municipalities: MunicipalitiesRepository,
    @Inject(IndicatorsRepository) private readonly indicators: IndicatorsRepository,
  ) {}

  async execute(year: number): Promise<MunicipalityInput[]> {
    const [reference, indicators] = await Promise.all([this.municipalities.read(), this.indicators.all()]);
    return municipalityInputs(reference, year, indicators);
  }
}
