import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { CountyTargetsSet } from '#contracts';
import { RejectedError } from '#domain';

import { MunicipalitiesRepository } from '../../municipalities/municipalities.repository.js';
import { CountyTargetsRepository } from '../county-targets.repository.js';

/**
 * Keeps the committee's county split of a year's need (the latest is in force): one figure for every county,
 * none twice, no county that is not one. The event's and the HTTP upload's way in.
 */
@Injectable()
export class SetCountyTargets {
  constructor(
    @Inject(MunicipalitiesRepository)
    private readonly municipalities: Pick<MunicipalitiesRepository, 'counties'>,
    @Inject(CountyTargetsRepository) private readonly targets: Pick<CountyTargetsRepository, 'add'>,
  ) {}

  async execute(
    transaction: EntityManager,
    set: CountyTargetsSet,
  ): Promise<{ counties: number; total: number }> {
    const counties = new Set(
      (await this.municipalities.counties(transaction)).map((county) => county.number),
    );
    const seen = new Set<string>();
    for (const [index, target] of set.targets.entries()) {
      if (!counties.has(target.countyNumber))
        throw new RejectedError(`${target.countyNumber} is not a county`, `targets[${index}].countyNumber`);
      if (seen.has(target.countyNumber))
        throw new RejectedError(
          `county ${target.countyNumber} is given twice`,
          `targets[${index}].countyNumber`,
        );
      seen.add(target.countyNumber);
    }
    const missing = [...counties].filter((county) => !seen.has(county)).sort();
    if (missing.length > 0)
      throw new RejectedError(`the county split has no figure for ${missing.join(', ')}`, 'targets');
    await this.targets.add(transaction, set);
    return {
      counties: set.targets.length,
      total: set.targets.reduce((sum, target) => sum + target.persons, 0),
    };
  }
}
