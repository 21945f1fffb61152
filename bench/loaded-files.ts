/**
 * Counts the files a program loads, for the CLI benchmark: `node --import ./dist/bench/loaded-files.js …` with
 * LOADED_FILES_REPORT naming a file, which gets one line per module file loaded (ES modules through a load hook,
 * CommonJS modules from require's cache when the program exits).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const report = process.env.LOADED_FILES_REPORT;
if (report) {
  writeFileSync(report, '');
  register('./loaded-files-hooks.js', import.meta.url, { data: { report } });
  process.on('exit', () => {
    const files = new Set(readFileSync(report, 'utf8').split('\n').filter(Boolean));
    for (const file of Object.keys(createRequire(import.meta.url).cache)) files.add(file);
    writeFileSync(report, [...files].join('\n'));
  });
}
