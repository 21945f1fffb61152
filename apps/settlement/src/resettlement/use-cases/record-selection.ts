import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ResettlementSelected } from '#contracts';
import { ConflictError } from '#domain';

import { ResettlementRepository } from '../resettlement.repository.js';
import { HandOverWhenReady } from './hand-over-when-ready.js';

/** A resettlement refugee was selected for a year's quota; a corrected selection replaces it until arrival. */
@Injectable()
export class RecordSelection {
  constructor(
    @Inject(ResettlementRepository)
    private readonly resettlement: Pick<ResettlementRepository, 'get' | 'upsertSelected'>,
    @Inject(HandOverWhenReady) private readonly handOver: Pick<HandOverWhenReady, 'execute'>,
  ) {}

  async execute(transaction: EntityManager, selected: ResettlementSelected): Promise<void> {
    const known = await this.resettlement.get(selected.personId, transaction);
    if (known?.arrivedOn) throw new ConflictError(`the person arrived on ${known.arrivedOn}`, 'personId');
    await this.resettlement.upsertSelected(transaction, selected);
    await this.handOver.execute(transaction, selected.personId);
  }
}
