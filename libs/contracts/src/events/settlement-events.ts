import type { CloudEvent } from '../cloud-event.js';
import {
  isoDateSchema,
  municipalityNumberSchema,
  personIdSchema,
  ruleSetReferenceSchema,
  yearSchema,
} from '../common-schemas.js';
import type { EventDefinition } from '../event-definition.js';
import type { JsonSchema } from '../json-schema.js';
import { Topics } from '../topics.js';
import { escalationEventDefinitions, type RuleSetReference } from './escalation-events.js';

export const SettlementEventTypes = {
  needEstimated: 'no.settlement.need.estimated.v1',
  requestIssued: 'no.settlement.request.issued.v1',
  municipalityDecided: 'no.settlement.municipality.decided.v1',
  countyTargetsSet: 'no.settlement.county-targets.set.v1',
  personReady: 'no.settlement.person.ready.v1',
  personSettled: 'no.settlement.person.settled.v1',
  escalationRaised: 'no.settlement.escalation.raised.v1',
  escalationResolved: 'no.settlement.escalation.resolved.v1',
} as const;

export const PERSON_NEEDS = [
  'health-services',
  'care-services',
  'accessible-housing',
  'mental-health-services',
] as const;
export type PersonNeed = (typeof PERSON_NEEDS)[number];

/**
 * The national committee's estimate of the settlement need for a year; later estimates revise earlier ones. The
 * total is made of residents with a permit, expected permits and the resettlement quota (each optional: events
 * from before they were sent have none); unaccompanied minors under 15 and 15–18 are of the total.
 */
export interface NeedEstimated {
  year: number;
  total: number;
  emUnder15: number;
  em15To18: number;
  residentsWithPermit?: number;
  expectedPermits?: number;
  resettlementQuota?: number;
  source: string;
  estimatedOn: string;
}

/** The national committee's split of a year's need by county (persons per county). */
export interface CountyTargetsSet {
  year: number;
  targets: { countyNumber: string; persons: number }[];
  source: string;
  setOn: string;
}

export interface RequestIssued {
  distributionId: string;
  year: number;
  municipalityNumber: string;
  municipalityName: string;
  countyNumber: string;
  requested: number;
  em: number;
  /** Of em, by age band (absent in requests issued before the bands were split). */
  emUnder15?: number;
  em15To18?: number;
  ruleSet: RuleSetReference;
}

export interface MunicipalityDecided {
  year: number;
  municipalityNumber: string;
  total: number;
  em: number;
  /** Of em, by age band (optional: older decisions give only em). */
  emUnder15?: number;
  em15To18?: number;
  decidedOn: string;
}

export interface PersonReady {
  personId: string;
  householdId: string;
  householdSize: number;
  permitDate: string;
  unaccompaniedMinor: boolean;
  ageBand: 'under-15' | '15-18' | 'adult';
  familyWithChildren: boolean;
  needs: PersonNeed[];
  readyOn: string;
}

export interface PersonSettled {
  personId: string;
  municipalityNumber: string;
  settledOn: string;
}

export type NeedEstimatedEvent = CloudEvent<NeedEstimated, typeof SettlementEventTypes.needEstimated>;
export type CountyTargetsSetEvent = CloudEvent<
  CountyTargetsSet,
  typeof SettlementEventTypes.countyTargetsSet
>;
export type MunicipalityDecidedEvent = CloudEvent<
  MunicipalityDecided,
  typeof SettlementEventTypes.municipalityDecided
>;
export type PersonReadyEvent = CloudEvent<PersonReady, typeof SettlementEventTypes.personReady>;
export type PersonSettledEvent = CloudEvent<PersonSettled, typeof SettlementEventTypes.personSettled>;

const year = yearSchema;
const persons: JsonSchema = { type: 'integer', minimum: 0, maximum: 1000000 };

export const settlementEventDefinitions: EventDefinition[] = [
  {
    type: SettlementEventTypes.needEstimated,
    topic: Topics.settlementNeed.name,
    description: 'The settlement need for a year was estimated or revised',
    keyField: 'year',
    dataSchema: {
      type: 'object',
      required: ['year', 'total', 'emUnder15', 'em15To18', 'source', 'estimatedOn'],
      additionalProperties: false,
      properties: {
        year,
        total: persons,
        emUnder15: persons,
        em15To18: persons,
        residentsWithPermit: persons,
        expectedPermits: persons,
        resettlementQuota: persons,
        source: { type: 'string', minLength: 1, maxLength: 200 },
        estimatedOn: isoDateSchema,
      },
    },
  },
  {
    type: SettlementEventTypes.countyTargetsSet,
    topic: Topics.settlementNeed.name,
    description: "The national committee set the year's split of the need by county",
    keyField: 'year',
    dataSchema: {
      type: 'object',
      required: ['year', 'targets', 'source', 'setOn'],
      additionalProperties: false,
      properties: {
        year,
        targets: {
          type: 'array',
          minItems: 1,
          maxItems: 100,
          items: {
            type: 'object',
            required: ['countyNumber', 'persons'],
            additionalProperties: false,
            properties: { countyNumber: { type: 'string', pattern: '^[0-9]{2}$' }, persons },
          },
        },
        source: { type: 'string', minLength: 1, maxLength: 200 },
        setOn: isoDateSchema,
      },
    },
  },
  {
    type: SettlementEventTypes.requestIssued,
    topic: Topics.settlementMunicipalities.name,
    description: 'IMDi asked a municipality to settle a number of refugees in a year',
    keyField: 'municipalityNumber',
    dataSchema: {
      type: 'object',
      required: [
        'distributionId',
        'year',
        'municipalityNumber',
        'municipalityName',
        'countyNumber',
        'requested',
        'em',
        'ruleSet',
      ],
      additionalProperties: false,
      properties: {
        distributionId: { type: 'string', format: 'uuid' },
        year,
        municipalityNumber: municipalityNumberSchema,
        municipalityName: { type: 'string', minLength: 1 },
        countyNumber: { type: 'string', pattern: '^[0-9]{2}$' },
        requested: persons,
        em: persons,
        emUnder15: persons,
        em15To18: persons,
        ruleSet: ruleSetReferenceSchema,
      },
    },
  },
  {
    type: SettlementEventTypes.municipalityDecided,
    topic: Topics.settlementMunicipalities.name,
    description: "A municipality's council decided how many it will settle (0: no)",
    keyField: 'municipalityNumber',
    dataSchema: {
      type: 'object',
      required: ['year', 'municipalityNumber', 'total', 'em', 'decidedOn'],
      additionalProperties: false,
      properties: {
        year,
        municipalityNumber: municipalityNumberSchema,
        total: persons,
        em: persons,
        emUnder15: persons,
        em15To18: persons,
        decidedOn: isoDateSchema,
      },
    },
  },
  {
    type: SettlementEventTypes.personReady,
    topic: Topics.settlementPersons.name,
    description: 'A person with a permit, mapped, is ready to be settled',
    keyField: 'personId',
    dataSchema: {
      type: 'object',
      required: [
        'personId',
        'householdId',
        'householdSize',
        'permitDate',
        'unaccompaniedMinor',
        'ageBand',
        'familyWithChildren',
        'needs',
        'readyOn',
      ],
      additionalProperties: false,
      properties: {
        personId: personIdSchema,
        householdId: personIdSchema,
        householdSize: { type: 'integer', minimum: 1, maximum: 30 },
        permitDate: isoDateSchema,
        unaccompaniedMinor: { type: 'boolean' },
        ageBand: { enum: ['under-15', '15-18', 'adult'] },
        familyWithChildren: { type: 'boolean' },
        needs: { type: 'array', uniqueItems: true, items: { enum: [...PERSON_NEEDS] } },
        readyOn: isoDateSchema,
      },
    },
  },
  {
    type: SettlementEventTypes.personSettled,
    topic: Topics.settlementPersons.name,
    description: 'A person was settled in a municipality',
    keyField: 'personId',
    dataSchema: {
      type: 'object',
      required: ['personId', 'municipalityNumber', 'settledOn'],
      additionalProperties: false,
      properties: {
        personId: personIdSchema,
        municipalityNumber: municipalityNumberSchema,
        settledOn: isoDateSchema,
      },
    },
  },
  ...escalationEventDefinitions(
    { raised: SettlementEventTypes.escalationRaised, resolved: SettlementEventTypes.escalationResolved },
    Topics.settlementEscalations.name,
  ),
];
