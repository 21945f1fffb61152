import { breakingChanges } from './compatibility.js';
import type { JsonSchema } from './json-schema.js';

const published: JsonSchema = {
  type: 'object',
  required: ['personId', 'date'],
  additionalProperties: false,
  properties: {
    personId: { type: 'string', maxLength: 64 },
    date: { type: 'string', format: 'date' },
    reason: { enum: ['settled', 'returned'] },
    places: { type: 'integer', minimum: 0 },
  },
};

const changed = (change: (schema: JsonSchema & { properties: Record<string, JsonSchema> }) => void) => {
  const copy = structuredClone(published) as JsonSchema & { properties: Record<string, JsonSchema> };
  change(copy);
  return breakingChanges(published, copy);
};

describe('breakingChanges', () => {
  it('accepts the same schema, an added optional field and loosened bounds', () => {
    expect(breakingChanges(published, published)).toEqual([]);
    expect(changed((schema) => (schema.properties.note = { type: 'string' }))).toEqual([]);
    expect(changed((schema) => (schema.properties.personId = { type: 'string', maxLength: 100 }))).toEqual(
      [],
    );
    expect(
      changed((schema) => (schema.properties.reason = { enum: ['settled', 'returned', 'moved'] })),
    ).toEqual([]);
    expect(changed((schema) => (schema.properties.places = { type: 'number', minimum: 0 }))).toEqual([]);
  });

  it('names a removed field, a newly required one and narrowed types, values and bounds', () => {
    expect(changed((schema) => delete schema.properties.reason)).toEqual(['data.reason was removed']);
    expect(changed((schema) => (schema.required = ['personId', 'date', 'places']))).toEqual([
      'data.places is now required',
    ]);
    expect(changed((schema) => (schema.properties.places = { type: 'string' }))).toEqual([
      'data.places no longer accepts integer',
    ]);
    expect(changed((schema) => (schema.properties.reason = { enum: ['settled'] }))).toEqual([
      'data.reason no longer accepts "returned"',
    ]);
    expect(changed((schema) => (schema.properties.personId = { type: 'string', maxLength: 11 }))).toEqual([
      'data.personId maxLength narrowed from 64 to 11',
    ]);
    expect(changed((schema) => (schema.properties.date = { type: 'string', format: 'date-time' }))).toEqual([
      'data.date format changed',
    ]);
  });
});
