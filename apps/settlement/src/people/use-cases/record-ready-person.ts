import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { PersonReady } from '#contracts';
import { ConflictError, RejectedError } from '#domain';

import { CheckHousehold } from '../../escalations/use-cases/check-household.js';
import { PeopleRepository } from '../people.repository.js';

/**
 * A person with a permit is ready to be settled (reported again: the latest report holds until settled). A
 * resettlement refugee is ready once the entry permit is granted and the person mapped.
 */
@Injectable()
export class RecordReadyPerson {
  constructor(
    @Inject(PeopleRepository) private readonly people: Pick<PeopleRepository, 'get' | 'upsertReady'>,
    @Inject(CheckHousehold) private readonly household: Pick<CheckHousehold, 'execute'>,
  ) {}

  async execute(transaction: EntityManager, person: PersonReady, resettlementRefugee = false): Promise<void> {
    if (person.readyOn < person.permitDate)
      throw new RejectedError('ready before the permit was granted', 'readyOn');
    const known = await this.people.get(person.personId, transaction);
    if (known?.settledOn) throw new ConflictError('the person is already settled', 'personId');
    await this.people.upsertReady(transaction, person, resettlementRefugee);
    // Judged as of the event's own day, so replayed or late events are judged by the time they describe.
    await this.household.execute(transaction, person.householdId, person.readyOn);
  }
}
