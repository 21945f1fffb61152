import { ConfigurationError } from '#platform';

import { checkConfiguration, serviceEnvironment } from './configuration-check.js';

describe('checkConfiguration (npm start)', () => {
  it('accepts the defaults', () => {
    expect(() => checkConfiguration({})).not.toThrow();
  });

  it('names each bad variable once, whether the infrastructure or a service reads it', () => {
    let error: unknown;
    try {
      checkConfiguration({ LOG_LEVEL: 'loud', KAFKA_BROKERS: 'nohost', SETTLEMENT_CHECKS_CRON: 'daily' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).problems).toEqual([
      'KAFKA_BROKERS="nohost" must be a comma-separated list of host:port',
      'LOG_LEVEL="loud" must be one of error, warn, log, debug, verbose',
      'SETTLEMENT_CHECKS_CRON="daily" must be a cron pattern of five or six fields',
    ]);
  });

  it('gives each service its own port, whatever HTTP_PORT says', () => {
    expect(serviceEnvironment({ HTTP_PORT: '80', LOG_LEVEL: 'warn' }, 3002)).toEqual({
      HTTP_PORT: '3002',
      LOG_LEVEL: 'warn',
    });
  });
});
