import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { PersonSettled } from '#contracts';
import { ConflictError, NotFoundError } from '#domain';

import { CheckHousehold } from '../../escalations/use-cases/check-household.js';
import { PlacementsRepository } from '../../matching/placements.repository.js';
import { MunicipalitiesRepository } from '../../municipalities/municipalities.repository.js';
import { PeopleRepository } from '../people.repository.js';

/**
 * A settlement-ready person was settled in a municipality; the same settlement reported again changes nothing.
 * Once nobody in the household waits, its open placement is closed as settled.
 */
@Injectable()
export class RecordSettlement {
  constructor(
    @Inject(PeopleRepository)
    private readonly people: Pick<PeopleRepository, 'get' | 'settle' | 'waitingInHousehold'>,
    @Inject(MunicipalitiesRepository)
    private readonly municipalities: Pick<MunicipalitiesRepository, 'exists'>,
    @Inject(PlacementsRepository)
    private readonly placements: Pick<PlacementsRepository, 'lock' | 'openOf' | 'close'>,
    @Inject(CheckHousehold) private readonly household: Pick<CheckHousehold, 'execute'>,
  ) {}

  async execute(transaction: EntityManager, settlement: PersonSettled): Promise<void> {
    const { personId, municipalityNumber, settledOn } = settlement;
    const person = await this.people.get(personId, transaction);
    if (!person) throw new NotFoundError('the person was never reported settlement-ready', 'personId');
    if (!(await this.municipalities.exists(municipalityNumber, transaction))) {
      throw new NotFoundError(`${municipalityNumber} is not a municipality`, 'municipalityNumber');
    }
    if (person.settledOn) {
      if (person.settledIn === municipalityNumber && person.settledOn === settledOn) return;
      throw new ConflictError(
        `the person was already settled in ${person.settledIn} on ${person.settledOn}`,
        'personId',
      );
    }
    // Members of a household are settled on different partitions, maybe at once: one at a time, so the last one
    // sees the others settled and closes the placement.
    await this.placements.lock(transaction);
    await this.people.settle(transaction, personId, municipalityNumber, settledOn);
    const placement = await this.placements.openOf(person.householdId, transaction);
    if (placement && (await this.people.waitingInHousehold(person.householdId, transaction)).length === 0) {
      await this.placements.close(transaction, placement.placementId, 'settled');
    }
    // Judged as of the event's own day, so replayed or late events are judged by the time they describe.
    await this.household.execute(transaction, person.householdId, settledOn);
  }
}
