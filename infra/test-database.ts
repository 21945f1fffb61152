import { DATABASE_URL, EnvReader, urlVariable } from '#platform';

export const TEST_DATABASE_URL = urlVariable({
  name: 'TEST_DATABASE_URL',
  description: 'the database the end-to-end tests use; each test file makes its own schemas and topic prefix',
  readBy: ['e2e tests'],
  default: { derived: 'the database of `DATABASE_URL` with `_test` added to its name' },
  protocols: ['postgres:', 'postgresql:'],
  sensitive: true,
});

/** End-to-end tests use their own database beside the one `npm start` uses, so they never touch its data. */
export function testDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const read = new EnvReader(env);
  const explicit = read.optional(TEST_DATABASE_URL);
  const beside = new URL(read.value(DATABASE_URL));
  read.done();
  if (explicit !== undefined) return explicit;
  beside.pathname = `${beside.pathname}_test`;
  return beside.toString();
}
