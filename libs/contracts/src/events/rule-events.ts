import type { CloudEvent } from '../cloud-event.js';
import type { EventDefinition } from '../event-definition.js';
import { Topics } from '../topics.js';

export const RuleEventTypes = {
  versionActivated: 'no.rules.version.activated.v1',
  candidateRefused: 'no.rules.candidate.refused.v1',
} as const;

/** An instance announces the rule-set version it now decides with. */
export interface RuleSetVersionActivated {
  ruleSetId: string;
  version: string;
  contentHash: string;
  service: string;
  instanceId: string;
  activatedBy: string;
  activatedAt: string;
}

export interface RuleSetCandidateRefused {
  ruleSetId: string;
  service: string;
  instanceId: string;
  /** Where the candidate came from: a file path, or "http". */
  origin: string;
  submittedBy: string;
  problems: { path: string; rule?: string; message: string }[];
  /** The version that stays active. */
  activeVersion: string | null;
  refusedAt: string;
}

export type RuleSetVersionActivatedEvent = CloudEvent<
  RuleSetVersionActivated,
  typeof RuleEventTypes.versionActivated
>;
export type RuleSetCandidateRefusedEvent = CloudEvent<
  RuleSetCandidateRefused,
  typeof RuleEventTypes.candidateRefused
>;

export const ruleEventDefinitions: EventDefinition[] = [
  {
    type: RuleEventTypes.versionActivated,
    topic: Topics.ruleAnnouncements.name,
    description: 'A service instance activated a rule-set version',
    keyField: 'ruleSetId',
    dataSchema: {
      type: 'object',
      required: [
        'ruleSetId',
        'version',
        'contentHash',
        'service',
        'instanceId',
        'activatedBy',
        'activatedAt',
      ],
      additionalProperties: false,
      properties: {
        ruleSetId: { type: 'string', minLength: 1 },
        version: { type: 'string', minLength: 1 },
        contentHash: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        service: { type: 'string', minLength: 1 },
        instanceId: { type: 'string', minLength: 1 },
        activatedBy: { type: 'string', minLength: 1 },
        activatedAt: { type: 'string', format: 'date-time' },
      },
    },
  },
  {
    type: RuleEventTypes.candidateRefused,
    topic: Topics.ruleAnnouncements.name,
    description: 'A candidate rule set was refused; the previous version stays active',
    keyField: 'ruleSetId',
    dataSchema: {
      type: 'object',
      required: [
        'ruleSetId',
        'service',
        'instanceId',
        'origin',
        'submittedBy',
        'problems',
        'activeVersion',
        'refusedAt',
      ],
      additionalProperties: false,
      properties: {
        ruleSetId: { type: 'string', minLength: 1 },
        service: { type: 'string', minLength: 1 },
        instanceId: { type: 'string', minLength: 1 },
        origin: { type: 'string', minLength: 1 },
        submittedBy: { type: 'string', minLength: 1 },
        problems: {
          type: 'array',
          items: {
            type: 'object',
            required: ['path', 'message'],
            additionalProperties: false,
            properties: { path: { type: 'string' }, rule: { type: 'string' }, message: { type: 'string' } },
          },
        },
        activeVersion: { type: ['string', 'null'] },
        refusedAt: { type: 'string', format: 'date-time' },
      },
    },
  },
];
