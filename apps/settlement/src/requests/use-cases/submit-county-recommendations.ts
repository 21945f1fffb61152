import { Inject, Injectable } from '@nestjs/common';

import { NotFoundError, RejectedError } from '#domain';
import { Transactions } from '#persistence';
import { type AuditActor, AuditTrail } from '#platform';

import { MunicipalitiesRepository } from '../../municipalities/municipalities.repository.js';
import {
  CountyRecommendationsRepository,
  type StoredCountyRecommendation,
} from '../county-recommendations.repository.js';
import { parseCountyRecommendationsCsv } from '../distribution/county-recommendations-csv.js';
import type { CountyRecommendation } from '../distribution/distribution.js';

export interface CountyRecommendationsSubmitted {
  year: number;
  countyNumber: string;
  source: string;
  /** Either the figures, or the spreadsheet they are in. */
  recommendations?: CountyRecommendation[];
  csv?: string;
  /** Who submits them (from the token), for the audit trail. */
  submittedBy: AuditActor;
}

/**
 * A county authority's recommended figures for its municipalities in a year (they replace the county's earlier
 * ones): only municipalities of that county, each once, minors within the persons.
 */
@Injectable()
export class SubmitCountyRecommendations {
  constructor(
    @Inject(MunicipalitiesRepository) private readonly municipalities: MunicipalitiesRepository,
    @Inject(CountyRecommendationsRepository)
    private readonly recommendations: CountyRecommendationsRepository,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(AuditTrail) private readonly audit: AuditTrail,
  ) {}

  async execute(submitted: CountyRecommendationsSubmitted): Promise<StoredCountyRecommendation[]> {
    if ((submitted.recommendations === undefined) === (submitted.csv === undefined))
      throw new RejectedError(
        'give the recommendations either as recommendations or as csv, not both or neither',
        'csv',
      );
    const reference = await this.municipalities.read();
    if (!reference.counties.some((county) => county.number === submitted.countyNumber))
      throw new NotFoundError(`${submitted.countyNumber} is not a county`, 'county');
    const inCounty = new Set(
      reference.municipalities
        .filter((municipality) => municipality.countyNumber === submitted.countyNumber)
        .map((municipality) => municipality.number),
    );
    const recommendations =
      submitted.recommendations ??
      parseCountyRecommendationsCsv(
        submitted.csv!,
        new Set(reference.municipalities.map((municipality) => municipality.number)),
      );
    const seen = new Set<string>();
    for (const [index, recommendation] of recommendations.entries()) {
      const field = `recommendations[${index}]`;
      if (!inCounty.has(recommendation.municipalityNumber))
        throw new RejectedError(
          `${recommendation.municipalityNumber} is not a municipality of county ${submitted.countyNumber}`,
          `${field}.municipalityNumber`,
        );
      if (seen.has(recommendation.municipalityNumber))
        throw new RejectedError(
          `${recommendation.municipalityNumber} is given twice`,
          `${field}.municipalityNumber`,
        );
      seen.add(recommendation.municipalityNumber);
      if ((recommendation.emUnder15 ?? 0) + (recommendation.em15To18 ?? 0) > recommendation.persons)
        throw new RejectedError('the unaccompanied minors are more than the persons', `${field}.em15To18`);
    }
    await this.transactions.run(async (transaction) => {
      await this.recommendations.replaceCounty(
        transaction,
        submitted.year,
        submitted.countyNumber,
        recommendations,
        submitted.source,
      );
      await this.audit.record(
        {
          actor: submitted.submittedBy,
          action: 'county-recommendations.submitted',
          target: `county-recommendations:${submitted.year}:${submitted.countyNumber}`,
          details: { source: submitted.source, municipalities: recommendations.length },
        },
        transaction,
      );
    });
    return (await this.recommendations.ofYear(submitted.year)).filter(
      (recommendation) => recommendation.countyNumber === submitted.countyNumber,
    );
  }
}
