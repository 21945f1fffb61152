import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  type ArrivalRegistered,
  CareCentreEventTypes,
  type CentreType,
  type DepartureRegistered,
  type MinorHandedOver,
} from '#contracts';
import { ConflictError, NotFoundError, NotYetProcessableError, RejectedError } from '#domain';
import { Outbox } from '#messaging';
import type { EventPublisher } from '#rules';

import { type Centre, isInUse } from '../../centres/centre.js';
import { CentresRepository } from '../../centres/centres.repository.js';
import {
  type ChangeAtCentre,
  FollowUpChangeAtCentre,
} from '../../follow-up/use-cases/follow-up-change-at-centre.js';
import { type NewStay, type StayEnd, StaysRepository } from '../stays.repository.js';

/** Where an unaccompanied minor aged 15–18 can live: EM centres, and the first stops on arrival. */
const CENTRES_FOR_MINORS_15_18: readonly CentreType[] = [
  'unaccompanied-minors-15-18',
  'arrival-centre',
  'transit',
];

/** An arrival or a departure, as consumed from a centre's partition. */
export type ResidentMovement = { arrival: ArrivalRegistered } | { departure: DepartureRegistered };

/** Where a person lives while the movements are gone through; `added` when the stay began with them. */
interface Living {
  centreId: string;
  arrivedOn: string;
  added?: NewStay;
}

/**
 * Arrivals and departures, in their order, written together: the centres and the people's current stays are
 * read in one query each, the movements checked one by one as if alone, then the stays written in one statement
 * each and the changes followed up once. An arrival begins a stay (an unaccompanied minor under 15 is handed over
 * to Bufdir's care centres instead; one aged 15–18 may only live at an EM, arrival or transit centre); a departure
 * ends it. A movement that cannot be recorded fails them all with its reason (the consumer then applies the
 * others without it).
 */
@Injectable()
export class RecordMovements {
  constructor(
    @Inject(CentresRepository) private readonly centres: CentresRepository,
    @Inject(StaysRepository) private readonly stays: StaysRepository,
    @Inject(FollowUpChangeAtCentre) private readonly followUp: Pick<FollowUpChangeAtCentre, 'execute'>,
    @Inject(Outbox) private readonly events: EventPublisher,
  ) {}

  async execute(transaction: EntityManager, movements: ResidentMovement[]): Promise<void> {
    const arrivals = movements.flatMap((movement) => ('arrival' in movement ? [movement.arrival] : []));
    const centres = await this.centres.findAll(transaction, [
      ...new Set(arrivals.map((arrival) => arrival.centreId)),
    ]);
    const personIds = movements.map((movement) =>
      'arrival' in movement ? movement.arrival.personId : movement.departure.personId,
    );
    const living = new Map<string, Living>(
      await this.stays.openStaysOf(transaction, [...new Set(personIds)]),
    );
    const begun: NewStay[] = [];
    const ended: StayEnd[] = [];
    const changes: ChangeAtCentre[] = [];
    for (const movement of movements) {
      if ('arrival' in movement) {
        const { arrival } = movement;
        const centre = admittingCentre(centres.get(arrival.centreId), arrival);
        if (arrival.unaccompaniedMinor === 'under-15') {
          await this.handOverToCareCentres(transaction, arrival);
          continue;
        }
        if (!mustBegin(living.get(arrival.personId), centre.centreId)) continue;
        const stay: NewStay = {
          personId: arrival.personId,
          centreId: arrival.centreId,
          arrivedOn: arrival.date,
          departedOn: null,
          departureReason: null,
        };
        begun.push(stay);
        living.set(arrival.personId, { centreId: arrival.centreId, arrivedOn: arrival.date, added: stay });
        changes.push({ centreId: arrival.centreId, day: arrival.date, residentsChange: 1 });
      } else {
        const { departure } = movement;
        const stay = livingAt(living.get(departure.personId), departure);
        if (stay.added)
          Object.assign(stay.added, {
            departedOn: departure.date,
            departureReason: departure.reason ?? null,
          });
        else
          ended.push({
            personId: departure.personId,
            departedOn: departure.date,
            reason: departure.reason ?? null,
          });
        living.delete(departure.personId);
        changes.push({ centreId: departure.centreId, day: departure.date, residentsChange: -1 });
      }
    }
    // Ends first: a person who left an earlier stay may begin a new one in the same batch.
    await this.stays.closeAll(transaction, ended);
    await this.stays.openAll(transaction, begun);
    if (changes.length > 0) await this.followUp.execute(transaction, changes);
  }

  /** Children under 15 are cared for by Bufdir, not in reception. */
  private async handOverToCareCentres(transaction: EntityManager, arrival: ArrivalRegistered): Promise<void> {
    const handover: MinorHandedOver = {
      personId: arrival.personId,
      arrivedOn: arrival.date,
      receptionCentreId: arrival.centreId,
    };
    await this.events.publish(transaction, CareCentreEventTypes.minorHandedOver, handover);
  }
}

/** The centre of an arrival, which must be registered, in use, and of a type that may house the person. */
function admittingCentre(centre: Centre | undefined, arrival: ArrivalRegistered): Centre {
  if (!centre) throw new NotFoundError(`centre "${arrival.centreId}" is not registered`, 'centreId');
  if (!isInUse(centre.status)) {
    throw new ConflictError(
      `centre "${arrival.centreId}" is ${centre.status}: nobody can arrive there`,
      'centreId',
    );
  }
  if (arrival.unaccompaniedMinor === '15-18' && !CENTRES_FOR_MINORS_15_18.includes(centre.type)) {
    throw new RejectedError(
      `unaccompanied minors aged 15–18 live in EM centres, not in a centre of type ${centre.type}`,
      'centreId',
    );
  }
  return centre;
}

/** Whether an arrival begins a stay: not when the person already lives there (the same arrival again). */
function mustBegin(current: Living | undefined, centreId: string): boolean {
  if (!current) return true;
  if (current.centreId === centreId) return false;
  // The departure from the other centre travels on that centre's partition and may simply not be here yet.
  throw new NotYetProcessableError(
    `the person still lives at centre "${current.centreId}"; a departure (or transfer) from there must come first`,
    'personId',
  );
}

/** The stay a departure ends: at the centre it names, begun no later than the departure. */
function livingAt(current: Living | undefined, departure: DepartureRegistered): Living {
  if (!current || current.centreId !== departure.centreId)
    throw new ConflictError(`the person does not live at centre "${departure.centreId}"`, 'centreId');
  if (departure.date < current.arrivedOn) {
    throw new ConflictError(
      `departure date ${departure.date} is before the arrival date ${current.arrivedOn}`,
      'date',
    );
  }
  return current;
}
