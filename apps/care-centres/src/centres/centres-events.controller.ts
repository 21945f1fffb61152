import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';

import { CareCentreEventTypes, type CareCentreRegisteredEvent } from '#contracts';
import { HandlesEvent, KafkaEventContext } from '#messaging';

import { RegisterCentre } from './use-cases/register-centre.js';

/** Care centres registered in Bufdir's systems. */
@Controller()
export class CentresEventsController {
  constructor(@Inject(RegisterCentre) private readonly registerCentre: RegisterCentre) {}

  @HandlesEvent(CareCentreEventTypes.centreRegistered)
  onCentreRegistered(
    @Payload() event: CareCentreRegisteredEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    return this.registerCentre.execute(context.transaction, event.data);
  }
}
