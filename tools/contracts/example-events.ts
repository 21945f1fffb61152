import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { type CloudEvent, eventCatalogue, type EventDefinition, type JsonSchema } from '#contracts';

/** One valid example of every event type, as integrators would send it: examples/<type>.json. */
export const EXAMPLES_DIRECTORY = 'examples';

export function exampleFileOf(type: string, directory = EXAMPLES_DIRECTORY): string {
  return path.join(directory, `${type}.json`);
}

export function readExamples(directory = EXAMPLES_DIRECTORY): Map<string, CloudEvent> {
  return new Map(
    readdirSync(directory)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [
        file.slice(0, -'.json'.length),
        JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as CloudEvent,
      ]),
  );
}

/** Writes a starting example for every event type that has none, for a person to make realistic. */
export function writeMissingExamples(directory = EXAMPLES_DIRECTORY): string[] {
  const written: string[] = [];
  for (const definition of eventCatalogue.values()) {
    const file = exampleFileOf(definition.type, directory);
    if (existsSync(file)) continue;
    writeFileSync(file, `${JSON.stringify(exampleEvent(definition), null, 2)}\n`);
    written.push(file);
  }
  return written;
}

function exampleEvent(definition: EventDefinition): CloudEvent {
  const data = exampleOf(definition.dataSchema, 'data') as Record<string, unknown>;
  return {
    specversion: '1.0',
    id: '7f8e4f36-5c3b-4b0e-9d55-3f0a2d1c9b10',
    source: `/${definition.type.split('.')[1]}/example`,
    type: definition.type,
    time: '2026-11-24T09:30:00Z',
    subject: String(data[definition.keyField]),
    datacontenttype: 'application/json',
    data,
  };
}

const BY_NAME: Record<string, unknown> = {
  personId: 'p-0001',
  householdId: 'h-0001',
  centreId: 'OSL-1',
  toCentreId: 'BRG-2',
  fromCentreId: 'OSL-1',
  receptionCentreId: 'OSL-1',
  municipalityNumber: '0301',
  hostMunicipalityNumber: '0301',
  name: 'Oslo ankomstsenter',
};

/** A value that satisfies the schema, preferring realistic values for well-known field names. */
function exampleOf(schema: JsonSchema, name: string): unknown {
  if (name in BY_NAME && (schema.type === 'string' || schema.pattern)) return BY_NAME[name];
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  for (const key of ['oneOf', 'anyOf'] as const)
    if (Array.isArray(schema[key])) return exampleOf((schema[key] as JsonSchema[])[0], name);
  const type = [schema.type].flat()[0];
  switch (type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      return Object.fromEntries(
        Object.entries(properties).map(([property, child]) => [property, exampleOf(child, property)]),
      );
    }
    case 'array':
      return schema.items ? [exampleOf(schema.items as JsonSchema, name)] : [];
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? Math.max(schema.minimum, 1) : 1;
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      if (schema.format === 'date') return '2026-11-24';
      if (schema.format === 'date-time') return '2026-11-24T09:30:00Z';
      if (schema.format === 'uuid') return '0c6a3e0e-1f5b-4a7e-8d3c-2b9f4e6a1d20';
      return `example-${name}`;
  }
}
