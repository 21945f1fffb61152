import { ConfigurationError } from './env-reader.js';
import { readKafkaConnection, readServiceConfig } from './service-config.js';

function problemsOf(read: () => unknown): string[] {
  try {
    read();
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('readServiceConfig', () => {
  it('uses defaults on the loopback addresses when nothing is set', () => {
    const config = readServiceConfig('reception', {});
    expect(config.httpPort).toBe(3002);
    expect(config.kafka.brokers).toEqual(['127.0.0.1:9092']);
    expect(config.database).toEqual({
      url: 'postgres://postgres@127.0.0.1:5432/refugees',
      schema: 'reception',
    });
    expect(config.kafka.groupId).toBe('reception');
    expect(config.rules).toEqual({
      directory: 'rules',
      pollIntervalMs: 1000,
      watchFiles: true,
      fileActivation: true,
    });
  });

  it('binds the loopback address, logs JSON and does not trace unless told otherwise', () => {
    const config = readServiceConfig('reception', {});
    expect(config.httpHost).toBe('127.0.0.1');
    expect(config.logFormat).toBe('json');
    expect(config.tracing).toEqual({ enabled: false, endpoint: 'http://127.0.0.1:4318' });
    const behindABalancer = readServiceConfig('reception', {
      HTTP_HOST: '0.0.0.0',
      LOG_FORMAT: 'pretty',
      OTEL_ENABLED: 'true',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'https://collector.example:4318',
    });
    expect(behindABalancer.httpHost).toBe('0.0.0.0');
    expect(behindABalancer.logFormat).toBe('pretty');
    expect(behindABalancer.tracing).toEqual({ enabled: true, endpoint: 'https://collector.example:4318' });
  });

  it('refuses a bind address, log format or collector that is not one', () => {
    const problems = problemsOf(() =>
      readServiceConfig('reception', {
        HTTP_HOST: 'every interface',
        LOG_FORMAT: 'xml',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'grpc://collector',
      }),
    ).join('\n');
    expect(problems).toContain('HTTP_HOST="every interface"');
    expect(problems).toContain('LOG_FORMAT="xml"');
    expect(problems).toContain('OTEL_EXPORTER_OTLP_ENDPOINT');
  });

  it('gives each service its own port and schema by default', () => {
    expect(readServiceConfig('settlement', {}).httpPort).toBe(3001);
    expect(readServiceConfig('care-centres', {}).database.schema).toBe('care_centres');
  });

  it('names every invalid variable in one error', () => {
    const problems = problemsOf(() =>
      readServiceConfig('reception', {
        HTTP_PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        KAFKA_BROKERS: 'nohost',
      }),
    ).join('\n');
    expect(problems).toContain('HTTP_PORT="eighty"');
    expect(problems).toContain('DATABASE_URL');
    expect(problems).toContain('KAFKA_BROKERS="nohost"');
  });

  it("collects the service's own variables with the shared ones", () => {
    const problems = problemsOf(() =>
      readServiceConfig('reception', { LOG_LEVEL: 'loud', EARLY: 'x' }, (read) => ({
        wrong: read.value({
          name: 'EARLY',
          description: '',
          readBy: ['reception'],
          default: { value: 1 },
          expected: 'a number',
          parse: () => undefined,
          show: String,
        }),
      })),
    );
    expect(problems).toEqual([
      'LOG_LEVEL="loud" must be one of error, warn, log, debug, verbose',
      'EARLY="x" must be a number',
    ]);
  });

  it('reports a bad topic prefix like any other bad value', () => {
    expect(problemsOf(() => readServiceConfig('reception', { KAFKA_TOPIC_PREFIX: 'a b' }))).toEqual([
      'KAFKA_TOPIC_PREFIX="a b" must be letters, digits, ".", "_" and "-"',
    ]);
  });

  it('prefixes the consumer group with the topic prefix so isolated environments do not share offsets', () => {
    expect(readServiceConfig('reception', { KAFKA_TOPIC_PREFIX: 'e2e-1.' }).kafka.groupId).toBe(
      'e2e-1.reception',
    );
  });
});

describe('readKafkaConnection', () => {
  it('reads the brokers and the topic prefix the services read', () => {
    expect(readKafkaConnection({ KAFKA_BROKERS: 'a:1, b:2', KAFKA_TOPIC_PREFIX: 'x.' })).toEqual({
      brokers: ['a:1', 'b:2'],
      topicPrefix: 'x.',
    });
    expect(problemsOf(() => readKafkaConnection({ KAFKA_BROKERS: 'a' }))).toEqual([
      'KAFKA_BROKERS="a" must be a comma-separated list of host:port',
    ]);
  });
});
