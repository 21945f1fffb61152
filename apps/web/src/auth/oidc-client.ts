import { createRemoteJWKSet, type JWTPayload, jwtVerify, type JWTVerifyGetKey } from 'jose';

import type { WebConfig } from '../web.config.js';
import { type TokenSet, tokenSetFrom } from './token-set.js';

interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  end_session_endpoint?: string;
}

/** The issuer answered a token request with an error (a used code, an expired refresh token). */
export class TokenRequestError extends Error {}

/**
 * The workbench as an OpenID Connect relying party: authorization code with PKCE (S256), refresh, ID token
 * verification against the issuer's keys, and the end-session address. The issuer's metadata is read once.
 */
export class OidcClient {
  private discovery?: Promise<Discovery>;
  private keys?: JWTVerifyGetKey;

  constructor(private readonly config: WebConfig['oidc']) {}

  private metadata(): Promise<Discovery> {
    this.discovery ??= fetch(`${this.config.issuer}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(5000),
    })
      .then(async (response) => {
        if (!response.ok) throw new Error(`the issuer's metadata answered ${response.status}`);
        return (await response.json()) as Discovery;
      })
      .catch((error: Error) => {
        this.discovery = undefined;
        throw new Error(`Cannot read the identity provider's metadata: ${error.message}`, { cause: error });
      });
    return this.discovery;
  }

  /** Whether the issuer's metadata can be read (health). */
  async reachable(): Promise<boolean> {
    try {
      await this.metadata();
      return true;
    } catch {
      return false;
    }
  }

  async authorizationUrl(request: {
    redirectUri: string;
    state: string;
    nonce: string;
    codeChallenge: string;
    uiLocales: string;
  }): Promise<string> {
    const url = new URL((await this.metadata()).authorization_endpoint);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.config.clientId,
      redirect_uri: request.redirectUri,
      scope: 'openid profile',
      state: request.state,
      nonce: request.nonce,
      code_challenge: request.codeChallenge,
      code_challenge_method: 'S256',
      ui_locales: request.uiLocales,
    }).toString();
    return url.toString();
  }

  exchangeCode(code: string, codeVerifier: string, redirectUri: string): Promise<TokenSet> {
    return this.tokenRequest({
      grant_type: 'authorization_code',
      code,
      code_verifier: codeVerifier,
      redirect_uri: redirectUri,
    });
  }

  refresh(refreshToken: string): Promise<TokenSet> {
    return this.tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken });
  }

  /** The ID token's claims once its signature, issuer, audience, expiry and nonce are checked. */
  async verifyIdToken(idToken: string, nonce: string): Promise<JWTPayload> {
    const metadata = await this.metadata();
    this.keys ??= createRemoteJWKSet(new URL(metadata.jwks_uri), { timeoutDuration: 5000 });
    const { payload } = await jwtVerify(idToken, this.keys, {
      issuer: this.config.issuer,
      audience: this.config.clientId,
      clockTolerance: 30,
    });
    if (payload.nonce !== nonce) throw new Error('the ID token was not issued for this sign-in (nonce)');
    return payload;
  }

  /** Where to send the browser to end the session at the issuer too, or undefined when it has no such endpoint. */
  async endSessionUrl(
    idToken: string | undefined,
    postLogoutRedirectUri: string,
  ): Promise<string | undefined> {
    const endpoint = (await this.metadata()).end_session_endpoint;
    if (!endpoint) return undefined;
    const url = new URL(endpoint);
    url.searchParams.set('client_id', this.config.clientId);
    url.searchParams.set('post_logout_redirect_uri', postLogoutRedirectUri);
    if (idToken) url.searchParams.set('id_token_hint', idToken);
    return url.toString();
  }

  private async tokenRequest(parameters: Record<string, string>): Promise<TokenSet> {
    const body = new URLSearchParams({ ...parameters, client_id: this.config.clientId });
    if (this.config.clientSecret) body.set('client_secret', this.config.clientSecret);
    const response = await fetch((await this.metadata()).token_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      signal: AbortSignal.timeout(10000),
    });
    const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) {
      const reason = typeof answer.error === 'string' ? answer.error : `status ${response.status}`;
      throw new TokenRequestError(`the identity provider refused the token request: ${reason}`);
    }
    return tokenSetFrom(answer);
  }
}
