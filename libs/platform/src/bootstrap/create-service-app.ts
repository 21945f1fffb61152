import { type INestApplication, Logger, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger as PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';

import { KafkaEventServer, MessagingRuntime } from '#messaging';

import type { LogLevel, ServiceConfig } from '../config/service-config.js';
import { ConsumerMembership } from '../health/consumer-membership.js';
import { ActorFieldsInterceptor } from '../http/actor-fields.interceptor.js';
import { HttpErrorsFilter } from '../http/http-errors.filter.js';
import { InputGuardPipe } from '../http/input-guard.pipe.js';
import { ConsumerMetrics } from '../metrics/consumer-metrics.js';
import { HttpMetrics } from '../metrics/http-metrics.js';
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
 * given topics. The HTTP server listens first, so liveness answers while the consumer joins its group
 * (readiness waits for it). Used by each service's main.ts and by the end-to-end tests.
 */
export async function createServiceApp(
  module: unknown,
  config: ServiceConfig,
  options: { title: string; description: string; topics: string[] },
): Promise<ServiceApp> {
  const json = config.logFormat === 'json';
  const app = await NestFactory.create<NestExpressApplication>(module as never, {
    logger: LEVELS_FROM[config.logLevel],
    bufferLogs: json,
  });
  if (json) app.useLogger(app.get(PinoLogger));
  app.enableShutdownHooks();
  app.use(app.get(HttpMetrics).middleware());
  secureHttpEdge(app, config);
  app.useGlobalPipes(
    new InputGuardPipe(),
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
  );
  app.useGlobalInterceptors(new ActorFieldsInterceptor());
  app.useGlobalFilters(new HttpErrorsFilter());

  const messaging = app.get(MessagingRuntime);
  const consumerMetrics = app.get(ConsumerMetrics);
  const membership = app.get(ConsumerMembership);
  const eventServer = new KafkaEventServer({
    kafka: {
      brokers: config.kafka.brokers,
      clientId: config.kafka.clientId,
      topicPrefix: config.kafka.topicPrefix,
      security: config.kafka.security,
    },
    groupId: config.kafka.groupId,
    ownNamespace: `no.${config.serviceName}.`,
    sessionTimeoutMs: config.kafka.sessionTimeoutMs,
    partitionsConsumedConcurrently: config.kafka.partitionsConsumedConcurrently,
    batchMaxEvents: config.kafka.batch.maxEvents,
    batchMaxWaitMs: config.kafka.batch.maxWaitMs,
    topics: options.topics,
    dataSource: app.get(DataSource),
    validator: messaging.validator,
    producer: messaging.producer,
    deadLetterHashKey: config.kafka.deadLetterHashKey,
    observer: {
      created: (consumer) => {
        membership.follow(consumer);
        consumerMetrics.created(consumer);
      },
      handled: (...event) => consumerMetrics.handled(...event),
      retried: (...event) => consumerMetrics.retried(...event),
      deadLettered: (...event) => consumerMetrics.deadLettered(...event),
    },
  });
  if (options.topics.length === 0) membership.markJoined();
  consumerMetrics.watch(
    config.kafka.groupId,
    options.topics.map((topic) => `${config.kafka.topicPrefix}${topic}`),
  );
  app.connectMicroservice({ strategy: eventServer });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle(options.title).setDescription(options.description).setVersion('1').build(),
  );
  SwaggerModule.setup('docs', app, document);

  await app.init();
  await app.listen(config.httpPort, config.httpHost);
  const url = await app.getUrl();
  const logger = new Logger(config.serviceName);
  logger.log(`Listening on ${url} (API docs at ${url}/docs)`);
  await app.startAllMicroservices();
  logger.log(`Ready: the consumer has joined group ${config.kafka.groupId}`);
  return { app, eventServer, url: localUrl(url) };
}

/** The URL to call this instance at from the same host (a wildcard bind address is not one to call). */
function localUrl(url: string): string {
  return url.replace('[::1]', '127.0.0.1').replace('0.0.0.0', '127.0.0.1').replace('[::]', '127.0.0.1');
}
