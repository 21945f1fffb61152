import { createRequire } from 'node:module';

import type { Ajv2020, ErrorObject } from 'ajv/dist/2020.js';

import { AJV_OPTIONS, fingerprintOf, schemasToValidate } from './schema-validator-sources.js';
import * as precompiled from './schema-validators.generated.js';

export { paramsSchemaKey, RULE_SET_SHAPE } from './schema-validator-sources.js';

/** A validating function as Ajv compiles it: whether the data is valid, with the errors of the last call. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

interface Precompiled {
  fingerprint: string;
  validators: Record<string, SchemaValidator>;
}

/**
 * The validator of each schema: precompiled by Ajv into schema-validators.generated.ts (`npm run docs`), so
 * that programs start without loading Ajv and compiling schemas; compiled here instead, with Ajv loaded on
 * first use, while that file is older than the schemas (a unit test says so).
 */
export class SchemaValidators {
  private readonly precompiledInUse: boolean;
  private readonly compiled = new Map<string, SchemaValidator>();
  private ajv?: Ajv2020;

  constructor(
    private readonly precompiled: Precompiled,
    private readonly schemas = schemasToValidate(),
  ) {
    this.precompiledInUse = precompiled.fingerprint === fingerprintOf(schemas);
  }

  get usesPrecompiled(): boolean {
    return this.precompiledInUse;
  }

  validator(key: string): SchemaValidator {
    if (this.precompiledInUse) return this.precompiled.validators[key];
    let validator = this.compiled.get(key);
    if (!validator) {
      validator = (this.ajv ??= newAjv()).compile(this.schemas.get(key)!);
      this.compiled.set(key, validator);
    }
    return validator;
  }
}

const validators = new SchemaValidators(precompiled);

export const schemaValidator = (key: string): SchemaValidator => validators.validator(key);

/** Ajv as rule-set validation configures it, loaded when first needed. */
export function newAjv(): Ajv2020 {
  const load = createRequire(import.meta.url);
  const { Ajv2020: AjvClass } = load('ajv/dist/2020.js') as { Ajv2020: new (options: object) => Ajv2020 };
  const addFormats = load('ajv-formats') as { default: (instance: Ajv2020) => Ajv2020 };
  return addFormats.default(new AjvClass(AJV_OPTIONS));
}
