import type { JsonSchema } from './json-schema.js';

/**
 * Whether a new version of an event's data schema still serves consumers of the published one: every event
 * valid under the published schema must stay valid (nothing narrowed), and no field consumers read may go.
 * Answers the breaking changes with their paths; schemas whose difference cannot be judged count as breaking.
 */
export function breakingChanges(published: JsonSchema, current: JsonSchema, path = 'data'): string[] {
  const problems: string[] = [];
  const typesOf = (schema: JsonSchema) =>
    new Set([schema.type].flat().filter((type): type is string => typeof type === 'string'));
  const before = typesOf(published);
  const after = typesOf(current);
  for (const type of before) {
    const accepted = after.size === 0 || after.has(type) || (type === 'integer' && after.has('number'));
    if (!accepted) problems.push(`${path} no longer accepts ${type}`);
  }
  if (Array.isArray(published.enum) || Array.isArray(current.enum)) {
    const allowed = new Set((current.enum as unknown[] | undefined)?.map((value) => JSON.stringify(value)));
    const was = (published.enum as unknown[] | undefined) ?? [];
    if (current.enum && !published.enum)
      problems.push(`${path} is now limited to ${JSON.stringify(current.enum)}`);
    for (const value of was)
      if (current.enum && !allowed.has(JSON.stringify(value)))
        problems.push(`${path} no longer accepts ${JSON.stringify(value)}`);
  }
  for (const [keyword, looser] of [
    ['minimum', 'lower'],
    ['exclusiveMinimum', 'lower'],
    ['minLength', 'lower'],
    ['minItems', 'lower'],
    ['maximum', 'higher'],
    ['exclusiveMaximum', 'higher'],
    ['maxLength', 'higher'],
    ['maxItems', 'higher'],
  ] as const) {
    const old = published[keyword];
    const now = current[keyword];
    if (now === undefined) continue;
    if (old === undefined || (looser === 'lower' ? Number(now) > Number(old) : Number(now) < Number(old)))
      problems.push(
        `${path} ${keyword} narrowed from ${JSON.stringify(old ?? 'none')} to ${JSON.stringify(now)}`,
      );
  }
  for (const keyword of ['pattern', 'format', 'const', 'not', 'oneOf', 'anyOf', 'allOf'] as const) {
    if (
      current[keyword] !== undefined &&
      JSON.stringify(current[keyword]) !== JSON.stringify(published[keyword])
    )
      problems.push(`${path} ${keyword} changed`);
  }
  const required = new Set((published.required as string[] | undefined) ?? []);
  for (const field of (current.required as string[] | undefined) ?? [])
    if (!required.has(field)) problems.push(`${path}.${field} is now required`);
  const oldProperties = (published.properties ?? {}) as Record<string, JsonSchema>;
  const newProperties = (current.properties ?? {}) as Record<string, JsonSchema>;
  for (const [field, schema] of Object.entries(oldProperties)) {
    const now = newProperties[field];
    if (!now) problems.push(`${path}.${field} was removed`);
    else problems.push(...breakingChanges(schema, now, `${path}.${field}`));
  }
  if (current.additionalProperties === false && published.additionalProperties !== false)
    problems.push(`${path} no longer accepts fields it does not name`);
  if (published.items && current.items)
    problems.push(
      ...breakingChanges(published.items as JsonSchema, current.items as JsonSchema, `${path}[]`),
    );
  return problems;
}
