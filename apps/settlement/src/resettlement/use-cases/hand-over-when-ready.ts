import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { RecordReadyPerson } from '../../people/use-cases/record-ready-person.js';
import { readyPersonOf } from '../ready-person.js';
import { ResettlementRepository } from '../resettlement.repository.js';

/** After each step before travel: once permitted and mapped, the person waits for settlement like anyone ready. */
@Injectable()
export class HandOverWhenReady {
  constructor(
    @Inject(ResettlementRepository) private readonly resettlement: Pick<ResettlementRepository, 'get'>,
    @Inject(RecordReadyPerson) private readonly ready: Pick<RecordReadyPerson, 'execute'>,
  ) {}

  async execute(transaction: EntityManager, personId: string): Promise<void> {
    const record = await this.resettlement.get(personId, transaction);
    const person = record && readyPersonOf(record);
    if (person) await this.ready.execute(transaction, person, true);
  }
}
