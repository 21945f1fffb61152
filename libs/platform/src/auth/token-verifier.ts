import { Logger } from '@nestjs/common';
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';

import type { AuthConfig, IssuerConfig } from './auth-config.js';
import { principalFromClaims, UnmappableClaimsError } from './claims-to-principal.js';
import type { Principal } from './principal.js';

/** Why a token is refused, as much as a caller is told: "invalid token" or "token expired". */
export type TokenRefusal = 'invalid' | 'expired';

export class TokenRefusedError extends Error {
  constructor(
    readonly refusal: TokenRefusal,
    /** For the debug log only: never the token, never its claims' values. */
    readonly reason: string,
  ) {
    super(refusal === 'expired' ? 'token expired' : 'invalid token');
    this.name = 'TokenRefusedError';
  }
}

/** The issuer's keys could not be fetched: not the caller's fault (answered 503). */
export class IssuerKeysUnavailableError extends Error {
  constructor(readonly issuer: string) {
    super('the identity provider cannot be reached to check the token');
    this.name = 'IssuerKeysUnavailableError';
  }
}

interface TrustedIssuer {
  config: IssuerConfig;
  keys: JWTVerifyGetKey;
}

/**
 * Verifies bearer tokens (signed JWTs) against the configured issuers' JWKS and maps their claims to a
 * principal. Refused: a token of an issuer not configured, an algorithm the issuer is not allowed (so never
 * `none`), a bad signature, a wrong audience, no `exp`, expired or not yet valid beyond the clock skew.
 */
export class TokenVerifier {
  private readonly issuers = new Map<string, TrustedIssuer>();

  constructor(
    config: AuthConfig,
    private readonly logger: Pick<Logger, 'debug' | 'warn'> = new Logger('Auth'),
  ) {
    for (const issuer of config.issuers) {
      this.issuers.set(issuer.issuer, {
        config: issuer,
        keys: createRemoteJWKSet(new URL(issuer.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30000 }),
      });
    }
  }

  async verify(token: string): Promise<Principal> {
    try {
      return await this.verifyOrThrow(token);
    } catch (error) {
      if (error instanceof TokenRefusedError) this.logger.debug(`Refused a bearer token: ${error.reason}`);
      if (error instanceof IssuerKeysUnavailableError) {
        this.logger.warn(`Cannot fetch the signing keys of ${error.issuer}; bearer tokens are answered 503`);
      }
      throw error;
    }
  }

  private async verifyOrThrow(token: string): Promise<Principal> {
    let issuerName: unknown;
    try {
      issuerName = decodeJwt(token).iss;
    } catch {
      throw new TokenRefusedError('invalid', 'not a signed JWT');
    }
    const trusted = typeof issuerName === 'string' ? this.issuers.get(issuerName) : undefined;
    if (!trusted) throw new TokenRefusedError('invalid', 'unknown issuer');
    const { config } = trusted;
    let claims;
    try {
      ({ payload: claims } = await jwtVerify(token, trusted.keys, {
        issuer: config.issuer,
        audience: config.audiences,
        algorithms: config.algorithms,
        clockTolerance: config.clockSkewSeconds,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      throw this.refusalOf(error, config.issuer);
    }
    try {
      return principalFromClaims(claims, config.claimMapping, config);
    } catch (error) {
      if (error instanceof UnmappableClaimsError) {
        throw new TokenRefusedError('invalid', `${error.message} (mapping "${config.claimMappingName}")`);
      }
      throw error;
    }
  }

  private refusalOf(error: unknown, issuer: string): Error {
    if (error instanceof errors.JWTExpired) return new TokenRefusedError('expired', 'exp is past');
    const keysUnavailable =
      error instanceof errors.JWKSTimeout ||
      error instanceof errors.JWKSInvalid ||
      // A plain JOSEError is the JWKS endpoint answering other than 200; a non-JOSE error a failed fetch.
      !(error instanceof errors.JOSEError) ||
      error.constructor === errors.JOSEError;
    if (keysUnavailable) return new IssuerKeysUnavailableError(issuer);
    // jose's messages name the check that failed ('unexpected "aud" claim value'), not the values.
    return new TokenRefusedError('invalid', `${error.code}: ${error.message}`);
  }
}
