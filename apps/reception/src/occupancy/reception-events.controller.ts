import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  ReceptionEventTypes,
  type ArrivalRegisteredEvent,
  type CentreRegisteredEvent,
  type DepartureRegisteredEvent,
} from '#contracts';
import { HandlesEvent, KafkaEventContext } from '#messaging';
import { RecordArrival } from './use-cases/record-arrival.js';
import { RecordDeparture } from './use-cases/record-departure.js';
import { RegisterCentre } from './use-cases/register-centre.js';

/** Events from UDI's systems about centres and the people living in them (already validated). */
@Controller()
export class ReceptionEventsController {
  constructor(
    @Inject(RegisterCentre) private readonly registerCentre: RegisterCentre,
    @Inject(RecordArrival) private readonly recordArrival: RecordArrival,
    @Inject(RecordDeparture) private readonly recordDeparture: RecordDeparture,
  ) {}

  @HandlesEvent(ReceptionEventTypes.centreRegistered)
  onCentreRegistered(
    @Payload() event: CentreRegisteredEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    return this.registerCentre.execute(context.transaction, event.data);
  }

  @HandlesEvent(ReceptionEventTypes.arrivalRegistered)
  onArrivalRegistered(
    @Payload() event: ArrivalRegisteredEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    return this.recordArrival.execute(context.transaction, event.data);
  }

  @HandlesEvent(ReceptionEventTypes.departureRegistered)
  onDepartureRegistered(
    @Payload() event: DepartureRegisteredEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    return this.recordDeparture.execute(context.transaction, event.data);
  }
}
