import { ConfigurationError } from './env-reader.js';
import { readServiceConfig } from './service-config.js';

const defaults = { serviceName: 'reception', httpPort: 3002, databaseSchema: 'reception' };

describe('readServiceConfig', () => {
  it('uses defaults on the loopback addresses when nothing is set', () => {
    const config = readServiceConfig(defaults, {});
    expect(config.httpPort).toBe(3002);
    expect(config.kafka.brokers).toEqual(['127.0.0.1:9092']);
    expect(config.database).toEqual({
      url: 'postgres://postgres@127.0.0.1:5432/refugees',
      schema: 'reception',
    });
    expect(config.kafka.groupId).toBe('reception');
  });

  it('names every invalid variable in one error', () => {
    let error: unknown;
    try {
      readServiceConfig(defaults, {
        HTTP_PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        KAFKA_BROKERS: 'nohost',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const problems = (error as ConfigurationError).problems.join('\n');
    expect(problems).toContain('HTTP_PORT="eighty"');
    expect(problems).toContain('DATABASE_URL');
    expect(problems).toContain('KAFKA_BROKERS="nohost"');
  });

  it('prefixes the consumer group with the topic prefix so isolated environments do not share offsets', () => {
    expect(readServiceConfig(defaults, { KAFKA_TOPIC_PREFIX: 'e2e-1.' }).kafka.groupId).toBe(
      'e2e-1.reception',
    );
  });
});
