import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { RejectedError } from '#domain';
import { SettlementEventTypes, type PersonReadyEvent, type PersonSettledEvent } from '#contracts';
import { HandlesEvent, KafkaEventContext } from '#messaging';
import { DecisionsRepository } from '../decisions/decisions.repository.js';
import { SettlementEscalations } from '../escalations/settlement-escalations.js';
import { PeopleRepository } from './people.repository.js';

@Controller()
export class PeopleEventsController {
  constructor(
    @Inject(PeopleRepository) private readonly people: PeopleRepository,
    @Inject(DecisionsRepository) private readonly municipalities: DecisionsRepository,
    @Inject(SettlementEscalations) private readonly escalations: SettlementEscalations,
  ) {}

  @HandlesEvent(SettlementEventTypes.personReady)
  async onPersonReady(@Payload() event: PersonReadyEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    const person = event.data;
    if (person.readyOn < person.permitDate) throw new RejectedError('ready before the permit was granted');
    const known = await this.people.get(person.personId, context.transaction);
    if (known?.settledOn) throw new RejectedError('the person is already settled');
    await this.people.upsertReady(context.transaction, person);
    // Judged as of the event's own day, so replayed or late events are judged by the time they describe.
    await this.escalations.checkHousehold(context.transaction, person.householdId, person.readyOn);
  }

  @HandlesEvent(SettlementEventTypes.personSettled)
  async onPersonSettled(
    @Payload() event: PersonSettledEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    const { personId, municipalityNumber, settledOn } = event.data;
    const person = await this.people.get(personId, context.transaction);
    if (!person) throw new RejectedError('the person was never reported settlement-ready');
    if (!(await this.municipalities.municipalityExists(context.transaction, municipalityNumber))) {
      throw new RejectedError(`${municipalityNumber} is not a municipality`);
    }
    if (person.settledOn) {
      if (person.settledIn === municipalityNumber && person.settledOn === settledOn) return;
      throw new RejectedError(`the person was already settled in ${person.settledIn} on ${person.settledOn}`);
    }
    await this.people.settle(context.transaction, personId, municipalityNumber, settledOn);
    // Judged as of the event's own day, so replayed or late events are judged by the time they describe.
    await this.escalations.checkHousehold(context.transaction, person.householdId, person.readyOn);
  }
}
