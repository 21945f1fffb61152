import { Logger } from '@nestjs/common';
import { Kafka, type LogEntry, logLevel } from 'kafkajs';

import { kafkaSecurityOptions } from './kafka-security.js';
import type { KafkaSettings } from './kafka-settings.js';

/**
 * The only place that constructs a kafkajs client: kafkajs is unmaintained, so it stays behind this library
 * and can be replaced without touching the services. TLS and SASL come from the settings' `security`.
 */
export function createKafka(
  settings: Pick<KafkaSettings, 'brokers' | 'clientId' | 'security'>,
  options: { retries?: number; quiet?: boolean } = {},
): Kafka {
  // kafkajs 2 warns on every producer that its default partitioner changed in 2.0; this project began on 2.x.
  process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';
  const logger = new Logger('Kafka');
  return new Kafka({
    clientId: settings.clientId,
    brokers: settings.brokers,
    ...kafkaSecurityOptions(settings.security),
    connectionTimeout: 3000,
    requestTimeout: 30000,
    retry: { initialRetryTime: 200, retries: options.retries ?? 8 },
    logLevel: options.quiet ? logLevel.NOTHING : logLevel.WARN,
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, error } = log as { message: string; error?: string };
        const text = error ? `${message}: ${error}` : message;
        // Group rebalances and a coordinator still loading are routine on join and leave: kafkajs retries them.
        if (/rebalancing|coordinator is loading|coordinator is not available/i.test(text)) logger.debug(text);
        else if (level === logLevel.ERROR) logger.error(text);
        else logger.warn(text);
      },
  });
}
