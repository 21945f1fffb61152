import { Inject, Injectable } from '@nestjs/common';

import { NotFoundError } from '#domain';

import { RequestsRepository, type StoredDistribution } from '../requests.repository.js';

/** The requests issued for a year: the distribution issued last. */
@Injectable()
export class IssuedRequests {
  constructor(@Inject(RequestsRepository) private readonly requests: RequestsRepository) {}

  async execute(year: number): Promise<StoredDistribution> {
    const distribution = await this.requests.issued(year);
    if (!distribution) throw new NotFoundError(`No requests have been issued for ${year}`, 'year');
    return distribution;
  }
}
