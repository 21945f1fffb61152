import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';

import { type MunicipalityDecidedEvent, SettlementEventTypes } from '#contracts';
import { HandlesEvent, KafkaEventContext } from '#messaging';

import { RecordMunicipalDecision } from './use-cases/record-municipal-decision.js';

/** Events from municipalities (already validated against their schemas). */
@Controller()
export class MunicipalitiesEventsController {
  constructor(@Inject(RecordMunicipalDecision) private readonly recordDecision: RecordMunicipalDecision) {}

  @HandlesEvent(SettlementEventTypes.municipalityDecided)
  onMunicipalityDecided(
    @Payload() event: MunicipalityDecidedEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    return this.recordDecision.execute(context.transaction, event.data);
  }
}
