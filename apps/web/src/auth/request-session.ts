import type { Request, Response } from 'express';

import type { PublicAddress } from './public-address.js';
import { sessionIdOf, setSessionCookie } from './session-cookie.js';
import type { Session, SessionStore } from './session-store.js';

/** The request's session, or a new one whose cookie is set on the response. */
export function sessionOrNew(
  sessions: SessionStore,
  address: PublicAddress,
  request: Request,
  response: Response,
): Session {
  const existing = sessions.get(sessionIdOf(request));
  if (existing) return existing;
  const session = sessions.create();
  setSessionCookie(response, session.id, address.secure);
  return session;
}

/**
 * A state-changing call must come from the workbench's own page: it sends this header, which another site
 * cannot add without a CORS preflight the workbench never allows.
 */
export const SAME_ORIGIN_HEADER = 'x-workbench';

export function fromOwnPage(request: Request): boolean {
  return request.headers[SAME_ORIGIN_HEADER] === '1';
}
