import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { type CryptoKey, exportJWK, generateKeyPair, type JWK, type JWTPayload, SignJWT } from 'jose';

export interface SigningOptions {
  /** Seconds from now (negative: already expired; null: no `exp` at all). Default 300. */
  expiresInSeconds?: number | null;
  /** Seconds from now until the token becomes valid. */
  notBeforeSeconds?: number;
  /** Sign with a key that is not in the served JWKS (a forged token with the right kid). */
  withForeignKey?: boolean;
}

/**
 * An issuer for tests: its own key pair, its JWKS served over HTTP on 127.0.0.1, and tokens signed as the
 * test needs them (expired, not yet valid, for another audience, unsigned, tampered). Only for the negative
 * cases; positive cases use real tokens from the local Keycloak.
 */
export class TestIssuer {
  private constructor(
    private readonly server: Server,
    readonly issuer: string,
    readonly jwksUrl: string,
    private readonly key: CryptoKey,
    private readonly foreignKey: CryptoKey,
    private readonly kid: string,
  ) {}

  static async start(name = 'test-issuer'): Promise<TestIssuer> {
    const [own, foreign] = await Promise.all([generateKeyPair('RS256'), generateKeyPair('RS256')]);
    const kid = `${name}-key-1`;
    const jwk: JWK = { ...(await exportJWK(own.publicKey)), kid, alg: 'RS256', use: 'sig' };
    const body = JSON.stringify({ keys: [jwk] });
    const server = createServer((request, response) => {
      if (request.url === `/${name}/jwks`) {
        response.writeHead(200, { 'content-type': 'application/json' }).end(body);
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${name}`;
    return new TestIssuer(server, base, `${base}/jwks`, own.privateKey, foreign.privateKey, kid);
  }

  /** A signed token with this issuer as `iss` (unless the claims say otherwise). */
  sign(claims: JWTPayload, options: SigningOptions = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const jwt = new SignJWT({ iss: this.issuer, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: this.kid, typ: 'JWT' })
      .setIssuedAt(now);
    if (options.expiresInSeconds !== null) jwt.setExpirationTime(now + (options.expiresInSeconds ?? 300));
    if (options.notBeforeSeconds !== undefined) jwt.setNotBefore(now + options.notBeforeSeconds);
    return jwt.sign(options.withForeignKey ? this.foreignKey : this.key);
  }

  /** An unsecured JWT (`alg: none`, no signature) with the given claims. */
  unsigned(claims: JWTPayload): string {
    const now = Math.floor(Date.now() / 1000);
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ iss: this.issuer, iat: now, exp: now + 300, ...claims })}.`;
  }

  /** The token with its claims changed after signing (the signature no longer matches). */
  static tampered(token: string, changes: JWTPayload): string {
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as JWTPayload;
    return `${header}.${Buffer.from(JSON.stringify({ ...claims, ...changes })).toString('base64url')}.${signature}`;
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }
}
