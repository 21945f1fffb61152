import { DEFAULT_DATABASE_URL } from '#platform';

/** End-to-end tests use their own database beside the one `npm start` uses, so they never touch its data. */
export function testDatabaseUrl(): string {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  const url = new URL(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  url.pathname = `${url.pathname}_test`;
  return url.toString();
}
