import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { RejectedError } from '#domain';
import {
  ReceptionLifecycleEventTypes,
  SettlementEventTypes,
  type CapacityChangedEvent,
  type ForecastPublishedEvent,
  type PermitGrantedEvent,
  type PersonSettledEvent,
  type StatusChangedEvent,
  type TransferRegisteredEvent,
  ReceptionEventTypes,
  type ArrivalRegisteredEvent,
  type CentreRegisteredEvent,
  type DepartureRegisteredEvent,
} from '#contracts';
import { HandlesEvent, KafkaEventContext } from '#messaging';
import { OccupancyRepository } from './occupancy.repository.js';
import { RecordArrival } from './use-cases/record-arrival.js';
import { RecordDeparture } from './use-cases/record-departure.js';
import { RegisterCentre } from './use-cases/register-centre.js';
import { ChangeCentre } from './use-cases/change-centre.js';
import { RecordPermit } from './use-cases/record-permit.js';
import { RecordSettlement } from './use-cases/record-settlement.js';
import { RecordTransfer } from './use-cases/record-transfer.js';

/** Events from UDI's systems about centres and the people living in them (already validated). */
@Controller()
export class ReceptionEventsController {
  constructor(
    @Inject(RegisterCentre) private readonly registerCentre: RegisterCentre,
    @Inject(RecordArrival) private readonly recordArrival: RecordArrival,
    @Inject(RecordDeparture) private readonly recordDeparture: RecordDeparture,
    @Inject(ChangeCentre) private readonly changeCentre: ChangeCentre,
    @Inject(RecordTransfer) private readonly recordTransfer: RecordTransfer,
    @Inject(RecordPermit) private readonly recordPermit: RecordPermit,
    @Inject(RecordSettlement) private readonly recordSettlement: RecordSettlement,
    @Inject(OccupancyRepository) private readonly occupancy: OccupancyRepository,
  ) {}

  @HandlesEvent(ReceptionLifecycleEventTypes.capacityChanged)
  onCapacityChanged(
    @Payload() event: CapacityChangedEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    return this.changeCentre.capacity(context.transaction, event.data);
  }

  @HandlesEvent(ReceptionLifecycleEventTypes.statusChanged)
  onStatusChanged(@Payload() event: StatusChangedEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    return this.changeCentre.status(context.transaction, event.data);
  }

  @HandlesEvent(ReceptionLifecycleEventTypes.transferRegistered)
  onTransfer(@Payload() event: TransferRegisteredEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    return this.recordTransfer.execute(context.transaction, event.data);
  }

  @HandlesEvent(ReceptionLifecycleEventTypes.permitGranted)
  onPermitGranted(@Payload() event: PermitGrantedEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    return this.recordPermit.execute(context.transaction, event.data);
  }

  @HandlesEvent(ReceptionLifecycleEventTypes.forecastPublished)
  async onForecast(
    @Payload() event: ForecastPublishedEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    const forecast = event.data;
    if (forecast.periodEnd < forecast.periodStart)
      throw new RejectedError('the forecast period ends before it starts');
    if (forecast.low > forecast.expected || forecast.expected > forecast.high) {
      throw new RejectedError('a forecast must have low ≤ expected ≤ high');
    }
    await this.occupancy.saveForecast(context.transaction, forecast);
  }

  /** From the settlement service: a settled resident's place is free again. */
  @HandlesEvent(SettlementEventTypes.personSettled)
  onPersonSettled(@Payload() event: PersonSettledEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    return this.recordSettlement.execute(context.transaction, event.data);
  }

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
