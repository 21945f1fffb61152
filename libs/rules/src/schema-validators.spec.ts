import { readFileSync } from 'node:fs';

import { schemasToValidate } from './schema-validator-sources.js';
import * as generated from './schema-validators.generated.js';
import { newAjv, SchemaValidators } from './schema-validators.js';
import { SCHEMA_VALIDATORS_FILE, schemaValidatorsCode } from './schema-validators-code.js';

type Generated = ConstructorParameters<typeof SchemaValidators>[0];

const shipped = ['care-centres/escalations', 'reception/escalations', 'settlement/escalations']
  .concat(['settlement/matching', 'settlement/request-criteria'])
  .map((name) => JSON.parse(readFileSync(`rules/${name}.json`, 'utf8')) as Record<string, unknown>);

describe('precompiled schema validators', () => {
  it(`${SCHEMA_VALIDATORS_FILE} is what the schemas generate (run npm run docs after changing them)`, async () => {
    expect(new SchemaValidators(generated as Generated).usesPrecompiled).toBe(true);
    expect(readFileSync(SCHEMA_VALIDATORS_FILE, 'utf8')).toBe(await schemaValidatorsCode(process.cwd()));
  });

  it('answer as validators Ajv compiles now, errors included; and are compiled so while out of date', () => {
    const broken = shipped.map((document, index) => ({
      ...document,
      version: index % 2 ? 'one' : document.version,
      rules: index % 2 ? [] : [{ name: 'No', conditions: { all: [{ fact: 1 }] }, event: {} }],
      extra: true,
    }));
    const params = [{}, { reason: '' }, { scope: 'national' }, { points: 'two' }, { weight: 2, fact: 'x' }];
    const precompiled = new SchemaValidators(generated);
    const outOfDate = new SchemaValidators({ ...(generated as Generated), fingerprint: 'older' });
    expect(outOfDate.usesPrecompiled).toBe(false);
    for (const [key, schema] of schemasToValidate()) {
      const now = newAjv().compile(schema);
      for (const candidate of key === 'rule-set' ? [...shipped, ...broken] : params) {
        for (const validators of [precompiled, outOfDate]) {
          const validate = validators.validator(key);
          expect(validate(candidate)).toBe(now(candidate));
          expect(validate.errors ?? null).toEqual(now.errors ?? null);
        }
      }
    }
  });
});
