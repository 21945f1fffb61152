import { Ajv2020 } from 'ajv/dist/2020.js';

import { AGENCIES, type Agency, type PrincipalKind, type Role, ROLES } from './principal.js';

/**
 * How one kind of issuer's claims become a principal: configuration (JSON), not code. Each field names the
 * claims to read (in order; a name not found as such is tried as a dotted path, e.g. realm_access.roles) and
 * may translate values (`values`: the issuer's value → ours; values it does not list are dropped) or fix the
 * field for every token of the issuer (`fixed`).
 */
export interface ClaimMapping {
  description?: string;
  /** A person unless `machineWhen` holds, or `fixed` for issuers of one kind only. */
  kind:
    { fixed: PrincipalKind } | { default: PrincipalKind; machineWhen: { claim: string; equals?: string } };
  subject: IdentityClaims;
  displayName: IdentityClaims;
  agency?: FieldMapping<Agency>;
  roles?: FieldMapping<Role>;
  municipalities?: FieldMapping<string>;
  counties?: FieldMapping<string>;
  scopes?: FieldMapping<string>;
}

/** Claims naming the caller; `machineClaims` replace `claims` for machine principals. */
export interface IdentityClaims {
  claims: string[];
  machineClaims?: string[];
}

export interface FieldMapping<V extends string> {
  claims?: string[];
  values?: Record<string, V | V[]>;
  fixed?: V | V[];
}

const nameList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const field = (valueSchema: object) => {
  const oneOrMore = { anyOf: [valueSchema, { type: 'array', items: valueSchema }] };
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      claims: nameList,
      values: { type: 'object', additionalProperties: oneOrMore },
      fixed: oneOrMore,
    },
  };
};
const agency = { enum: [...AGENCIES] };
const role = { enum: [...ROLES] };
const identity = {
  type: 'object',
  additionalProperties: false,
  required: ['claims'],
  properties: { claims: { ...nameList, minItems: 1 }, machineClaims: nameList },
};
const kinds = { enum: ['person', 'machine'] };

const claimMappingSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'subject', 'displayName'],
  properties: {
    $schema: { type: 'string' },
    description: { type: 'string' },
    kind: {
      oneOf: [
        { type: 'object', additionalProperties: false, required: ['fixed'], properties: { fixed: kinds } },
        {
          type: 'object',
          additionalProperties: false,
          required: ['default', 'machineWhen'],
          properties: {
            default: kinds,
            machineWhen: {
              type: 'object',
              additionalProperties: false,
              required: ['claim'],
              properties: { claim: { type: 'string', minLength: 1 }, equals: { type: 'string' } },
            },
          },
        },
      ],
    },
    subject: identity,
    displayName: identity,
    agency: field(agency),
    roles: field(role),
    municipalities: field({ type: 'string', pattern: '^\\d{4}$' }),
    counties: field({ type: 'string', pattern: '^\\d{2}$' }),
    scopes: field({ type: 'string', minLength: 1 }),
  },
} as const;

const validateSchema = new Ajv2020({ allErrors: true, strict: false }).compile(claimMappingSchema);

/** Checks a mapping read from a file or the environment; the error names where it came from and each problem. */
export function parseClaimMapping(document: unknown, origin: string): ClaimMapping {
  if (!validateSchema(document)) {
    const problems = (validateSchema.errors ?? []).map(
      (error) => `${error.instancePath || '(top)'} ${error.message ?? 'is invalid'}`,
    );
    throw new Error(`Claim mapping ${origin} is invalid: ${problems.join('; ')}`);
  }
  return document;
}
