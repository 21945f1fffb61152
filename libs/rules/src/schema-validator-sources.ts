import { createHash } from 'node:crypto';

import { ruleSetContracts } from '#contracts';

import { ruleSetJsonSchema } from './rule-set-schema.js';

export const AJV_OPTIONS = { allErrors: true, strict: false } as const;
export const RULE_SET_SHAPE = 'rule-set';
export const paramsSchemaKey = (ruleSetId: string, eventType: string) => `${ruleSetId}/${eventType}`;

/** Every schema rule-set validation checks against, by key: the format, and each contract's event params. */
export function schemasToValidate(): Map<string, object> {
  const schemas = new Map<string, object>([[RULE_SET_SHAPE, ruleSetJsonSchema]]);
  for (const contract of ruleSetContracts)
    for (const [eventType, schema] of Object.entries(contract.eventParams))
      schemas.set(paramsSchemaKey(contract.ruleSetId, eventType), schema);
  return schemas;
}

/** What validators are made from: precompiled ones are used only when made from the same schemas. */
export function fingerprintOf(schemas: Map<string, object>): string {
  return createHash('sha256')
    .update(JSON.stringify({ options: AJV_OPTIONS, schemas: [...schemas] }))
    .digest('hex');
}
