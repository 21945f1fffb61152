import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';

import {
  CareCentreEventTypes,
  type CareCentrePermitGrantedEvent,
  type ChildLeftEvent,
  type ChildPlacedEvent,
  type MinorHandedOverEvent,
  type PersonSettledEvent,
  SettlementEventTypes,
} from '#contracts';
import { HandlesEvent, KafkaEventContext } from '#messaging';

import { PlaceChild } from './use-cases/place-child.js';
import { RecordChildLeft } from './use-cases/record-child-left.js';
import { RecordPermit } from './use-cases/record-permit.js';
import { RecordSettlement } from './use-cases/record-settlement.js';
import { TakeIntoCare } from './use-cases/take-into-care.js';

/** Children: Bufdir's placements, the handover from reception, and settlements from the settlement service. */
@Controller()
export class ChildrenEventsController {
  constructor(
    @Inject(TakeIntoCare) private readonly takeIntoCare: TakeIntoCare,
    @Inject(PlaceChild) private readonly placeChild: PlaceChild,
    @Inject(RecordChildLeft) private readonly recordChildLeft: RecordChildLeft,
    @Inject(RecordPermit) private readonly recordPermit: RecordPermit,
    @Inject(RecordSettlement) private readonly recordSettlement: RecordSettlement,
  ) {}

  @HandlesEvent(CareCentreEventTypes.minorHandedOver)
  onHandover(@Payload() event: MinorHandedOverEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    return this.takeIntoCare.execute(context.transaction, event.data);
  }

  /** A placement; a child already placed elsewhere moves. */
  @HandlesEvent(CareCentreEventTypes.childPlaced)
  onPlaced(@Payload() event: ChildPlacedEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    return this.placeChild.execute(context.transaction, event.data);
  }

  @HandlesEvent(CareCentreEventTypes.childLeft)
  onLeft(@Payload() event: ChildLeftEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    return this.recordChildLeft.execute(context.transaction, event.data);
  }

  @HandlesEvent(CareCentreEventTypes.permitGranted)
  onPermit(@Payload() event: CareCentrePermitGrantedEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    return this.recordPermit.execute(context.transaction, event.data);
  }

  @HandlesEvent(SettlementEventTypes.personSettled)
  onSettled(@Payload() event: PersonSettledEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    return this.recordSettlement.execute(context.transaction, event.data);
  }
}
