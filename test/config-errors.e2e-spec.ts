import { spawnSync } from 'node:child_process';

import { testDatabaseUrl } from '../infra/test-database.js';

/**
 * A bad configuration value stops a service (or npm start) with one line naming the variable, no stack trace and
 * exit code 1. The processes run from the build output; should one start anyway, it would use the test database
 * with a schema and topic prefix of its own, and be killed after the timeout.
 */
function run(entry: string, bad: Record<string, string>) {
  const result = spawnSync(process.execPath, [entry], {
    encoding: 'utf8',
    timeout: 60000,
    env: {
      ...process.env,
      DATABASE_URL: testDatabaseUrl(),
      DATABASE_SCHEMA: 'config_errors',
      KAFKA_TOPIC_PREFIX: 'config-errors.',
      ...bad,
    },
  });
  return { status: result.status, lines: result.stderr.split('\n').filter((line) => line.trim() !== '') };
}

describe('a bad configuration value', () => {
  it.each([
    [
      'dist/apps/reception/src/main.js',
      'HTTP_PORT',
      'abc',
      'reception: invalid configuration: HTTP_PORT="abc"',
    ],
    [
      'dist/apps/reception/src/main.js',
      'EARLY_WARNING_ATTEMPTS',
      '0',
      'reception: invalid configuration: EARLY_WARNING_ATTEMPTS="0" must be a whole number from 1 to 100',
    ],
    [
      'dist/apps/settlement/src/main.js',
      'SETTLEMENT_CHECKS_CRON',
      'daily',
      'settlement: invalid configuration: SETTLEMENT_CHECKS_CRON="daily" must be a cron pattern',
    ],
    [
      'dist/apps/care-centres/src/main.js',
      'KAFKA_TOPIC_PREFIX',
      'a b',
      'care-centres: invalid configuration: KAFKA_TOPIC_PREFIX="a b" must be',
    ],
    ['dist/infra/start.js', 'HTTP_PORT', 'abc', 'npm start: invalid configuration: HTTP_PORT="abc"'],
    [
      'dist/infra/start.js',
      'LOG_LEVEL',
      'loud',
      'npm start: invalid configuration: LOG_LEVEL="loud" must be one of error, warn, log, debug, verbose',
    ],
  ])('%s with %s=%s prints one line naming it and exits with 1', (entry, variable, value, line) => {
    const { status, lines } = run(entry, { [variable]: value });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(line);
    expect(lines.filter((text) => /^\s+at /.test(text))).toEqual([]);
  });

  it('names every bad variable on the same line', () => {
    const { status, lines } = run('dist/apps/reception/src/main.js', { HTTP_PORT: '-1', LOG_LEVEL: 'loud' });
    expect(status).toBe(1);
    expect(lines).toEqual([
      'reception: invalid configuration: HTTP_PORT="-1" must be a whole number from 0 to 65535; ' +
        'LOG_LEVEL="loud" must be one of error, warn, log, debug, verbose',
    ]);
  });
});
