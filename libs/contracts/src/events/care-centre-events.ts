import type { CloudEvent } from '../cloud-event.js';
import {
  centreIdSchema,
  isoDateSchema,
  municipalityNumberSchema,
  personIdSchema,
} from '../common-schemas.js';
import type { EventDefinition } from '../event-definition.js';
import { Topics } from '../topics.js';
import { escalationEventDefinitions } from './escalation-events.js';
import { PERSON_NEEDS, type PersonNeed } from './settlement-events.js';

export const CareCentreEventTypes = {
  centreRegistered: 'no.care-centres.centre.registered.v1',
  childPlaced: 'no.care-centres.child.placed.v1',
  childLeft: 'no.care-centres.child.left.v1',
  permitGranted: 'no.care-centres.permit.granted.v1',
  minorHandedOver: 'no.reception.minor.handed-over.v1',
  escalationRaised: 'no.care-centres.escalation.raised.v1',
  escalationResolved: 'no.care-centres.escalation.resolved.v1',
} as const;

/** A care centre for unaccompanied minors under 15: the state's own places and places bought from private providers. */
export interface CareCentreRegistered {
  centreId: string;
  name?: string;
  hostMunicipalityNumber: string;
  statePlaces: number;
  privatePlaces: number;
}

export interface ChildPlaced {
  personId: string;
  centreId: string;
  date: string;
}

export interface ChildLeft {
  personId: string;
  centreId: string;
  date: string;
  reason: 'settled' | 'reunited-with-family' | 'moved-abroad' | 'other';
}

export interface CareCentrePermitGranted {
  personId: string;
  centreId: string;
  permitDate: string;
  needs: PersonNeed[];
  mappedOn: string;
}

/** Reception registered an unaccompanied minor under 15 on arrival: Bufdir takes over the child's care. */
export interface MinorHandedOver {
  personId: string;
  arrivedOn: string;
  /** Where the child was registered on arrival. */
  receptionCentreId: string;
}

export type CareCentreRegisteredEvent = CloudEvent<CareCentreRegistered>;
export type ChildPlacedEvent = CloudEvent<ChildPlaced>;
export type ChildLeftEvent = CloudEvent<ChildLeft>;
export type CareCentrePermitGrantedEvent = CloudEvent<CareCentrePermitGranted>;
export type MinorHandedOverEvent = CloudEvent<MinorHandedOver>;

const places = { type: 'integer', minimum: 0, maximum: 10000 };

export const careCentreEventDefinitions: EventDefinition[] = [
  {
    type: CareCentreEventTypes.centreRegistered,
    topic: Topics.careCentres.name,
    description: 'Bufdir registered a care centre, or changed its places',
    keyField: 'centreId',
    dataSchema: {
      type: 'object',
      required: ['centreId', 'hostMunicipalityNumber', 'statePlaces', 'privatePlaces'],
      additionalProperties: false,
      properties: {
        centreId: centreIdSchema,
        name: { type: 'string', maxLength: 200 },
        hostMunicipalityNumber: municipalityNumberSchema,
        statePlaces: places,
        privatePlaces: places,
      },
    },
  },
  {
    type: CareCentreEventTypes.childPlaced,
    topic: Topics.careCentres.name,
    description: 'A child was placed in a care centre (also a move from another)',
    keyField: 'centreId',
    dataSchema: {
      type: 'object',
      required: ['personId', 'centreId', 'date'],
      additionalProperties: false,
      properties: { personId: personIdSchema, centreId: centreIdSchema, date: isoDateSchema },
    },
  },
  {
    type: CareCentreEventTypes.childLeft,
    topic: Topics.careCentres.name,
    description: 'A child left a care centre',
    keyField: 'centreId',
    dataSchema: {
      type: 'object',
      required: ['personId', 'centreId', 'date', 'reason'],
      additionalProperties: false,
      properties: {
        personId: personIdSchema,
        centreId: centreIdSchema,
        date: isoDateSchema,
        reason: { enum: ['settled', 'reunited-with-family', 'moved-abroad', 'other'] },
      },
    },
  },
  {
    type: CareCentreEventTypes.permitGranted,
    topic: Topics.careCentres.name,
    description: 'A child in a care centre was granted a permit and mapped: ready to be settled',
    keyField: 'centreId',
    dataSchema: {
      type: 'object',
      required: ['personId', 'centreId', 'permitDate', 'needs', 'mappedOn'],
      additionalProperties: false,
      properties: {
        personId: personIdSchema,
        centreId: centreIdSchema,
        permitDate: isoDateSchema,
        needs: { type: 'array', uniqueItems: true, items: { enum: [...PERSON_NEEDS] } },
        mappedOn: isoDateSchema,
      },
    },
  },
  {
    type: CareCentreEventTypes.minorHandedOver,
    topic: Topics.careCentreHandovers.name,
    description: 'Reception hands an unaccompanied minor under 15 over to Bufdir',
    keyField: 'personId',
    dataSchema: {
      type: 'object',
      required: ['personId', 'arrivedOn', 'receptionCentreId'],
      additionalProperties: false,
      properties: { personId: personIdSchema, arrivedOn: isoDateSchema, receptionCentreId: centreIdSchema },
    },
  },
  ...escalationEventDefinitions(
    { raised: CareCentreEventTypes.escalationRaised, resolved: CareCentreEventTypes.escalationResolved },
    Topics.careCentreEscalations.name,
  ),
];
