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
import { HandlesEvent, HandlesEventBatch, KafkaEventContext } from '#messaging';

import { RecordMovements } from './use-cases/record-movements.js';
import { RecordPermit } from './use-cases/record-permit.js';
import { RecordSettlement } from './use-cases/record-settlement.js';
import { RecordTransfer } from './use-cases/record-transfer.js';

/** Events about the people living in reception (already validated against their schemas). */
@Controller()
export class ResidentEventsController {
  constructor(
    @Inject(RecordMovements) private readonly recordMovements: RecordMovements,
    @Inject(RecordTransfer) private readonly recordTransfer: RecordTransfer,
    @Inject(RecordPermit) private readonly recordPermit: RecordPermit,
    @Inject(RecordSettlement) private readonly recordSettlement: RecordSettlement,
  ) {}

  /** The bulk of the traffic: arrivals and departures in a row on a centre's partition, recorded together. */
  @HandlesEventBatch([ReceptionEventTypes.arrivalRegistered, ReceptionEventTypes.departureRegistered])
  onArrivalsAndDepartures(
    @Payload() events: (ArrivalRegisteredEvent | DepartureRegisteredEvent)[],
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    return this.recordMovements.execute(
      context.transaction,
      events.map((event) =>
        event.type === ReceptionEventTypes.arrivalRegistered
          ? { arrival: event.data }
          : { departure: event.data },
      ),
    );
  }

  @HandlesEvent(ReceptionLifecycleEventTypes.transferRegistered)
  onTransferRegistered(
    @Payload() event: TransferRegisteredEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    return this.recordTransfer.execute(context.transaction, event.data);
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
