/**
 * Imports UDI's daily centre list (CSV) into the reception service, which turns the differences against the
 * centres as registered into events; importing the same file twice changes nothing.
 *
 *   npm run import-centres -- centres.csv                        (today's list, to http://127.0.0.1:3002)
 *   npm run import-centres -- centres.csv --date 2026-11-26 --url https://reception.example
 *
 * The call carries a token of the local Keycloak's udi-integrator client unless --token gives one. Exit code 0
 * when every row was usable, 2 when some rows were refused (the others are imported), 1 when the import failed.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { localKeycloakToken } from '#platform';

import type { CentreListImport } from '../apps/reception/src/centre-list/use-cases/import-centre-list.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3002' },
    date: { type: 'string' },
    token: { type: 'string' },
  },
});

async function main(): Promise<number> {
  const [file] = positionals;
  if (!file || positionals.length > 1)
    throw new Error('Say which file: npm run import-centres -- <file.csv>');
  const csv = readFileSync(file);
  const token = values.token ?? (await localKeycloakToken({ client: 'udi-integrator' }));
  const query = values.date ? `?date=${encodeURIComponent(values.date)}` : '';
  const response = await fetch(`${values.url.replace(/\/$/, '')}/reception/centre-list${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body: csv,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`The import was refused (${response.status}): ${text}`);
  const result = JSON.parse(text) as CentreListImport;
  const count = (outcome: string) => result.events.filter((event) => event.outcome === outcome).length;
  console.log(
    `${file} for ${result.day}: ${result.rows} rows, ${result.unchanged} unchanged, ` +
      `${count('accepted')} events sent, ${count('duplicate')} already sent, ${result.problems.length} rows refused`,
  );
  for (const event of result.events) {
    console.log(
      `  line ${event.line}: ${event.centreId} ${event.type} ${event.outcome}${event.reason ? `: ${event.reason}` : ''}`,
    );
  }
  for (const problem of result.problems) console.log(`  line ${problem.line}: refused: ${problem.message}`);
  if (result.notInList.length > 0) {
    console.log(`  registered but not in the list (left as they are): ${result.notInList.join(', ')}`);
  }
  return result.problems.length > 0 ? 2 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
