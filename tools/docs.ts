/**
 * Writes the generated parts of the documentation from the code: README.md's configuration table (from the
 * variables' declarations) and rules/README.md's list of rule sets (from the rule files and their contracts).
 *
 *   npm run docs              rewrite them
 *   npm run docs -- --check   exit 1 if a document differs from what the code generates
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { repositoryRoot } from '../infra/paths.js';
import { generatedDocuments } from './docs/generated-docs.js';

async function main(): Promise<boolean> {
  const check = process.argv.includes('--check');
  const root = repositoryRoot();
  let upToDate = true;
  for (const [file, text] of await generatedDocuments(root)) {
    const full = path.join(root, file);
    if (readFileSync(full, 'utf8') === text) continue;
    upToDate = false;
    if (check) console.error(`${file} differs from what the code generates: run npm run docs`);
    else {
      writeFileSync(full, text);
      console.log(`wrote ${file}`);
    }
  }
  return !check || upToDate;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: Error) => {
    console.error(`docs: ${error.message}`);
    process.exit(1);
  },
);
