import { Inject, Injectable } from '@nestjs/common';

import {
  CountyRecommendationsRepository,
  type StoredCountyRecommendation,
} from '../county-recommendations.repository.js';

/** Every county authority's recommended figures for a year (none yet: an empty list). */
@Injectable()
export class CountyRecommendationsOfYear {
  constructor(
    @Inject(CountyRecommendationsRepository)
    private readonly recommendations: CountyRecommendationsRepository,
  ) {}

  execute(year: number): Promise<StoredCountyRecommendation[]> {
    return this.recommendations.ofYear(year);
  }
}
