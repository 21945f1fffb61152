import type { CloudEvent } from '../cloud-event.js';
import { isoDateSchema, municipalityNumberSchema, personIdSchema, yearSchema } from '../common-schemas.js';
import type { EventDefinition } from '../event-definition.js';
import type { JsonSchema } from '../json-schema.js';
import { Topics } from '../topics.js';
import { PERSON_NEEDS, type PersonNeed } from './settlement-events.js';

/**
 * Resettlement refugees (overføringsflyktninger, the UN quota the Storting sets each year): selected abroad,
 * given an entry permit by UDI, mapped (kartlagt) by IMDi before travel, matched to a municipality by IMDi before
 * they arrive, and settled on arrival without a reception centre. Their waiting time runs from the entry permit.
 */
export const ResettlementEventTypes = {
  /** UDI (with IMDi, on a selection mission or from UNHCR's case files) selected the person for the quota. */
  selected: 'no.settlement.resettlement.selected.v1',
  /** UDI granted the entry permit: the waiting time to settlement starts. */
  entryPermitGranted: 'no.settlement.resettlement.entry-permit-granted.v1',
  /** IMDi mapped the person's needs, skills and qualifications before travel. */
  mapped: 'no.settlement.resettlement.mapped.v1',
  /** Published by the settlement service: IMDi matched the household to a municipality, which reserves capacity. */
  matched: 'no.settlement.resettlement.matched.v1',
  /** Published by the settlement service: the match was cancelled and the capacity freed. */
  matchCancelled: 'no.settlement.resettlement.match-cancelled.v1',
  /** The person arrived in Norway, in the municipality matched, and is settled there that day. */
  arrived: 'no.settlement.resettlement.arrived.v1',
} as const;

export interface ResettlementSelected {
  personId: string;
  householdId: string;
  householdSize: number;
  /** The year of the quota the person counts against. */
  quotaYear: number;
  unaccompaniedMinor: boolean;
  ageBand: 'under-15' | '15-18' | 'adult';
  familyWithChildren: boolean;
  selectedOn: string;
}

export interface ResettlementEntryPermitGranted {
  personId: string;
  permitDate: string;
}

export interface ResettlementMapped {
  personId: string;
  needs: PersonNeed[];
  mappedOn: string;
}

export interface ResettlementMatched {
  placementId: number;
  householdId: string;
  municipalityNumber: string;
  /** Members waiting when matched: the capacity the match reserves. */
  persons: number;
  unaccompaniedMinors: number;
  matchedOn: string;
}

export interface ResettlementMatchCancelled {
  placementId: number;
  householdId: string;
  municipalityNumber: string;
  cancelledOn: string;
}

export interface ResettlementArrived {
  personId: string;
  municipalityNumber: string;
  arrivedOn: string;
}

export type ResettlementSelectedEvent = CloudEvent<
  ResettlementSelected,
  typeof ResettlementEventTypes.selected
>;
export type ResettlementEntryPermitGrantedEvent = CloudEvent<
  ResettlementEntryPermitGranted,
  typeof ResettlementEventTypes.entryPermitGranted
>;
export type ResettlementMappedEvent = CloudEvent<ResettlementMapped, typeof ResettlementEventTypes.mapped>;
export type ResettlementArrivedEvent = CloudEvent<ResettlementArrived, typeof ResettlementEventTypes.arrived>;

const year = yearSchema;
const persons: JsonSchema = { type: 'integer', minimum: 0, maximum: 30 };

export const resettlementEventDefinitions: EventDefinition[] = [
  {
    type: ResettlementEventTypes.selected,
    topic: Topics.settlementPersons.name,
    description: 'A resettlement refugee was selected abroad for a year’s quota (UDI)',
    keyField: 'personId',
    dataSchema: {
      type: 'object',
      required: [
        'personId',
        'householdId',
        'householdSize',
        'quotaYear',
        'unaccompaniedMinor',
        'ageBand',
        'familyWithChildren',
        'selectedOn',
      ],
      additionalProperties: false,
      properties: {
        personId: personIdSchema,
        householdId: personIdSchema,
        householdSize: { type: 'integer', minimum: 1, maximum: 30 },
        quotaYear: year,
        unaccompaniedMinor: { type: 'boolean' },
        ageBand: { enum: ['under-15', '15-18', 'adult'] },
        familyWithChildren: { type: 'boolean' },
        selectedOn: isoDateSchema,
      },
    },
  },
  {
    type: ResettlementEventTypes.entryPermitGranted,
    topic: Topics.settlementPersons.name,
    description: 'UDI granted a selected resettlement refugee an entry permit; the waiting time starts',
    keyField: 'personId',
    dataSchema: {
      type: 'object',
      required: ['personId', 'permitDate'],
      additionalProperties: false,
      properties: { personId: personIdSchema, permitDate: isoDateSchema },
    },
  },
  {
    type: ResettlementEventTypes.mapped,
    topic: Topics.settlementPersons.name,
    description: "IMDi mapped a resettlement refugee's needs before travel (settlement-ready once permitted)",
    keyField: 'personId',
    dataSchema: {
      type: 'object',
      required: ['personId', 'needs', 'mappedOn'],
      additionalProperties: false,
      properties: {
        personId: personIdSchema,
        needs: { type: 'array', uniqueItems: true, items: { enum: [...PERSON_NEEDS] } },
        mappedOn: isoDateSchema,
      },
    },
  },
  {
    type: ResettlementEventTypes.matched,
    topic: Topics.settlementPersons.name,
    description:
      "IMDi matched a resettlement household to a municipality before arrival; it uses the municipality's decided capacity",
    keyField: 'householdId',
    dataSchema: {
      type: 'object',
      required: [
        'placementId',
        'householdId',
        'municipalityNumber',
        'persons',
        'unaccompaniedMinors',
        'matchedOn',
      ],
      additionalProperties: false,
      properties: {
        placementId: { type: 'integer', minimum: 1 },
        householdId: personIdSchema,
        municipalityNumber: municipalityNumberSchema,
        persons,
        unaccompaniedMinors: persons,
        matchedOn: isoDateSchema,
      },
    },
  },
  {
    type: ResettlementEventTypes.matchCancelled,
    topic: Topics.settlementPersons.name,
    description: "A resettlement household's match was cancelled; the municipality's capacity is free again",
    keyField: 'householdId',
    dataSchema: {
      type: 'object',
      required: ['placementId', 'householdId', 'municipalityNumber', 'cancelledOn'],
      additionalProperties: false,
      properties: {
        placementId: { type: 'integer', minimum: 1 },
        householdId: personIdSchema,
        municipalityNumber: municipalityNumberSchema,
        cancelledOn: isoDateSchema,
      },
    },
  },
  {
    type: ResettlementEventTypes.arrived,
    topic: Topics.settlementPersons.name,
    description: 'A resettlement refugee arrived in the municipality matched and is settled there',
    keyField: 'personId',
    dataSchema: {
      type: 'object',
      required: ['personId', 'municipalityNumber', 'arrivedOn'],
      additionalProperties: false,
      properties: {
        personId: personIdSchema,
        municipalityNumber: municipalityNumberSchema,
        arrivedOn: isoDateSchema,
      },
    },
  },
];
