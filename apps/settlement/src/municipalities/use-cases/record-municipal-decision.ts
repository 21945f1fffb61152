import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { MunicipalityDecided } from '#contracts';
import { NotFoundError, RejectedError } from '#domain';

import { CheckNationalTriggers } from '../../escalations/use-cases/check-national-triggers.js';
import { MunicipalDecisionsRepository } from '../municipal-decisions.repository.js';
import { MunicipalitiesRepository } from '../municipalities.repository.js';

/** Keeps a municipality's decision (the latest one is in force) and checks the national triggers again. */
@Injectable()
export class RecordMunicipalDecision {
  constructor(
    @Inject(MunicipalitiesRepository)
    private readonly municipalities: Pick<MunicipalitiesRepository, 'exists'>,
    @Inject(MunicipalDecisionsRepository)
    private readonly decisions: Pick<MunicipalDecisionsRepository, 'add'>,
    @Inject(CheckNationalTriggers) private readonly national: Pick<CheckNationalTriggers, 'execute'>,
  ) {}

  async execute(transaction: EntityManager, decision: MunicipalityDecided): Promise<void> {
    if (!(await this.municipalities.exists(decision.municipalityNumber, transaction))) {
      throw new NotFoundError(`${decision.municipalityNumber} is not a municipality`, 'municipalityNumber');
    }
    if (decision.em > decision.total)
      throw new RejectedError('a decision cannot include more unaccompanied minors than persons', 'em');
    const bands = (decision.emUnder15 ?? 0) + (decision.em15To18 ?? 0);
    const both = decision.emUnder15 !== undefined && decision.em15To18 !== undefined;
    if (both ? bands !== decision.em : bands > decision.em)
      throw new RejectedError(
        `the age bands (under 15: ${decision.emUnder15 ?? '–'}, 15–18: ${decision.em15To18 ?? '–'}) do not make up em (${decision.em})`,
        'em15To18',
      );
    await this.decisions.add(transaction, decision);
    await this.national.execute(transaction, decision.year);
  }
}
