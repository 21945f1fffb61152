import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';

import { type PersonReadyEvent, type PersonSettledEvent, SettlementEventTypes } from '#contracts';
import { HandlesEvent, KafkaEventContext } from '#messaging';

import { RecordReadyPerson } from './use-cases/record-ready-person.js';
import { RecordSettlement } from './use-cases/record-settlement.js';

/** Settlement-ready people (from reception) and their settlement (from municipalities). */
@Controller()
export class PeopleEventsController {
  constructor(
    @Inject(RecordReadyPerson) private readonly recordReady: RecordReadyPerson,
    @Inject(RecordSettlement) private readonly recordSettlement: RecordSettlement,
  ) {}

  @HandlesEvent(SettlementEventTypes.personReady)
  onPersonReady(@Payload() event: PersonReadyEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    return this.recordReady.execute(context.transaction, event.data);
  }

  @HandlesEvent(SettlementEventTypes.personSettled)
  onPersonSettled(@Payload() event: PersonSettledEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    return this.recordSettlement.execute(context.transaction, event.data);
  }
}
