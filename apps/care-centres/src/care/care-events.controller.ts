import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { NotYetProcessableError, RejectedError } from '#domain';
import {
  CareCentreEventTypes,
  SettlementEventTypes,
  type CareCentrePermitGrantedEvent,
  type CareCentreRegisteredEvent,
  type ChildLeftEvent,
  type ChildPlacedEvent,
  type MinorHandedOverEvent,
  type PersonReady,
  type PersonSettledEvent,
} from '#contracts';
import { HandlesEvent, KafkaEventContext, Outbox } from '#messaging';
import { CareEscalations } from '../escalations/care-escalations.js';
import { CareRepository } from './care.repository.js';

/** Events from Bufdir's systems, the handover from reception, and settlements from the settlement service. */
@Controller()
export class CareEventsController {
  constructor(
    @Inject(CareRepository) private readonly care: CareRepository,
    @Inject(CareEscalations) private readonly escalations: CareEscalations,
    @Inject(Outbox) private readonly outbox: Outbox,
  ) {}

  @HandlesEvent(CareCentreEventTypes.centreRegistered)
  async onCentreRegistered(
    @Payload() event: CareCentreRegisteredEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    await this.care.upsertCentre(context.transaction, event.data);
    await this.escalations.afterChangeAt(context.transaction, event.data.centreId);
  }

  @HandlesEvent(CareCentreEventTypes.minorHandedOver)
  async onHandover(@Payload() event: MinorHandedOverEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    await this.care.takeIntoCare(
      context.transaction,
      event.data.personId,
      event.data.arrivedOn,
      event.data.receptionCentreId,
    );
  }

  /** A placement; a child already placed elsewhere moves (the earlier placement ends the same day). */
  @HandlesEvent(CareCentreEventTypes.childPlaced)
  async onPlaced(@Payload() event: ChildPlacedEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    const { personId, centreId, date } = event.data;
    const transaction = context.transaction;
    if (!(await this.care.centreExists(transaction, centreId)))
      throw new NotYetProcessableError(`care centre "${centreId}" is not registered`);
    const child = await this.care.child(personId, transaction);
    if (child?.leftCareOn) throw new RejectedError(`the child left care on ${child.leftCareOn}`);
    if (child?.centreId === centreId) return;
    await this.care.takeIntoCare(transaction, personId, null, null);
    const previous = await this.care.endPlacement(transaction, personId, date);
    await this.care.place(transaction, personId, centreId, date);
    if (previous) await this.escalations.afterChangeAt(transaction, previous);
    await this.escalations.afterChangeAt(transaction, centreId);
  }

  @HandlesEvent(CareCentreEventTypes.childLeft)
  async onLeft(@Payload() event: ChildLeftEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    const { personId, centreId, date, reason } = event.data;
    const child = await this.care.child(personId, context.transaction);
    if (!child || child.centreId !== centreId)
      throw new RejectedError(`the child is not placed at care centre "${centreId}"`);
    await this.care.endPlacement(context.transaction, personId, date);
    await this.care.leaveCare(context.transaction, personId, date, reason);
    await this.escalations.afterChangeAt(context.transaction, centreId);
    await this.escalations.forChild(context.transaction, personId, date);
  }

  /** A permit makes the child settlement-ready in the settlement service, with the needs mapped in care. */
  @HandlesEvent(CareCentreEventTypes.permitGranted)
  async onPermit(
    @Payload() event: CareCentrePermitGrantedEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    const permit = event.data;
    const child = await this.care.child(permit.personId, context.transaction);
    if (!child || child.centreId !== permit.centreId)
      throw new RejectedError(`the child is not placed at care centre "${permit.centreId}"`);
    if (permit.mappedOn < permit.permitDate) throw new RejectedError('mapped before the permit was granted');
    await this.care.recordPermit(context.transaction, permit.personId, permit.permitDate, permit.needs);
    const ready: PersonReady = {
      personId: permit.personId,
      householdId: permit.personId,
      householdSize: 1,
      permitDate: permit.permitDate,
      unaccompaniedMinor: true,
      ageBand: 'under-15',
      familyWithChildren: false,
      needs: permit.needs,
      readyOn: permit.mappedOn,
    };
    await this.outbox.publish(context.transaction, SettlementEventTypes.personReady, ready);
    await this.escalations.forChild(context.transaction, permit.personId, permit.mappedOn);
  }

  /** From the settlement service: a child settled leaves the care centre, and the place is free again. */
  @HandlesEvent(SettlementEventTypes.personSettled)
  async onSettled(@Payload() event: PersonSettledEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    const { personId, settledOn } = event.data;
    const child = await this.care.child(personId, context.transaction);
    if (!child || child.leftCareOn) return; // not a child in Bufdir's care
    const centreId = await this.care.endPlacement(context.transaction, personId, settledOn);
    await this.care.leaveCare(context.transaction, personId, settledOn, 'settled');
    if (centreId) await this.escalations.afterChangeAt(context.transaction, centreId);
    await this.escalations.forChild(context.transaction, personId, settledOn);
  }
}
