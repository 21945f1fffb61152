import { Logger } from '@nestjs/common';

import type { WebConfig } from '../web.config.js';
import type { OidcClient } from './oidc-client.js';
import { pkceChallenge, randomToken } from './pkce.js';
import type { PublicAddress } from './public-address.js';
import type { Session, SessionStore } from './session-store.js';
import type { TokenSet } from './token-set.js';
import { userFromClaims } from './user-from-claims.js';

/** A sign-in callback that does not belong to a sign-in started here, or that the issuer refused. */
export class SignInFailedError extends Error {}

/** Renew the access token when it has less than this left. */
const RENEW_BEFORE_MS = 30000;
/** A sign-in not completed within this is forgotten. */
const SIGN_IN_WINDOW_MS = 10 * 60000;

/** Only a path of this site (never `//host` or a full URL): where to go after signing in. */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) ? value : '/';
}

/**
 * Signing in and out on the server: starts the authorization code flow with PKCE, completes it, keeps the
 * tokens in the session and hands out a fresh access token for forwarding.
 */
export class WebAuth {
  private readonly logger = new Logger('WebAuth');

  constructor(
    private readonly config: WebConfig,
    private readonly oidc: OidcClient,
    private readonly sessions: SessionStore,
    private readonly address: PublicAddress,
  ) {}

  /** Starts a sign-in in the session; the address to send the browser to. */
  async startSignIn(session: Session, returnTo: string, language: string): Promise<string> {
    const pending = {
      state: randomToken(),
      nonce: randomToken(),
      codeVerifier: randomToken(48),
      returnTo: safeReturnPath(returnTo),
      startedAt: Date.now(),
    };
    session.pending = pending;
    return this.oidc.authorizationUrl({
      redirectUri: this.address.callbackUrl,
      state: pending.state,
      nonce: pending.nonce,
      codeChallenge: pkceChallenge(pending.codeVerifier),
      uiLocales: language === 'en' ? 'en' : 'nb',
    });
  }

  /** Completes the sign-in: the renewed session (new id) and where to go. */
  async completeSignIn(
    session: Session | undefined,
    query: { code?: unknown; state?: unknown; error?: unknown },
  ): Promise<{ session: Session; returnTo: string }> {
    const pending = session?.pending;
    if (!session || !pending || typeof query.state !== 'string' || query.state !== pending.state) {
      throw new SignInFailedError('This sign-in was not started here or has expired; start again.');
    }
    session.pending = undefined;
    if (Date.now() - pending.startedAt > SIGN_IN_WINDOW_MS)
      throw new SignInFailedError('The sign-in took too long; start again.');
    if (typeof query.error === 'string')
      throw new SignInFailedError(`The sign-in was refused (${query.error}).`);
    if (typeof query.code !== 'string') throw new SignInFailedError('The identity provider gave no code.');
    let tokens: TokenSet;
    try {
      tokens = await this.oidc.exchangeCode(query.code, pending.codeVerifier, this.address.callbackUrl);
      if (!tokens.idToken) throw new Error('no ID token');
      const claims = await this.oidc.verifyIdToken(tokens.idToken, pending.nonce);
      const renewed = this.sessions.renew(session);
      renewed.tokens = tokens;
      renewed.user = userFromClaims(claims, this.config.oidc.claimMapping, this.config.oidc.issuer);
      return { session: renewed, returnTo: pending.returnTo };
    } catch (error) {
      this.logger.warn(`Sign-in failed: ${(error as Error).message}`);
      throw new SignInFailedError('The identity provider did not confirm the sign-in; start again.');
    }
  }

  /** A valid access token of the session, renewed with the refresh token when about to expire. */
  async accessToken(session: Session): Promise<string | undefined> {
    const tokens = session.tokens;
    if (!tokens) return undefined;
    if (tokens.accessExpiresAt - Date.now() > RENEW_BEFORE_MS) return tokens.accessToken;
    if (!tokens.refreshToken) return undefined;
    session.refreshing ??= this.oidc.refresh(tokens.refreshToken).finally(() => {
      session.refreshing = undefined;
    });
    try {
      const renewed = await session.refreshing;
      session.tokens = { ...renewed, idToken: renewed.idToken ?? tokens.idToken };
      return renewed.accessToken;
    } catch (error) {
      this.logger.log(`Could not renew a session's token: ${(error as Error).message}`);
      session.tokens = undefined;
      session.user = undefined;
      return undefined;
    }
  }

  /** Forgets the session; where to send the browser to end it at the issuer as well. */
  async signOut(session: Session | undefined): Promise<string> {
    const home = `${this.address.url}/`;
    if (!session) return home;
    this.sessions.delete(session.id);
    try {
      return (await this.oidc.endSessionUrl(session.tokens?.idToken, home)) ?? home;
    } catch {
      return home;
    }
  }
}
