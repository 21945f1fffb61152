import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ResettlementEntryPermitGranted } from '#contracts';
import { ConflictError, NotFoundError, RejectedError } from '#domain';

import { ResettlementRepository } from '../resettlement.repository.js';
import { HandOverWhenReady } from './hand-over-when-ready.js';

/** UDI granted a selected resettlement refugee an entry permit: the waiting time to settlement runs from it. */
@Injectable()
export class RecordEntryPermit {
  constructor(
    @Inject(ResettlementRepository)
    private readonly resettlement: Pick<ResettlementRepository, 'get' | 'recordEntryPermit'>,
    @Inject(HandOverWhenReady) private readonly handOver: Pick<HandOverWhenReady, 'execute'>,
  ) {}

  async execute(transaction: EntityManager, permit: ResettlementEntryPermitGranted): Promise<void> {
    const record = await this.resettlement.get(permit.personId, transaction);
    if (!record) throw new NotFoundError('the person was never selected for resettlement', 'personId');
    if (record.arrivedOn) throw new ConflictError(`the person arrived on ${record.arrivedOn}`, 'personId');
    if (permit.permitDate < record.selectedOn) {
      throw new RejectedError(`entry permit before the selection on ${record.selectedOn}`, 'permitDate');
    }
    await this.resettlement.recordEntryPermit(transaction, permit.personId, permit.permitDate);
    await this.handOver.execute(transaction, permit.personId);
  }
}
