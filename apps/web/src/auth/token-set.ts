/** What the issuer's token endpoint gave for one signed-in person; kept on the server only. */
export interface TokenSet {
  accessToken: string;
  /** When the access token expires (ms since the epoch). */
  accessExpiresAt: number;
  refreshToken?: string;
  idToken?: string;
}

interface TokenResponse {
  access_token?: unknown;
  expires_in?: unknown;
  refresh_token?: unknown;
  id_token?: unknown;
}

/** The token set in a token endpoint's answer, or an error naming what is missing. */
export function tokenSetFrom(body: TokenResponse, now = Date.now()): TokenSet {
  if (typeof body.access_token !== 'string') throw new Error('the token endpoint gave no access_token');
  const seconds = typeof body.expires_in === 'number' ? body.expires_in : 300;
  return {
    accessToken: body.access_token,
    accessExpiresAt: now + seconds * 1000,
    ...(typeof body.refresh_token === 'string' ? { refreshToken: body.refresh_token } : {}),
    ...(typeof body.id_token === 'string' ? { idToken: body.id_token } : {}),
  };
}
