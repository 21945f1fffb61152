import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';

import {
  type ArrivalRegisteredEvent,
  type DepartureRegisteredEvent,
  type PermitGrantedEvent,
  type PersonSettledEvent,
  ReceptionEventTypes,
  ReceptionLifecycleEventTypes,
  SettlementEventTypes,
  type TransferRegisteredEvent,
} from '#contracts';
import { HandlesEvent, KafkaEventContext } from '#messaging';

import { RecordArrival } from './use-cases/record-arrival.js';
import { RecordDeparture } from './use-cases/record-departure.js';
import { RecordPermit } from './use-cases/record-permit.js';
import { RecordSettlement } from './use-cases/record-settlement.js';
import { RecordTransfer } from './use-cases/record-transfer.js';

/** Events about the people living in reception (already validated against their schemas). */
@Controller()
export class ResidentEventsController {
  constructor(
    @Inject(RecordArrival) private readonly recordArrival: RecordArrival,
    @Inject(RecordTransfer) private readonly recordTransfer: RecordTransfer,
    @Inject(RecordDeparture) private readonly recordDeparture: RecordDeparture,
    @Inject(RecordPermit) private readonly recordPermit: RecordPermit,
    @Inject(RecordSettlement) private readonly recordSettlement: RecordSettlement,
  ) {}

  @HandlesEvent(ReceptionEventTypes.arrivalRegistered)
  onArrivalRegistered(
    @Payload() event: ArrivalRegisteredEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    return this.recordArrival.execute(context.transaction, event.data);
  }

  @HandlesEvent(ReceptionLifecycleEventTypes.transferRegistered)
  onTransferRegistered(
    @Payload() event: TransferRegisteredEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    return this.recordTransfer.execute(context.transaction, event.data);
  }

  @HandlesEvent(ReceptionEventTypes.departureRegistered)
  onDepartureRegistered(
    @Payload() event: DepartureRegisteredEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    return this.recordDeparture.execute(context.transaction, event.data);
  }

  @HandlesEvent(ReceptionLifecycleEventTypes.permitGranted)
  onPermitGranted(@Payload() event: PermitGrantedEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    return this.recordPermit.execute(context.transaction, event.data);
  }

  /** From the settlement service: a settled resident's place is free again. */
  @HandlesEvent(SettlementEventTypes.personSettled)
  onPersonSettled(@Payload() event: PersonSettledEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    return this.recordSettlement.execute(context.transaction, event.data);
  }
}
