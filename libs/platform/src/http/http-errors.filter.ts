import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';

import { type DomainErrorKind, isDomainError } from '#domain';

const STATUS_OF: Record<DomainErrorKind, number> = {
  'not-found': HttpStatus.NOT_FOUND,
  rejected: HttpStatus.UNPROCESSABLE_ENTITY,
  conflict: HttpStatus.CONFLICT,
  'not-yet-processable': HttpStatus.CONFLICT,
};

/**
 * The one translation of errors into HTTP answers for every service: Nest's own HTTP exceptions as they are,
 * domain errors as 404/409/422 with the field they name, anything else as a bare 500. A 500 is logged with the
 * route pattern only: never the request's parameters or body, and for a database error not the driver's
 * message either, which quotes the values it refused.
 */
@Catch()
export class HttpErrorsFilter implements ExceptionFilter {
  constructor(private readonly logger: Pick<Logger, 'error'> = new Logger('HTTP')) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      response
        .status(exception.getStatus())
        .json(typeof body === 'string' ? { statusCode: exception.getStatus(), message: body } : body);
      return;
    }
    if (isDomainError(exception)) {
      const statusCode = STATUS_OF[exception.kind];
      response.status(statusCode).json({
        statusCode,
        error: exception.kind,
        message: exception.message.split('\n')[0],
        ...(exception.field ? { field: exception.field } : {}),
        ...exception.details,
      });
      return;
    }
    const request = http.getRequest<Request>();
    const route = (request.route as { path?: string } | undefined)?.path ?? '(no route)';
    this.logger.error(`${request.method} ${route} failed: ${describeWithoutValues(exception)}`);
    response
      .status(HttpStatus.INTERNAL_SERVER_ERROR)
      .json({ statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: 'Internal server error' });
  }
}

function describeWithoutValues(exception: unknown): string {
  if (!(exception instanceof Error)) return 'a non-error was thrown';
  const frames = exception.stack?.split('\n').slice(1).join('\n') ?? '';
  const sqlState = (exception as { driverError?: { code?: string } }).driverError?.code;
  const headline = sqlState
    ? `${exception.name} (SQLSTATE ${sqlState})`
    : `${exception.name}: ${exception.message}`;
  return `${headline}\n${frames}`;
}
