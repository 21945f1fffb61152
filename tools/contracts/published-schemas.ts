import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { breakingChanges, eventCatalogue, type JsonSchema } from '#contracts';

/** The data schemas of every event type as last published to integrators, beside libs/contracts. */
export const PUBLISHED_SCHEMAS_FILE = path.join('libs', 'contracts', 'published', 'event-schemas.json');

export type PublishedSchemas = Record<string, JsonSchema>;

export function readPublished(file = PUBLISHED_SCHEMAS_FILE): PublishedSchemas {
  return JSON.parse(readFileSync(file, 'utf8')) as PublishedSchemas;
}

export interface ContractCheck {
  /** Changes that would break a consumer of the published contract, by event type. */
  breaking: string[];
  /** Event types that exist now but were never published. */
  unpublished: string[];
}

/** The current catalogue against the published schemas. */
export function checkAgainstPublished(published: PublishedSchemas): ContractCheck {
  const breaking: string[] = [];
  for (const [type, schema] of Object.entries(published)) {
    const current = eventCatalogue.get(type);
    if (!current) breaking.push(`${type} was removed (publish a new version beside it instead)`);
    else
      breaking.push(...breakingChanges(schema, current.dataSchema).map((problem) => `${type}: ${problem}`));
  }
  const unpublished = [...eventCatalogue.keys()].filter((type) => !(type in published));
  return { breaking, unpublished };
}

/** Writes the current schemas as the published ones; refuses while a change would break consumers. */
export function publish(file = PUBLISHED_SCHEMAS_FILE): ContractCheck {
  const check = checkAgainstPublished(readPublished(file));
  if (check.breaking.length > 0) return check;
  const schemas = Object.fromEntries(
    [...eventCatalogue.values()]
      .sort((a, b) => a.type.localeCompare(b.type))
      .map((definition) => [definition.type, definition.dataSchema]),
  );
  writeFileSync(file, `${JSON.stringify(schemas, null, 2)}\n`);
  return check;
}
