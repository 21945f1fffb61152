/**
 * The workbench's front-end bundle: each built JavaScript and CSS file, raw and gzipped, against the budget of
 * 500 KB gzipped for the JavaScript the first page loads.
 *
 *   npm run bench   (alone: npm run build && node dist/bench/web-bundle.bench.js)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { repositoryRoot } from '../infra/paths.js';

const BUDGET_KB = 500;
const assets = path.join(repositoryRoot(), 'dist', 'web', 'assets');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

let files: string[];
try {
  files = readdirSync(assets).filter((file) => /\.(js|css)$/.test(file));
} catch {
  console.error(`No built front-end in ${assets}: run npm run build first`);
  process.exit(1);
}

console.log('\nWorkbench bundle (dist/web/assets)');
let javascript = 0;
for (const file of files.sort()) {
  const content = readFileSync(path.join(assets, file));
  const gzipped = gzipSync(content, { level: 9 }).length;
  if (file.endsWith('.js')) javascript += gzipped;
  console.log(
    `  ${file.padEnd(32)} ${kb(statSync(path.join(assets, file)).size).padStart(10)} raw ${kb(gzipped).padStart(10)} gzipped`,
  );
}
const within = javascript <= BUDGET_KB * 1024;
console.log(
  `  main bundle JavaScript, gzipped: ${kb(javascript)} (budget ${BUDGET_KB} KB: ${within ? 'within' : 'OVER BUDGET'})`,
);
if (!within) process.exitCode = 1;
