/**
 * Counts the files a program loads, for the CLI benchmark: `node --import ./dist/bench/loaded-files.js …` writes
 * one line per module file the program loaded (ES modules through a load hook, CommonJS modules from require's
 * cache when it exits) to loaded-files-<pid>.txt in the temporary directory.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

import { loadedFilesReport } from './loaded-files-report.js';

const report = loadedFilesReport(process.pid);
writeFileSync(report, '');
register('./loaded-files-hooks.js', import.meta.url, { data: { report } });
process.on('exit', () => {
  const files = new Set(readFileSync(report, 'utf8').split('\n').filter(Boolean));
  for (const file of Object.keys(createRequire(import.meta.url).cache)) files.add(file);
  writeFileSync(report, [...files].join('\n'));
});
