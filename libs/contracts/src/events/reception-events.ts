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

export const CENTRE_TYPES = [
  'ordinary',
  'unaccompanied-minors-15-18',
  'transit',
  'adapted-unit',
  'arrival-centre',
  'emergency-accommodation',
] as const;
export type CentreType = (typeof CENTRE_TYPES)[number];

export const DEPARTURE_REASONS = ['settled', 'returned', 'private-housing', 'other'] as const;
export type DepartureReason = (typeof DEPARTURE_REASONS)[number];

export const ReceptionEventTypes = {
  centreRegistered: 'no.reception.centre.registered.v1',
  arrivalRegistered: 'no.reception.arrival.registered.v1',
  departureRegistered: 'no.reception.departure.registered.v1',
  escalationRaised: 'no.reception.escalation.raised.v1',
  escalationResolved: 'no.reception.escalation.resolved.v1',
} as const;

export interface CentreRegistered {
  centreId: string;
  name?: string;
  hostMunicipalityNumber: string;
  type: CentreType;
  fixedPlaces: number;
  flexiblePlaces?: number;
}

export interface ArrivalRegistered {
  personId: string;
  centreId: string;
  date: string;
  /** Set for an unaccompanied minor: under 15 are handed to Bufdir's care centres, 15–18 live in EM centres. */
  unaccompaniedMinor?: 'under-15' | '15-18';
}

export interface DepartureRegistered {
  personId: string;
  centreId: string;
  date: string;
  reason?: DepartureReason;
}

export type CentreRegisteredEvent = CloudEvent<CentreRegistered, typeof ReceptionEventTypes.centreRegistered>;
export type ArrivalRegisteredEvent = CloudEvent<
  ArrivalRegistered,
  typeof ReceptionEventTypes.arrivalRegistered
>;
export type DepartureRegisteredEvent = CloudEvent<
  DepartureRegistered,
  typeof ReceptionEventTypes.departureRegistered
>;

export const receptionEventDefinitions: EventDefinition[] = [
  {
    type: ReceptionEventTypes.centreRegistered,
    topic: Topics.receptionCentres.name,
    description: 'UDI registered a reception centre, or changed its type or places',
    keyField: 'centreId',
    dataSchema: {
      type: 'object',
      required: ['centreId', 'hostMunicipalityNumber', 'type', 'fixedPlaces'],
      additionalProperties: false,
      properties: {
        centreId: centreIdSchema,
        name: { type: 'string', maxLength: 200 },
        hostMunicipalityNumber: municipalityNumberSchema,
        type: { enum: [...CENTRE_TYPES] },
        fixedPlaces: { type: 'integer', minimum: 0, maximum: 100000 },
        flexiblePlaces: { type: 'integer', minimum: 0, maximum: 100000 },
      },
    },
  },
  {
    type: ReceptionEventTypes.arrivalRegistered,
    topic: Topics.receptionCentres.name,
    description: 'A person arrived at a reception centre',
    keyField: 'centreId',
    dataSchema: {
      type: 'object',
      required: ['personId', 'centreId', 'date'],
      additionalProperties: false,
      properties: {
        personId: personIdSchema,
        centreId: centreIdSchema,
        date: isoDateSchema,
        unaccompaniedMinor: { enum: ['under-15', '15-18'] },
      },
    },
  },
  {
    type: ReceptionEventTypes.departureRegistered,
    topic: Topics.receptionCentres.name,
    description: 'A person left a reception centre',
    keyField: 'centreId',
    dataSchema: {
      type: 'object',
      required: ['personId', 'centreId', 'date'],
      additionalProperties: false,
      properties: {
        personId: personIdSchema,
        centreId: centreIdSchema,
        date: isoDateSchema,
        reason: { enum: [...DEPARTURE_REASONS] },
      },
    },
  },
  ...escalationEventDefinitions(
    { raised: ReceptionEventTypes.escalationRaised, resolved: ReceptionEventTypes.escalationResolved },
    Topics.receptionEscalations.name,
  ),
];
