import type { IncomingMessage, ServerResponse } from 'node:http';

import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { pino } from 'pino';

import type { LogLevel, ServiceConfig } from '../config/service-config.js';
import { ShutdownLog } from './shutdown-log.js';
import { newTraceId, requestIdOf, traceIdOf } from './trace-context.js';

const PINO_LEVEL: Record<LogLevel, pino.Level> = {
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

type Request = IncomingMessage & { id?: unknown; traceId?: string; originalUrl?: string };

/**
 * Structured logs: one JSON object per line on standard output, each request with its request id (the
 * caller's `x-request-id`, or a new one, answered in the same header) and trace id (from a W3C `traceparent`,
 * or a new one). Request lines carry the method, the path without its query, the status and the time taken:
 * never headers or bodies, which may hold tokens or personal data. The shutdown is logged too.
 */
@Module({})
export class ServiceLoggingModule {
  static forService(config: Pick<ServiceConfig, 'serviceName' | 'logLevel' | 'logFormat'>): DynamicModule {
    if (config.logFormat !== 'json') return { module: ServiceLoggingModule, providers: [ShutdownLog] };
    return {
      module: ServiceLoggingModule,
      providers: [ShutdownLog],
      imports: [
        LoggerModule.forRoot({
          pinoHttp: [
            {
              level: PINO_LEVEL[config.logLevel],
              base: { service: config.serviceName, pid: process.pid },
              timestamp: pino.stdTimeFunctions.isoTime,
              formatters: { level: (label) => ({ level: label }) },
              genReqId: (request: Request, response: ServerResponse) => {
                const id = requestIdOf(request.headers['x-request-id']);
                response.setHeader('x-request-id', id);
                return id;
              },
              customProps: (request: Request) => {
                request.traceId ??= traceIdOf(request.headers.traceparent) ?? newTraceId();
                return { traceId: request.traceId };
              },
              serializers: {
                req: (request: { id: unknown; method: string; url: string }) => ({
                  id: request.id,
                  method: request.method,
                  path: request.url.split('?')[0],
                }),
                res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
              },
              customSuccessMessage: (request, response, time) =>
                `${request.method} ${pathOf(request)} ${response.statusCode} in ${Math.round(time)} ms`,
              customErrorMessage: (request, response) =>
                `${request.method} ${pathOf(request)} failed with ${response.statusCode}`,
            },
            pino.destination({ dest: 1, sync: true }),
          ],
        }),
      ],
    };
  }
}

function pathOf(request: Request): string {
  return (request.originalUrl ?? request.url ?? '').split('?')[0];
}
