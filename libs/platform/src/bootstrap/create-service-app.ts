import { type INestApplication, Logger, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { DataSource } from 'typeorm';

import { KafkaEventServer, MessagingRuntime } from '#messaging';

import type { LogLevel, ServiceConfig } from '../config/service-config.js';
import { HttpErrorsFilter } from '../http/http-errors.filter.js';
import { InputGuardPipe } from '../http/input-guard.pipe.js';
import { secureHttpEdge } from './http-edge.js';

export interface ServiceApp {
  app: INestApplication;
  eventServer: KafkaEventServer;
  /** The address the HTTP server listens on. */
  url: string;
}

const LEVELS_FROM: Record<LogLevel, LogLevel[]> = {
  error: ['error'],
  warn: ['error', 'warn'],
  log: ['error', 'warn', 'log'],
  debug: ['error', 'warn', 'log', 'debug'],
  verbose: ['error', 'warn', 'log', 'debug', 'verbose'],
};

/**
 * Creates a hybrid NestJS application: HTTP (REST + OpenAPI at /docs) and the Kafka event consumer for the
 * given topics, then listens. Used by each service's main.ts and by the end-to-end tests.
 */
export async function createServiceApp(
  module: unknown,
  config: ServiceConfig,
  options: { title: string; description: string; topics: string[] },
): Promise<ServiceApp> {
  const app = await NestFactory.create<NestExpressApplication>(module as never, {
    logger: LEVELS_FROM[config.logLevel],
  });
  app.enableShutdownHooks();
  secureHttpEdge(app, config);
  app.useGlobalPipes(
    new InputGuardPipe(),
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
  );
  app.useGlobalFilters(new HttpErrorsFilter());

  const messaging = app.get(MessagingRuntime);
  const eventServer = new KafkaEventServer({
    kafka: {
      brokers: config.kafka.brokers,
      clientId: config.kafka.clientId,
      topicPrefix: config.kafka.topicPrefix,
      security: config.kafka.security,
    },
    groupId: config.kafka.groupId,
    sessionTimeoutMs: config.kafka.sessionTimeoutMs,
    batchMaxEvents: config.kafka.batch.maxEvents,
    batchMaxWaitMs: config.kafka.batch.maxWaitMs,
    partitionsConsumedConcurrently: config.kafka.batch.partitionsConcurrently,
    topics: options.topics,
    dataSource: app.get(DataSource),
    validator: messaging.validator,
    producer: messaging.producer,
  });
  app.connectMicroservice({ strategy: eventServer });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle(options.title).setDescription(options.description).setVersion('1').build(),
  );
  SwaggerModule.setup('docs', app, document);

  await app.init();
  await app.startAllMicroservices();
  await app.listen(config.httpPort, '127.0.0.1');
  const url = await app.getUrl();
  new Logger(config.serviceName).log(`Listening on ${url} (API docs at ${url}/docs)`);
  return { app, eventServer, url: url.replace('[::1]', '127.0.0.1') };
}
