import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { NeedEstimated } from '#contracts';
import { RejectedError } from '#domain';

import { CheckNationalTriggers } from '../../escalations/use-cases/check-national-triggers.js';
import { NeedRepository } from '../need.repository.js';
import { needProblem } from '../need-components.js';

/** Keeps an estimate of the settlement need (the latest by estimate date is in force) and checks the national triggers. */
@Injectable()
export class RecordNeedEstimate {
  constructor(
    @Inject(NeedRepository) private readonly need: NeedRepository,
    @Inject(CheckNationalTriggers) private readonly national: CheckNationalTriggers,
  ) {}

  async execute(transaction: EntityManager, estimate: NeedEstimated): Promise<void> {
    const problem = needProblem(estimate);
    if (problem) throw new RejectedError(problem.message, problem.field);
    await this.need.add(transaction, estimate);
    await this.national.execute(transaction, estimate.year);
  }
}
