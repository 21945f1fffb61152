import { Inject, Injectable } from '@nestjs/common';

import { NotFoundError } from '#domain';

import { type NeedEstimate, NeedRepository } from '../need.repository.js';

export interface NeedOfYearAnswer {
  current: NeedEstimate;
  history: NeedEstimate[];
}

/** The settlement need in force for a year (the latest estimate), and every estimate in the order they were made. */
@Injectable()
export class NeedOfYear {
  constructor(@Inject(NeedRepository) private readonly need: NeedRepository) {}

  async execute(year: number): Promise<NeedOfYearAnswer> {
    const history = await this.need.history(year);
    const current = await this.need.current(year);
    if (!current) throw new NotFoundError(`No estimate of the settlement need for ${year}`, 'year');
    return { current, history };
  }
}
