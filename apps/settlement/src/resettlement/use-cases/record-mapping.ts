import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ResettlementMapped } from '#contracts';
import { ConflictError, NotFoundError, RejectedError } from '#domain';

import { ResettlementRepository } from '../resettlement.repository.js';
import { HandOverWhenReady } from './hand-over-when-ready.js';

/** IMDi mapped a resettlement refugee before travel (mapped again: the latest mapping holds). */
@Injectable()
export class RecordMapping {
  constructor(
    @Inject(ResettlementRepository)
    private readonly resettlement: Pick<ResettlementRepository, 'get' | 'recordMapping'>,
    @Inject(HandOverWhenReady) private readonly handOver: Pick<HandOverWhenReady, 'execute'>,
  ) {}

  async execute(transaction: EntityManager, mapping: ResettlementMapped): Promise<void> {
    const record = await this.resettlement.get(mapping.personId, transaction);
    if (!record) throw new NotFoundError('the person was never selected for resettlement', 'personId');
    if (record.arrivedOn) throw new ConflictError(`the person arrived on ${record.arrivedOn}`, 'personId');
    if (mapping.mappedOn < record.selectedOn) {
      throw new RejectedError(`mapped before the selection on ${record.selectedOn}`, 'mappedOn');
    }
    await this.resettlement.recordMapping(transaction, mapping.personId, mapping.needs, mapping.mappedOn);
    await this.handOver.execute(transaction, mapping.personId);
  }
}
