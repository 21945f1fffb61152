import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SettlementEventTypes, type RequestIssued } from '#contracts';
import { Outbox } from '#messaging';
import { RequestsRepository, type StoredDistribution } from './requests.repository.js';

export class DistributionNotIssuableError extends Error {}

/** Issues a draft: it becomes the year's requests, and every municipality is told its request by event. */
@Injectable()
export class IssueDistribution {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(RequestsRepository) private readonly requests: RequestsRepository,
    @Inject(Outbox) private readonly outbox: Outbox,
  ) {}

  async execute(distributionId: string, issuedBy: string): Promise<StoredDistribution> {
    await this.dataSource.transaction(async (transaction) => {
      const distribution = await this.requests.get(distributionId, transaction);
      if (!distribution) throw new DistributionNotIssuableError(`No distribution ${distributionId}`);
      await this.requests.lock(transaction, distribution.year);
      const current = await this.requests.get(distributionId, transaction);
      if (current!.status !== 'draft')
        throw new DistributionNotIssuableError(
          `Distribution ${distributionId} is ${current!.status}, not a draft`,
        );
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
          ruleSet: distribution.ruleSet,
        };
        await this.outbox.publish(transaction, SettlementEventTypes.requestIssued, issued);
      }
    });
    return (await this.requests.get(distributionId))!;
  }
}
