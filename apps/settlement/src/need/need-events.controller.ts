import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { RejectedError } from '#domain';
import { SettlementEventTypes, type NeedEstimatedEvent } from '#contracts';
import { HandlesEvent, KafkaEventContext } from '#messaging';
import { SettlementEscalations } from '../escalations/settlement-escalations.js';
import { NeedRepository } from './need.repository.js';

@Controller()
export class NeedEventsController {
  constructor(
    @Inject(NeedRepository) private readonly need: NeedRepository,
    @Inject(SettlementEscalations) private readonly escalations: SettlementEscalations,
  ) {}

  @HandlesEvent(SettlementEventTypes.needEstimated)
  async onNeedEstimated(
    @Payload() event: NeedEstimatedEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    const estimate = event.data;
    if (estimate.emUnder15 + estimate.em15To18 > estimate.total) {
      throw new RejectedError('unaccompanied minors (under 15 and 15–18) cannot be more than the total');
    }
    await this.need.add(context.transaction, estimate);
    await this.escalations.checkNational(context.transaction, estimate.year);
  }
}
