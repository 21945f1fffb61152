import type { JsonSchema } from './json-schema.js';

/**
 * Pseudonymous person id. Norwegian national identity numbers (11 digits) are refused outright,
 * so personal identifiers cannot slip into the event log by mistake.
 */
export const personIdSchema: JsonSchema = {
  type: 'string',
  pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{3,63}$',
  not: { pattern: '^[0-9]{11}$', description: 'a national identity number' },
  description: 'Pseudonymous person id (never a name or national identity number)',
};

export const municipalityNumberSchema: JsonSchema = {
  type: 'string',
  pattern: '^[0-9]{4}$',
  description: 'Four-digit municipality number (kommunenummer)',
};

export const centreIdSchema: JsonSchema = {
  type: 'string',
  pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$',
};

export const isoDateSchema: JsonSchema = { type: 'string', format: 'date' };

/** A year of settlement work (need, requests, decisions, quota). */
export const yearSchema: JsonSchema = { type: 'integer', minimum: 2000, maximum: 2100 };

export const ruleSetReferenceSchema: JsonSchema = {
  type: 'object',
  required: ['id', 'version'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', minLength: 1 },
    version: { type: 'string', minLength: 1 },
    contentHash: { type: 'string' },
  },
};
