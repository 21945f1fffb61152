import { type CanActivate, type ExecutionContext, HttpException, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';

/** How one caller's requests stand in the current window. */
export interface RateLimitCount {
  allowed: boolean;
  remaining: number;
  /** Seconds until the window ends and the count starts again. */
  resetSeconds: number;
}

/**
 * Counts requests per caller in fixed windows: `limit` requests per `windowMs`, the window starting with the
 * caller's first request. Ended windows are swept as requests come, so the map holds only recent callers.
 */
export class RequestCounter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();
  private sweptAt: number;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: () => number = Date.now,
  ) {
    this.sweptAt = clock();
  }

  hit(caller: string): RateLimitCount {
    const now = this.clock();
    this.sweep(now);
    let window = this.windows.get(caller);
    if (!window || window.endsAt <= now) {
      window = { count: 0, endsAt: now + this.windowMs };
      this.windows.set(caller, window);
    }
    window.count += 1;
    return {
      allowed: window.count <= this.limit,
      remaining: Math.max(0, this.limit - window.count),
      resetSeconds: Math.ceil((window.endsAt - now) / 1000),
    };
  }

  private sweep(now: number): void {
    if (now - this.sweptAt < this.windowMs) return;
    this.sweptAt = now;
    for (const [caller, window] of this.windows) if (window.endsAt <= now) this.windows.delete(caller);
  }
}

interface WithPrincipal {
  /** Set by the access guard once the bearer token is verified. */
  principal?: { issuer: string; subject: string };
}

/** Who a request counts for: the verified token's subject at its issuer, or else the client's address. */
export function callerOf(request: Request & WithPrincipal): string {
  const { principal } = request;
  if (principal) return `principal ${principal.issuer} ${principal.subject}`;
  return `address ${request.ip ?? request.socket.remoteAddress ?? 'unknown'}`;
}

/**
 * Limits how many HTTP requests one caller makes per window, across all routes, on this instance. Registered
 * after the access guard, so the principal is known; a request over the limit answers 429 with Retry-After.
 */
export class RateLimitGuard implements CanActivate {
  private readonly counter: RequestCounter;

  constructor(private readonly settings: { requests: number; windowSeconds: number }) {
    this.counter = new RequestCounter(settings.requests, settings.windowSeconds * 1000);
  }

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const http = context.switchToHttp();
    const response = http.getResponse<Response>();
    const count = this.counter.hit(callerOf(http.getRequest<Request>()));
    response.setHeader('X-RateLimit-Limit', this.settings.requests);
    response.setHeader('X-RateLimit-Remaining', count.remaining);
    response.setHeader('X-RateLimit-Reset', count.resetSeconds);
    if (count.allowed) return true;
    response.setHeader('Retry-After', count.resetSeconds);
    throw new HttpException(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        message: `Too many requests: at most ${this.settings.requests} per ${this.settings.windowSeconds} s; try again after ${count.resetSeconds} s`,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
