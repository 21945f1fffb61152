import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ResettlementArrived } from '#contracts';
import { ConflictError, NotFoundError, RejectedError } from '#domain';

import { PlacementsRepository } from '../../matching/placements.repository.js';
import { RecordSettlement } from '../../people/use-cases/record-settlement.js';
import { ResettlementRepository } from '../resettlement.repository.js';

/**
 * A resettlement refugee arrived: only with an entry permit, mapped, and in the municipality the household was
 * matched to; settled there on the day of arrival, without a reception centre. The same arrival again changes
 * nothing.
 */
@Injectable()
export class RecordArrival {
  constructor(
    @Inject(ResettlementRepository)
    private readonly resettlement: Pick<ResettlementRepository, 'get' | 'recordArrival'>,
    @Inject(PlacementsRepository) private readonly placements: Pick<PlacementsRepository, 'openOf'>,
    @Inject(RecordSettlement) private readonly settlement: Pick<RecordSettlement, 'execute'>,
  ) {}

  async execute(transaction: EntityManager, arrival: ResettlementArrived): Promise<void> {
    const { personId, municipalityNumber, arrivedOn } = arrival;
    const record = await this.resettlement.get(personId, transaction);
    if (!record) throw new NotFoundError('the person was never selected for resettlement', 'personId');
    if (record.arrivedOn) {
      if (record.arrivedIn === municipalityNumber && record.arrivedOn === arrivedOn) return;
      throw new ConflictError(
        `the person already arrived in ${record.arrivedIn} on ${record.arrivedOn}`,
        'personId',
      );
    }
    if (!record.entryPermitDate) throw new RejectedError('arrived without an entry permit', 'personId');
    if (arrivedOn < record.entryPermitDate) {
      throw new RejectedError(`arrived before the entry permit of ${record.entryPermitDate}`, 'arrivedOn');
    }
    if (!record.mappedOn) throw new RejectedError('arrived without having been mapped', 'personId');
    const match = await this.placements.openOf(record.householdId, transaction);
    if (!match) {
      throw new ConflictError(
        `household ${record.householdId} was not matched to a municipality before arrival`,
        'personId',
      );
    }
    if (match.municipalityNumber !== municipalityNumber) {
      throw new ConflictError(
        `household ${record.householdId} was matched to ${match.municipalityNumber}, not ${municipalityNumber}`,
        'municipalityNumber',
      );
    }
    await this.resettlement.recordArrival(transaction, personId, municipalityNumber, arrivedOn);
    await this.settlement.execute(transaction, { personId, municipalityNumber, settledOn: arrivedOn });
  }
}
