/** The load hook of loaded-files.ts (it runs on the module loader's thread). */
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let report = '';

export function initialize(data: { report: string }): void {
  report = data.report;
}

export async function load(
  url: string,
  context: object,
  next: (url: string, context: object) => Promise<unknown>,
): Promise<unknown> {
  if (url.startsWith('file:')) appendFileSync(report, `${fileURLToPath(url)}\n`);
  return next(url, context);
}
