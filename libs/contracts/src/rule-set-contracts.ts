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
}

const escalationParams: JsonSchema = {
  type: 'object',
  required: ['scope', 'severity', 'message'],
  additionalProperties: false,
  properties: {
    scope: {
      enum: ['national', 'centre'],
      description: 'What the escalation is about: the nation, or the centre that changed',
    },
    severity: { enum: ['info', 'warning', 'high', 'critical'] },
    message: {
      type: 'string',
      minLength: 1,
      description: 'What the people who receive the escalation should know',
    },
  },
};

export const ruleSetContracts: RuleSetContract[] = [
  {
    ruleSetId: 'reception-escalations',
    service: 'reception',
    file: 'reception/escalations.json',
    eventParams: { escalation: escalationParams },
  },
];

export function ruleSetContractOf(ruleSetId: string): RuleSetContract | undefined {
  return ruleSetContracts.find((contract) => contract.ruleSetId === ruleSetId);
}
