import type { CloudEvent } from '../cloud-event.js';
import {
  centreIdSchema,
  isoDateSchema,
  municipalityNumberSchema,
  personIdSchema,
  ruleSetReferenceSchema,
} from '../common-schemas.js';
import type { EventDefinition } from '../event-definition.js';
import { Topics } from '../topics.js';
import type { FactValue, RuleSetReference } from './escalation-events.js';
import { PERSON_NEEDS, type PersonNeed } from './settlement-events.js';

export const CENTRE_STATUSES = ['planned', 'operating', 'scaling-down', 'closing', 'closed'] as const;
export type CentreStatus = (typeof CENTRE_STATUSES)[number];
/** Statuses in which a centre's places count and people can arrive. */
export const CENTRE_STATUSES_IN_USE: readonly CentreStatus[] = ['operating', 'scaling-down', 'closing'];

export const ReceptionLifecycleEventTypes = {
  capacityChanged: 'no.reception.centre.capacity-changed.v1',
  statusChanged: 'no.reception.centre.status-changed.v1',
  transferRegistered: 'no.reception.transfer.registered.v1',
  permitGranted: 'no.reception.permit.granted.v1',
  earlyWarningIssued: 'no.reception.early-warning.issued.v1',
  forecastPublished: 'no.reception.forecast.published.v1',
} as const;

/** UDI's forecast of arrivals for a period, with low and high scenarios; a later one for the same period replaces it. */
export interface ForecastPublished {
  periodStart: string;
  periodEnd: string;
  expected: number;
  low: number;
  high: number;
  publishedOn: string;
}

/** Early warning to a host municipality of a large change in reception places there. */
export interface EarlyWarningIssued {
  warningId: string;
  municipalityNumber: string;
  rule: string;
  message: string;
  facts: Record<string, FactValue>;
  ruleSet: RuleSetReference;
  decisionId: string;
  issuedAt: string;
}

export interface CapacityChanged {
  centreId: string;
  fixedPlaces: number;
  flexiblePlaces: number;
  effectiveOn: string;
}

export interface StatusChanged {
  centreId: string;
  status: CentreStatus;
  effectiveOn: string;
  /** The contract's notice period, when a centre is being closed or scaled down. */
  noticeMonths?: number;
}

export interface TransferRegistered {
  personId: string;
  fromCentreId: string;
  toCentreId: string;
  date: string;
}

/** UDI granted a resident a permit, and the resident's needs and household have been mapped (kartlagt). */
export interface PermitGranted {
  personId: string;
  centreId: string;
  permitDate: string;
  householdId: string;
  householdSize: number;
  unaccompaniedMinor: boolean;
  ageBand: 'under-15' | '15-18' | 'adult';
  familyWithChildren: boolean;
  needs: PersonNeed[];
  mappedOn: string;
}

export type CapacityChangedEvent = CloudEvent<
  CapacityChanged,
  typeof ReceptionLifecycleEventTypes.capacityChanged
>;
export type StatusChangedEvent = CloudEvent<StatusChanged, typeof ReceptionLifecycleEventTypes.statusChanged>;
export type TransferRegisteredEvent = CloudEvent<
  TransferRegistered,
  typeof ReceptionLifecycleEventTypes.transferRegistered
>;
export type ForecastPublishedEvent = CloudEvent<
  ForecastPublished,
  typeof ReceptionLifecycleEventTypes.forecastPublished
>;
export type PermitGrantedEvent = CloudEvent<PermitGranted, typeof ReceptionLifecycleEventTypes.permitGranted>;

const places = { type: 'integer', minimum: 0, maximum: 100000 };

export const receptionLifecycleEventDefinitions: EventDefinition[] = [
  {
    type: ReceptionLifecycleEventTypes.capacityChanged,
    topic: Topics.receptionCentres.name,
    description: "UDI changed a centre's fixed and flexible places",
    keyField: 'centreId',
    dataSchema: {
      type: 'object',
      required: ['centreId', 'fixedPlaces', 'flexiblePlaces', 'effectiveOn'],
      additionalProperties: false,
      properties: {
        centreId: centreIdSchema,
        fixedPlaces: places,
        flexiblePlaces: places,
        effectiveOn: isoDateSchema,
      },
    },
  },
  {
    type: ReceptionLifecycleEventTypes.statusChanged,
    topic: Topics.receptionCentres.name,
    description: 'A centre was planned, opened, scaled down, put on notice or closed',
    keyField: 'centreId',
    dataSchema: {
      type: 'object',
      required: ['centreId', 'status', 'effectiveOn'],
      additionalProperties: false,
      properties: {
        centreId: centreIdSchema,
        status: { enum: [...CENTRE_STATUSES] },
        effectiveOn: isoDateSchema,
        noticeMonths: { type: 'integer', minimum: 0, maximum: 60 },
      },
    },
  },
  {
    type: ReceptionLifecycleEventTypes.transferRegistered,
    topic: Topics.receptionCentres.name,
    description: 'A resident moved from one centre to another (keyed by the centre left)',
    keyField: 'fromCentreId',
    dataSchema: {
      type: 'object',
      required: ['personId', 'fromCentreId', 'toCentreId', 'date'],
      additionalProperties: false,
      properties: {
        personId: personIdSchema,
        fromCentreId: centreIdSchema,
        toCentreId: centreIdSchema,
        date: isoDateSchema,
      },
    },
  },
  {
    type: ReceptionLifecycleEventTypes.permitGranted,
    topic: Topics.receptionCentres.name,
    description: 'A resident was granted a permit and mapped: ready to be settled',
    keyField: 'centreId',
    dataSchema: {
      type: 'object',
      required: [
        'personId',
        'centreId',
        'permitDate',
        'householdId',
        'householdSize',
        'unaccompaniedMinor',
        'ageBand',
        'familyWithChildren',
        'needs',
        'mappedOn',
      ],
      additionalProperties: false,
      properties: {
        personId: personIdSchema,
        centreId: centreIdSchema,
        permitDate: isoDateSchema,
        householdId: personIdSchema,
        householdSize: { type: 'integer', minimum: 1, maximum: 30 },
        unaccompaniedMinor: { type: 'boolean' },
        ageBand: { enum: ['under-15', '15-18', 'adult'] },
        familyWithChildren: { type: 'boolean' },
        needs: { type: 'array', uniqueItems: true, items: { enum: [...PERSON_NEEDS] } },
        mappedOn: isoDateSchema,
      },
    },
  },
  {
    type: ReceptionLifecycleEventTypes.earlyWarningIssued,
    topic: Topics.receptionEscalations.name,
    description: 'A host municipality is warned of a large change in reception places there',
    keyField: 'municipalityNumber',
    dataSchema: {
      type: 'object',
      required: [
        'warningId',
        'municipalityNumber',
        'rule',
        'message',
        'facts',
        'ruleSet',
        'decisionId',
        'issuedAt',
      ],
      additionalProperties: false,
      properties: {
        warningId: { type: 'string', format: 'uuid' },
        municipalityNumber: municipalityNumberSchema,
        rule: { type: 'string', minLength: 1 },
        message: { type: 'string', minLength: 1 },
        facts: { type: 'object' },
        ruleSet: ruleSetReferenceSchema,
        decisionId: { type: 'string', format: 'uuid' },
        issuedAt: { type: 'string', format: 'date-time' },
      },
    },
  },
  {
    type: ReceptionLifecycleEventTypes.forecastPublished,
    topic: Topics.receptionCentres.name,
    description: 'UDI published a forecast of arrivals for a period',
    keyField: 'periodStart',
    dataSchema: {
      type: 'object',
      required: ['periodStart', 'periodEnd', 'expected', 'low', 'high', 'publishedOn'],
      additionalProperties: false,
      properties: {
        periodStart: isoDateSchema,
        periodEnd: isoDateSchema,
        expected: { type: 'integer', minimum: 0 },
        low: { type: 'integer', minimum: 0 },
        high: { type: 'integer', minimum: 0 },
        publishedOn: isoDateSchema,
      },
    },
  },
];
