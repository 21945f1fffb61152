import { Inject, Injectable } from '@nestjs/common';

import { NotFoundError } from '#domain';

import { RequestsRepository, type StoredDistribution } from '../requests.repository.js';

/** A distribution, draft or issued, with every figure explained. */
@Injectable()
export class DistributionById {
  constructor(@Inject(RequestsRepository) private readonly requests: RequestsRepository) {}

  async execute(distributionId: string): Promise<StoredDistribution> {
    const distribution = await this.requests.get(distributionId);
    if (!distribution) throw new NotFoundError(`No distribution ${distributionId}`, 'id');
    return distribution;
  }
}
