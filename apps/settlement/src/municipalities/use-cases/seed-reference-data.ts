import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';

import { Transactions } from '#persistence';
import { SERVICE_CONFIG } from '#platform';

import type { SettlementConfig } from '../../settlement.config.js';
import { MunicipalitiesRepository } from '../municipalities.repository.js';
import { readReferenceData } from '../reference-data.js';

/** Loads data/ into the settlement schema at start-up (idempotent), so figures follow the shipped files. */
@Injectable()
export class SeedReferenceData implements OnModuleInit {
  constructor(
    @Inject(MunicipalitiesRepository) private readonly municipalities: MunicipalitiesRepository,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(SERVICE_CONFIG) private readonly config: SettlementConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const reference = readReferenceData(this.config.dataDirectory);
    await this.transactions.run((transaction) =>
      this.municipalities.seed(
        transaction,
        reference,
        'IMDi, Oversikt over bosettingen i kommunene (data/SOURCES.md)',
      ),
    );
    new Logger(SeedReferenceData.name).log(
      `Reference data: ${reference.municipalities.length} municipalities, ${reference.counties.length} counties, ${reference.figures.length} IMDi figures`,
    );
  }
}
