import { Inject, Injectable } from '@nestjs/common';

import { type RequestIssued, SettlementEventTypes } from '#contracts';
import { ConflictError, NotFoundError } from '#domain';
import { Outbox } from '#messaging';
import { Transactions } from '#persistence';

import { RequestsRepository, type StoredDistribution } from '../requests.repository.js';

/** Issues a draft: it becomes the year's requests, and every municipality is told its request by event. */
@Injectable()
export class IssueDistribution {
  constructor(
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(RequestsRepository) private readonly requests: RequestsRepository,
    @Inject(Outbox) private readonly outbox: Outbox,
  ) {}

  async execute(distributionId: string, issuedBy: string): Promise<StoredDistribution> {
    await this.transactions.run(async (transaction) => {
      const distribution = await this.requests.get(distributionId, transaction);
      if (!distribution) throw new NotFoundError(`No distribution ${distributionId}`, 'id');
      await this.requests.lock(transaction, distribution.year);
      const current = await this.requests.get(distributionId, transaction);
      if (current!.status !== 'draft')
        throw new ConflictError(`Distribution ${distributionId} is ${current!.status}, not a draft`);
      await this.requests.markIssued(transaction, distribution, issuedBy);
      for (const municipality of distribution.municipalities) {
        const issued: RequestIssued = {
          distributionId,
          year: distribution.year,
          municipalityNumber: municipality.kommunenummer,
          municipalityName: municipality.kommunenavn,
          countyNumber: municipality.fylkesnummer,
          requested: municipality.requested,
          em: municipality.em,
          ...(municipality.emUnder15 === undefined
            ? {}
            : { emUnder15: municipality.emUnder15, em15To18: municipality.em15To18 }),
          ruleSet: distribution.ruleSet,
        };
        await this.outbox.publish(transaction, SettlementEventTypes.requestIssued, issued);
      }
    });
    return (await this.requests.get(distributionId))!;
  }
}
