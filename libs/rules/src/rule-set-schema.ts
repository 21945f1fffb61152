/**
 * JSON Schema of a rule-set file. Published as rules/schema/rule-set.schema.json (kept equal by a test),
 * so editors complete and check rule files that name it in `$schema`.
 */
export const ruleSetJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schemas.refugee-settlement.no/rule-set.schema.json',
  title: 'Rule set',
  description: 'Criteria or escalation triggers that policy staff maintain, evaluated by json-rules-engine.',
  type: 'object',
  required: ['id', 'title', 'description', 'owner', 'version', 'effectiveFrom', 'facts', 'rules'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    id: {
      type: 'string',
      pattern: '^[a-z0-9][a-z0-9-]*$',
      description: 'Stable id, e.g. reception-escalations',
    },
    title: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    owner: { type: 'string', minLength: 1, description: 'Who answers for this rule set' },
    version: {
      type: 'string',
      pattern: '^\\d+\\.\\d+\\.\\d+$',
      description: 'Semantic version: raise it with every change',
    },
    effectiveFrom: { type: 'string', format: 'date' },
    effectiveTo: { type: 'string', format: 'date' },
    facts: {
      type: 'array',
      description: 'Every fact the rules may use',
      items: {
        type: 'object',
        required: ['name', 'type', 'description'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', pattern: '^[a-zA-Z][a-zA-Z0-9]*$' },
          type: {
            enum: ['number', 'string', 'boolean', 'series'],
            description: 'series: a list of numbers, oldest first, for the domain operators',
          },
          unit: { type: 'string' },
          description: { type: 'string', minLength: 1 },
          range: {
            type: 'object',
            additionalProperties: false,
            properties: { min: { type: 'number' }, max: { type: 'number' } },
          },
          whenMissing: {
            description:
              'When a subject has no value: exclude it, use the median of the others, or use this value',
            oneOf: [
              { enum: ['exclude', 'median'] },
              {
                type: 'object',
                required: ['value'],
                additionalProperties: false,
                properties: { value: { type: ['number', 'string', 'boolean'] } },
              },
            ],
          },
        },
      },
    },
    parameters: {
      type: 'array',
      description: 'Policy figures the service reads beside the rules, such as a waiting target',
      items: {
        type: 'object',
        required: ['name', 'value', 'description'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', pattern: '^[a-zA-Z][a-zA-Z0-9]*$' },
          value: { type: 'number' },
          unit: { type: 'string' },
          description: { type: 'string', minLength: 1 },
          range: {
            type: 'object',
            additionalProperties: false,
            properties: { min: { type: 'number' }, max: { type: 'number' } },
          },
        },
      },
    },
    rules: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name', 'conditions', 'event'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
          description: { type: 'string' },
          priority: { type: 'integer', minimum: 1 },
          conditions: { $ref: '#/$defs/group' },
          event: {
            type: 'object',
            required: ['type'],
            additionalProperties: false,
            properties: { type: { type: 'string', minLength: 1 }, params: { type: 'object' } },
          },
        },
      },
    },
  },
  $defs: {
    group: {
      oneOf: [
        {
          type: 'object',
          required: ['all'],
          additionalProperties: false,
          properties: { all: { type: 'array', items: { $ref: '#/$defs/condition' } } },
        },
        {
          type: 'object',
          required: ['any'],
          additionalProperties: false,
          properties: { any: { type: 'array', items: { $ref: '#/$defs/condition' } } },
        },
        {
          type: 'object',
          required: ['not'],
          additionalProperties: false,
          properties: { not: { $ref: '#/$defs/condition' } },
        },
      ],
    },
    condition: {
      anyOf: [
        { $ref: '#/$defs/group' },
        {
          type: 'object',
          required: ['fact', 'operator', 'value'],
          additionalProperties: false,
          properties: {
            fact: { type: 'string' },
            operator: { type: 'string' },
            value: {},
            path: { type: 'string' },
            params: { type: 'object' },
          },
        },
      ],
    },
  },
} as const;

/** JSON Schema of a rule set's test file (`<rule set>.test.json`), published as rules/schema/rule-set-test.schema.json. */
export const ruleSetTestJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schemas.refugee-settlement.no/rule-set-test.schema.json',
  title: 'Rule-set test cases',
  description: 'Given facts, which rules must fire (with the params given) and which must not.',
  type: 'object',
  required: ['cases'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    cases: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name', 'facts', 'expect'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1 },
          facts: { type: 'object', description: 'A value for every fact the rule set declares' },
          expect: {
            type: 'object',
            additionalProperties: false,
            properties: {
              events: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['rule'],
                  additionalProperties: false,
                  properties: {
                    rule: { type: 'string' },
                    type: { type: 'string' },
                    params: { type: 'object' },
                  },
                },
              },
              absent: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
    },
  },
} as const;
