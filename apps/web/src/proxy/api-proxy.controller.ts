import { All, Controller, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { fromOwnPage, SAME_ORIGIN_HEADER } from '../auth/request-session.js';
import { sessionIdOf } from '../auth/session-cookie.js';
import { SessionStore } from '../auth/session-store.js';
import { WebAuth } from '../auth/web-auth.js';
import { FORWARDED_SERVICES, type ForwardedService, WEB_CONFIG, type WebConfig } from '../web.config.js';
import { BodyTooLargeError, readBody } from './read-body.js';

const BODY_LIMIT = 2 * 1024 * 1024;
/** Headers passed on each way; everything else (cookies above all) stays behind. */
const REQUEST_HEADERS = ['content-type', 'accept', 'accept-language'];
const RESPONSE_HEADERS = ['content-type', 'content-disposition', 'retry-after', 'location'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const isForwarded = (name: string): name is ForwardedService =>
  (FORWARDED_SERVICES as readonly string[]).includes(name);

/**
 * `/api/<service>/<path>` → `<service URL>/<path>` with the signed-in user's access token as the bearer token.
 * The services decide what the user may see; the browser never holds the token.
 */
@Controller('api')
export class ApiProxyController {
  constructor(
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
    @Inject(WebAuth) private readonly auth: WebAuth,
    @Inject(SessionStore) private readonly sessions: SessionStore,
  ) {}

  @All(['*path'])
  async forward(@Req() request: Request, @Res() response: Response): Promise<void> {
    response.setHeader('cache-control', 'no-store');
    const match = /^\/api\/([^/?]+)(\/[^?]*)?(\?.*)?$/.exec(request.originalUrl);
    const service = match?.[1] ?? '';
    if (!match || !isForwarded(service)) {
      response
        .status(404)
        .json({ message: `No service "${service}": one of ${FORWARDED_SERVICES.join(', ')}` });
      return;
    }
    if (!SAFE_METHODS.has(request.method) && !fromOwnPage(request)) {
      response
        .status(403)
        .json({ message: `Changes only from the workbench's page (header ${SAME_ORIGIN_HEADER})` });
      return;
    }
    const session = this.sessions.get(sessionIdOf(request));
    const token = session ? await this.auth.accessToken(session) : undefined;
    if (!token) {
      response.status(401).json({ message: 'Not signed in', signIn: '/auth/login' });
      return;
    }
    let body: Buffer | undefined;
    try {
      body = await readBody(request, BODY_LIMIT);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      response.status(413).json({ message: error.message });
      return;
    }
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    for (const name of REQUEST_HEADERS) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const target = `${this.config.services[service]}${match[2] ?? '/'}${match[3] ?? ''}`;
    let answer: globalThis.Response;
    try {
      answer = await fetch(target, {
        method: request.method,
        headers,
        ...(body ? { body: new Uint8Array(body) } : {}),
        redirect: 'manual',
        signal: AbortSignal.timeout(60000),
      });
    } catch {
      response.status(502).json({ message: `The ${service} service does not answer` });
      return;
    }
    response.status(answer.status);
    for (const name of RESPONSE_HEADERS) {
      const value = answer.headers.get(name);
      if (value !== null) response.setHeader(name, value);
    }
    response.send(Buffer.from(await answer.arrayBuffer()));
  }
}
