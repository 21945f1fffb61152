import { Inject, Injectable } from '@nestjs/common';

import { RequestsRepository } from '../../requests/requests.repository.js';
import { decisionGaps, type DecisionSummary } from '../decision-gaps.js';
import { MunicipalDecisionsRepository } from '../municipal-decisions.repository.js';
import { MunicipalitiesRepository } from '../municipalities.repository.js';

/** Each municipality's request in the issued distribution, its decision in force and the gap, with national sums. */
@Injectable()
export class DecisionsOfYear {
  constructor(
    @Inject(MunicipalitiesRepository) private readonly municipalities: MunicipalitiesRepository,
    @Inject(MunicipalDecisionsRepository) private readonly decisions: MunicipalDecisionsRepository,
    @Inject(RequestsRepository) private readonly requests: RequestsRepository,
  ) {}

  async execute(year: number): Promise<DecisionSummary> {
    const [reference, issued, latest] = await Promise.all([
      this.municipalities.read(),
      this.requests.issuedPerMunicipality(year),
      this.decisions.latest(year),
    ]);
    return decisionGaps(reference.municipalities, issued, latest);
  }
}
