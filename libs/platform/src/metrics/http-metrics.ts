import { Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Histogram, Registry } from 'prom-client';

/** The label for a request no route matched: raw URLs are never labels (one series per URL would be unbounded). */
export const UNMATCHED_ROUTE = 'unmatched';

/**
 * HTTP request latency by method, route pattern (`/reception/centres/:centreId`, never the URL itself) and
 * status, measured by a middleware in front of everything else, so refusals (401, 403, 429) count too.
 */
@Injectable()
export class HttpMetrics {
  private readonly duration: Histogram<'method' | 'route' | 'status'>;

  constructor(@Inject(Registry) registry: Registry) {
    this.duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency by method, route pattern and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
  }

  /** Express middleware; install before any other. */
  middleware(): (request: Request, response: Response, next: NextFunction) => void {
    return (request, response, next) => {
      const end = this.duration.startTimer();
      response.once('finish', () =>
        end({ method: request.method, route: routePatternOf(request), status: String(response.statusCode) }),
      );
      next();
    };
  }
}

/** The pattern of the route that handled the request, as declared (`/people/:personId`). */
export function routePatternOf(request: Request): string {
  const { route } = request as { route?: { path?: unknown } };
  if (typeof route?.path !== 'string') return UNMATCHED_ROUTE;
  return `${request.baseUrl}${route.path}`;
}
