import type { CloudEvent } from '../cloud-event.js';
import { ruleSetReferenceSchema } from '../common-schemas.js';
import type { EventDefinition } from '../event-definition.js';
import type { JsonSchema } from '../json-schema.js';

/** A fact's value as rules read it; a series is numbers, oldest first. */
export type FactValue = number | string | boolean | null | number[];

export interface RuleSetReference {
  id: string;
  version: string;
  contentHash?: string;
}

export type EscalationSeverity = 'info' | 'warning' | 'high' | 'critical';

/** An escalation rule fired for a subject (the nation, a centre, a household); every service raises them alike. */
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

export type EscalationRaisedEvent = CloudEvent<EscalationRaised>;
export type EscalationResolvedEvent = CloudEvent<EscalationResolved>;

const factsSchema: JsonSchema = {
  type: 'object',
  additionalProperties: {
    anyOf: [{ type: ['number', 'string', 'boolean', 'null'] }, { type: 'array', items: { type: 'number' } }],
  },
};

/** The raised and resolved event definitions of one service's escalations. */
export function escalationEventDefinitions(
  types: { raised: string; resolved: string },
  topic: string,
): EventDefinition[] {
  const common = {
    escalationId: { type: 'string', format: 'uuid' },
    decisionId: { type: 'string', format: 'uuid' },
    rule: { type: 'string', minLength: 1 },
    subject: { type: 'string', minLength: 1 },
    facts: factsSchema,
    ruleSet: ruleSetReferenceSchema,
    raisedAt: { type: 'string', format: 'date-time' },
  };
  return [
    {
      type: types.raised,
      topic,
      description: 'An escalation rule fired for a subject',
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
          ...common,
          severity: { enum: ['info', 'warning', 'high', 'critical'] },
          message: { type: 'string' },
        },
      },
    },
    {
      type: types.resolved,
      topic,
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
        properties: { ...common, resolvedAt: { type: 'string', format: 'date-time' } },
      },
    },
  ];
}
