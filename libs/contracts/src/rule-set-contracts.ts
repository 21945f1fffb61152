import type { JsonSchema } from './json-schema.js';

/**
 * What a service understands of a rule set's output: for each event type a rule may fire, the params it
 * reads. Rule files are checked against this, so a rule cannot promise something its service ignores.
 */
export interface RuleSetContract {
  ruleSetId: string;
  /** The service that evaluates the rule set (and keeps its versions and decision records). */
  service: 'settlement' | 'reception' | 'care-centres';
  /** The file under rules/ that policy staff edit. */
  file: string;
  eventParams: Record<string, JsonSchema>;
  /** Every fact must say what happens when a subject has no value for it. */
  factsNeedWhenMissing?: boolean;
  /** The facts the service computes for each evaluation; a rule set may declare no others. */
  suppliedFacts?: string[];
  /** The policy parameters the service reads; a rule set must declare each of them, and no others. */
  parameters?: string[];
  /** Event params whose value names a fact: each must be a number fact the rule set declares (default: fact). */
  factParams?: string[];
}

const reason: JsonSchema = {
  type: 'object',
  required: ['reason'],
  additionalProperties: false,
  properties: { reason: { type: 'string', minLength: 1 } },
};

const requestCriteriaParams: Record<string, JsonSchema> = {
  eligible: reason,
  exclude: reason,
  'em-eligible': {
    type: 'object',
    required: ['reason'],
    additionalProperties: false,
    properties: {
      reason: { type: 'string', minLength: 1 },
      fallback: {
        type: 'boolean',
        description:
          'Only when no other em-eligible rule makes any municipality asked eligible (a population rule as last resort); the distribution then warns',
      },
    },
  },
  'em-minimum': {
    type: 'object',
    required: ['persons'],
    additionalProperties: false,
    properties: {
      persons: {
        type: 'integer',
        minimum: 1,
        maximum: 100,
        description: 'Minors of an age band are asked in groups of at least this many, or none',
      },
    },
  },
  criterion: {
    type: 'object',
    required: ['criterion', 'fact', 'weight', 'direction'],
    additionalProperties: false,
    properties: {
      criterion: { type: 'string', minLength: 1 },
      fact: { type: 'string', minLength: 1, description: 'A number fact the rule set declares' },
      weight: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
      direction: {
        enum: ['higher', 'lower'],
        description:
          "Whether a higher or a lower value means a larger request; lower counts the distance below the fact's declared maximum (or the largest value)",
      },
      power: {
        type: 'number',
        exclusiveMinimum: 0,
        maximum: 2,
        description:
          'The value is raised to this power: 0.5 (a square root) or 0.6 makes size count less than in proportion',
      },
      scaleBy: {
        type: 'string',
        minLength: 1,
        description: 'A number fact the value is multiplied by: a rate times population scales with size',
      },
      scalePower: {
        type: 'number',
        exclusiveMinimum: 0,
        maximum: 2,
        description: 'The power of the scaleBy fact (default 1)',
      },
      whenNoData: {
        enum: ['refuse', 'redistribute'],
        description:
          'When no municipality asked has a value: refuse the distribution (default), or leave the criterion out and share its weight among the others, with a warning',
      },
    },
  },
  caution: {
    type: 'object',
    required: ['reason', 'factor'],
    additionalProperties: false,
    properties: {
      reason: { type: 'string', minLength: 1 },
      factor: {
        type: 'number',
        exclusiveMinimum: 0,
        maximum: 1,
        description:
          "The municipality's weight is multiplied by this (several cautions multiply): caution, not exclusion",
      },
    },
  },
  rounding: {
    type: 'object',
    required: ['step'],
    additionalProperties: false,
    properties: {
      step: {
        type: 'integer',
        minimum: 1,
        maximum: 100,
        description: 'Requests are multiples of this; the totals stay exact',
      },
    },
  },
  continuity: {
    type: 'object',
    required: ['basis', 'weight'],
    additionalProperties: false,
    properties: {
      basis: { enum: ['lastYearRequested', 'lastYearDecided', 'lastYearSettled'] },
      weight: { type: 'number', minimum: 0, maximum: 1 },
    },
  },
  minimum: {
    type: 'object',
    required: ['persons', 'belowMinimum'],
    additionalProperties: false,
    properties: { persons: { type: 'integer', minimum: 1 }, belowMinimum: { enum: ['exclude', 'raise'] } },
  },
  cap: {
    type: 'object',
    minProperties: 1,
    additionalProperties: false,
    properties: {
      persons: { type: 'integer', minimum: 1 },
      percentOfPopulation: { type: 'number', exclusiveMinimum: 0 },
    },
  },
  'county-recommendation': {
    type: 'object',
    required: ['use'],
    additionalProperties: false,
    properties: { use: { enum: ['override', 'ignore'] } },
  },
  'distribution-method': {
    type: 'object',
    required: ['method'],
    additionalProperties: false,
    properties: { method: { enum: ['county-first', 'direct'] } },
  },
};

const escalationParams: JsonSchema = {
  type: 'object',
  required: ['scope', 'severity', 'message'],
  additionalProperties: false,
  properties: {
    scope: {
      enum: ['national', 'county', 'centre'],
      description:
        'What the escalation is about: the nation, the county of the centre that changed, or that centre',
    },
    severity: { enum: ['info', 'warning', 'high', 'critical'] },
    message: {
      type: 'string',
      minLength: 1,
      description: 'What the people who receive the escalation should know',
    },
  },
};

const settlementEscalationParams: JsonSchema = {
  type: 'object',
  required: ['scope', 'severity', 'message', 'recipient'],
  additionalProperties: false,
  properties: {
    scope: {
      enum: ['national', 'waiting', 'household'],
      description:
        "A year's national need, requests and decisions (subject national:<year>), waiting across the country whatever the year (subject waiting), or one household waiting to be settled",
    },
    severity: { enum: ['info', 'warning', 'high', 'critical'] },
    message: { type: 'string', minLength: 1 },
    recipient: {
      type: 'string',
      minLength: 1,
      description: 'Who must act: the national committee, the responsible office, …',
    },
  },
};

const careEscalationParams: JsonSchema = {
  type: 'object',
  required: ['scope', 'severity', 'message'],
  additionalProperties: false,
  properties: {
    scope: { enum: ['national', 'centre', 'child'] },
    severity: { enum: ['info', 'warning', 'high', 'critical'] },
    message: { type: 'string', minLength: 1 },
  },
};

export const ruleSetContracts: RuleSetContract[] = [
  {
    ruleSetId: 'care-centres-escalations',
    service: 'care-centres',
    file: 'care-centres/escalations.json',
    eventParams: { escalation: careEscalationParams },
    suppliedFacts: [
      'nationalChildren',
      'nationalPlaces',
      'nationalOccupancyPercent',
      'centreChildren',
      'centrePlaces',
      'childDaysPastTarget',
      'childrenBeyondTargetPerWeek',
    ],
    parameters: ['waitingTargetMonths'],
  },
  {
    ruleSetId: 'reception-escalations',
    service: 'reception',
    file: 'reception/escalations.json',
    eventParams: {
      escalation: escalationParams,
      'early-warning': {
        type: 'object',
        required: ['recipient', 'message'],
        additionalProperties: false,
        properties: {
          recipient: {
            enum: ['host-municipality'],
            description: 'Who is warned: the municipality hosting the centre',
          },
          message: { type: 'string', minLength: 1 },
        },
      },
    },
    suppliedFacts: [
      'hostMunicipalityPlaces',
      'placesNeededForTargetOccupancy',
      'countyOccupancyPercent',
      'nationalOccupancyPercentPerDay',
      'arrivalsAgainstForecast',
      'residentsWithPermitBeyondTarget',
      'nationalResidents',
      'nationalCapacity',
      'nationalOccupancyPercent',
      'centreResidents',
      'centreCapacity',
      'centreOccupancyPercent',
    ],
    parameters: ['targetOccupancyPercent', 'permitWaitingLimitMonths'],
  },
  {
    ruleSetId: 'settlement-request-criteria',
    service: 'settlement',
    file: 'settlement/request-criteria.json',
    eventParams: requestCriteriaParams,
    factsNeedWhenMissing: true,
    factParams: ['fact', 'scaleBy', 'basis'],
  },
  {
    ruleSetId: 'settlement-escalations',
    service: 'settlement',
    file: 'settlement/escalations.json',
    eventParams: { escalation: settlementEscalationParams },
    suppliedFacts: [
      'needSinceDistribution',
      'emNeedSinceDistribution',
      'residentsWithPermitSinceDistribution',
      'expectedPermitsSinceDistribution',
      'resettlementQuotaSinceDistribution',
      'emUnder15SinceDistribution',
      'em15To18SinceDistribution',
      'decisionsReceivedPercent',
      'decisionShortfallPercent',
      'beyondTargetPerWeek',
      'emBeyondTargetPerWeek',
      'shareBeyondTargetPerWeek',
      'emShareBeyondTargetPerWeek',
      'householdDaysPastTarget',
      'householdHasUnaccompaniedMinor',
    ],
    parameters: [
      'waitingTargetMonths',
      'waitingTargetMonthsUnaccompaniedMinors',
      'waitingTargetMonthsFamiliesWithChildren',
      'waitingTargetMonthsResettlementRefugees',
      'settlementGoalMonths',
      'settlementGoalPercent',
    ],
  },
  {
    ruleSetId: 'settlement-matching',
    service: 'settlement',
    file: 'settlement/matching.json',
    eventParams: {
      score: {
        type: 'object',
        required: ['points', 'reason'],
        additionalProperties: false,
        properties: {
          points: { type: 'number', minimum: -100, maximum: 100 },
          reason: {
            type: 'string',
            minLength: 1,
            description: 'Shown to the caseworker beside the suggestion',
          },
        },
      },
    },
    factsNeedWhenMissing: true,
  },
];

export function ruleSetContractOf(ruleSetId: string): RuleSetContract | undefined {
  return ruleSetContracts.find((contract) => contract.ruleSetId === ruleSetId);
}
