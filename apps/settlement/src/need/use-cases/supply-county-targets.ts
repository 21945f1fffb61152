import { Inject, Injectable } from '@nestjs/common';

import { RejectedError, todayOf } from '#domain';
import { Transactions } from '#persistence';
import { type AuditActor, AuditTrail } from '#platform';

import { MunicipalitiesRepository } from '../../municipalities/municipalities.repository.js';
import type { CountyTarget } from '../../requests/distribution/distribution.js';
import { CountyTargetsRepository, type StoredCountyTargets } from '../county-targets.repository.js';
import { parseCountyTargetsCsv } from '../county-targets-csv.js';
import { SetCountyTargets } from './set-county-targets.js';

export interface CountyTargetsSupplied {
  year: number;
  source: string;
  setOn?: string;
  /** Either the figures, or the spreadsheet they are in. */
  targets?: CountyTarget[];
  csv?: string;
  /** Who sets them (from the token), for the audit trail. */
  setBy: AuditActor;
}

/** The committee's county split as policy staff enter it over HTTP: figures or a spreadsheet, kept like the event's. */
@Injectable()
export class SupplyCountyTargets {
  constructor(
    @Inject(MunicipalitiesRepository) private readonly municipalities: MunicipalitiesRepository,
    @Inject(SetCountyTargets) private readonly setTargets: SetCountyTargets,
    @Inject(CountyTargetsRepository) private readonly targets: CountyTargetsRepository,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(AuditTrail) private readonly audit: AuditTrail,
  ) {}

  async execute(supplied: CountyTargetsSupplied): Promise<StoredCountyTargets> {
    if ((supplied.targets === undefined) === (supplied.csv === undefined))
      throw new RejectedError(
        'give the county targets either as targets or as csv, not both or neither',
        'csv',
      );
    const counties = new Set((await this.municipalities.counties()).map((county) => county.number));
    const targets = supplied.targets ?? parseCountyTargetsCsv(supplied.csv!, counties);
    return this.transactions.run(async (transaction) => {
      await this.setTargets.execute(transaction, {
        year: supplied.year,
        targets,
        source: supplied.source,
        setOn: supplied.setOn ?? todayOf(),
      });
      await this.audit.record(
        {
          actor: supplied.setBy,
          action: 'county-targets.set',
          target: `county-targets:${supplied.year}`,
          details: { source: supplied.source, counties: targets.length },
        },
        transaction,
      );
      return (await this.targets.current(supplied.year, transaction))!;
    });
  }
}
