import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';

import {
  type CapacityChangedEvent,
  type CentreRegisteredEvent,
  ReceptionEventTypes,
  ReceptionLifecycleEventTypes,
  type StatusChangedEvent,
} from '#contracts';
import { HandlesEvent, KafkaEventContext } from '#messaging';

import { ChangeCentreCapacity } from './use-cases/change-centre-capacity.js';
import { ChangeCentreStatus } from './use-cases/change-centre-status.js';
import { RegisterCentre } from './use-cases/register-centre.js';

/** Events from UDI's systems about reception centres (already validated against their schemas). */
@Controller()
export class CentreEventsController {
  constructor(
    @Inject(RegisterCentre) private readonly registerCentre: RegisterCentre,
    @Inject(ChangeCentreCapacity) private readonly changeCapacity: ChangeCentreCapacity,
    @Inject(ChangeCentreStatus) private readonly changeStatus: ChangeCentreStatus,
  ) {}

  @HandlesEvent(ReceptionEventTypes.centreRegistered)
  onCentreRegistered(
    @Payload() event: CentreRegisteredEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    return this.registerCentre.execute(context.transaction, event.data);
  }

  @HandlesEvent(ReceptionLifecycleEventTypes.capacityChanged)
  onCapacityChanged(
    @Payload() event: CapacityChangedEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    return this.changeCapacity.execute(context.transaction, event.data);
  }

  @HandlesEvent(ReceptionLifecycleEventTypes.statusChanged)
  onStatusChanged(@Payload() event: StatusChangedEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    return this.changeStatus.execute(context.transaction, event.data);
  }
}
