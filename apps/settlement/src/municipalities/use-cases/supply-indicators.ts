import { Inject, Injectable } from '@nestjs/common';

import { RejectedError } from '#domain';
import { Transactions } from '#persistence';
import { ActiveRuleSets } from '#rules';

import { MATCHING_RULES, REQUEST_CRITERIA } from '../../settlement-rule-sets.js';
import { IndicatorsRepository } from '../indicators.repository.js';
import { parseIndicatorsCsv } from '../indicators-csv.js';
import { MunicipalitiesRepository } from '../municipalities.repository.js';

export interface IndicatorsSupplied {
  /** CSV: kommunenummer and one column per fact of the request criteria or the matching rules. */
  csv: string;
  /** The supplier's pseudonymous id (the token's subject). */
  suppliedBy: string;
  /** For a supplier limited to some municipalities (county staff): whether it may supply this one's figures. */
  mayActFor?: (municipalityNumber: string) => boolean;
}

/** Keeps the indicator values policy staff supply; refuses the whole file if one value is wrong. */
@Injectable()
export class SupplyIndicators {
  constructor(
    @Inject(MunicipalitiesRepository) private readonly municipalities: MunicipalitiesRepository,
    @Inject(IndicatorsRepository) private readonly indicators: IndicatorsRepository,
    @Inject(ActiveRuleSets) private readonly ruleSets: ActiveRuleSets,
    @Inject(Transactions) private readonly transactions: Transactions,
  ) {}

  async execute(supplied: IndicatorsSupplied): Promise<{ values: number }> {
    const reference = await this.municipalities.read();
    const known = new Set(reference.municipalities.map((municipality) => municipality.number));
    const facts = [REQUEST_CRITERIA, MATCHING_RULES].flatMap(
      (id) => this.ruleSets.current(id).loaded.document.facts,
    );
    const indicators = parseIndicatorsCsv(supplied.csv, facts, known);
    const foreign = [...indicators.keys()].find((number) => supplied.mayActFor?.(number) === false);
    if (foreign) {
      throw new RejectedError(
        `indicators, municipality ${foreign}: you may supply figures for your own county's municipalities only`,
        'csv',
      );
    }
    const values = await this.transactions.run((transaction) =>
      this.indicators.save(transaction, indicators, supplied.suppliedBy),
    );
    return { values };
  }
}
