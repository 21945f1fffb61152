import { Inject, Injectable } from '@nestjs/common';

import { NotFoundError } from '#domain';

import { CountyTargetsRepository, type StoredCountyTargets } from '../county-targets.repository.js';

/** The committee's county split in force for a year. */
@Injectable()
export class CountyTargetsOfYear {
  constructor(@Inject(CountyTargetsRepository) private readonly targets: CountyTargetsRepository) {}

  async execute(year: number): Promise<StoredCountyTargets> {
    const current = await this.targets.current(year);
    if (!current) throw new NotFoundError(`The committee has set no county targets for ${year}`, 'year');
    return current;
  }
}
