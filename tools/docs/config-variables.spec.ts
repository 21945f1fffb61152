import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { type VariableReader } from '#platform';

import { readCareCentresConfig } from '../../apps/care-centres/src/care-centres.config.js';
import { readReceptionConfig } from '../../apps/reception/src/reception.config.js';
import { readSettlementConfig } from '../../apps/settlement/src/settlement.config.js';
import { readWebConfig } from '../../apps/web/src/web.config.js';
import { infrastructureSettingsFromEnv } from '../../infra/infrastructure.js';
import { repositoryRoot } from '../../infra/paths.js';
import { ALL_CONFIG_VARIABLES, VARIABLES_SET_FOR_LIBRARIES } from './config-variables.js';

/** The names a reader looks up in the environment it is given. */
function variablesRead(read: (env: NodeJS.ProcessEnv) => unknown): string[] {
  const names = new Set<string>();
  const recording = new Proxy<NodeJS.ProcessEnv>(
    {},
    {
      get: (_, name) => {
        if (typeof name === 'string') names.add(name);
        return undefined;
      },
    },
  );
  read(recording);
  return [...names].sort();
}

function declaredFor(reader: VariableReader): string[] {
  return ALL_CONFIG_VARIABLES.filter((variable) => variable.readBy.includes(reader))
    .map((variable) => variable.name)
    .sort();
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|mjs)$/.test(entry) ? [full] : [];
  });
}

describe('configuration variables', () => {
  it('are declared once each', () => {
    const names = ALL_CONFIG_VARIABLES.map((variable) => variable.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([
    ['settlement', readSettlementConfig],
    ['reception', readReceptionConfig],
    ['care-centres', readCareCentresConfig],
    ['web', readWebConfig],
    ['npm start', infrastructureSettingsFromEnv],
  ] as const)('%s reads exactly the variables declared as read by it', (reader, read) => {
    expect(variablesRead(read)).toEqual(declaredFor(reader));
  });

  it('cover every variable the code looks up in process.env', () => {
    const root = repositoryRoot();
    const declared = new Set([...ALL_CONFIG_VARIABLES.map((v) => v.name), ...VARIABLES_SET_FOR_LIBRARIES]);
    const used = new Set<string>();
    for (const directory of ['apps', 'libs', 'infra', 'tools', 'bench', 'test']) {
      for (const file of sourceFiles(path.join(root, directory))) {
        const text = readFileSync(file, 'utf8');
        for (const match of text.matchAll(
          /process\.env(?:\.([A-Z][A-Z0-9_]*)|\[['"]([A-Z][A-Z0-9_]*)['"]\])/g,
        ))
          used.add(match[1] ?? match[2]);
      }
    }
    expect([...used].filter((name) => !declared.has(name))).toEqual([]);
  });
});
