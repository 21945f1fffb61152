import type { CloudEvent } from '../cloud-event.js';
import {
  centreIdSchema,
  isoDateSchema,
  municipalityNumberSchema,
  personIdSchema,
  ruleSetReferenceSchema,
} from '../common-schemas.js';
import type { JsonSchema } from '../json-schema.js';
import { Topics } from '../topics.js';
import type { EventDefinition } from '../event-definition.js';

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
}

export interface DepartureRegistered {
  personId: string;
  centreId: string;
  date: string;
  reason?: DepartureReason;
}

/** A fact's value as rules read it; a series is numbers, oldest first. */
export type FactValue = number | string | boolean | null | number[];

export interface RuleSetReference {
  id: string;
  version: string;
  contentHash?: string;
}

export type EscalationSeverity = 'info' | 'warning' | 'high' | 'critical';

export interface EscalationRaised {
  escalationId: string;
  /** The decision record explaining why (GET /decisions/:id/explanation). */
  decisionId: string;
  rule: string;
  severity: EscalationSeverity;
  subject: string;
  message: string;
  facts: Record<string, FactValue>;
  ruleSet: RuleSetReference;
  raisedAt: string;
}

export interface EscalationResolved {
  escalationId: string;
  decisionId: string;
  rule: string;
  subject: string;
  facts: Record<string, FactValue>;
  ruleSet: RuleSetReference;
  raisedAt: string;
  resolvedAt: string;
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
export type EscalationRaisedEvent = CloudEvent<EscalationRaised, typeof ReceptionEventTypes.escalationRaised>;
export type EscalationResolvedEvent = CloudEvent<
  EscalationResolved,
  typeof ReceptionEventTypes.escalationResolved
>;

const factsSchema: JsonSchema = {
  type: 'object',
  additionalProperties: {
    anyOf: [{ type: ['number', 'string', 'boolean', 'null'] }, { type: 'array', items: { type: 'number' } }],
  },
};

const severitySchema: JsonSchema = { enum: ['info', 'warning', 'high', 'critical'] };

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
      properties: { personId: personIdSchema, centreId: centreIdSchema, date: isoDateSchema },
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
  {
    type: ReceptionEventTypes.escalationRaised,
    topic: Topics.receptionEscalations.name,
    description: 'An escalation rule fired for a subject (the nation, a centre)',
    keyField: 'subject',
    dataSchema: {
      type: 'object',
      required: [
        'escalationId',
        'decisionId',
        'rule',
        'severity',
        'subject',
        'message',
        'facts',
        'ruleSet',
        'raisedAt',
      ],
      additionalProperties: false,
      properties: {
        escalationId: { type: 'string', format: 'uuid' },
        decisionId: { type: 'string', format: 'uuid' },
        rule: { type: 'string', minLength: 1 },
        severity: severitySchema,
        subject: { type: 'string', minLength: 1 },
        message: { type: 'string' },
        facts: factsSchema,
        ruleSet: ruleSetReferenceSchema,
        raisedAt: { type: 'string', format: 'date-time' },
      },
    },
  },
  {
    type: ReceptionEventTypes.escalationResolved,
    topic: Topics.receptionEscalations.name,
    description: 'The condition behind an open escalation no longer holds',
    keyField: 'subject',
    dataSchema: {
      type: 'object',
      required: [
        'escalationId',
        'decisionId',
        'rule',
        'subject',
        'facts',
        'ruleSet',
        'raisedAt',
        'resolvedAt',
      ],
      additionalProperties: false,
      properties: {
        escalationId: { type: 'string', format: 'uuid' },
        decisionId: { type: 'string', format: 'uuid' },
        rule: { type: 'string', minLength: 1 },
        subject: { type: 'string', minLength: 1 },
        facts: factsSchema,
        ruleSet: ruleSetReferenceSchema,
        raisedAt: { type: 'string', format: 'date-time' },
        resolvedAt: { type: 'string', format: 'date-time' },
      },
    },
  },
];
