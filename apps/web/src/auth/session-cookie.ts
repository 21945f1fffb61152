import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'workbench_session';

/** The session id the request's cookie carries, if any. */
export function sessionIdOf(request: Request): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * Sets the session cookie: httpOnly (no script reads it), SameSite=Lax (sent on the issuer's redirect back,
 * never on another site's POST), Secure when the workbench is served over https.
 */
export function setSessionCookie(response: Response, id: string, secure: boolean): void {
  response.cookie(SESSION_COOKIE, id, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

export function clearSessionCookie(response: Response, secure: boolean): void {
  response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
