import type { Agency, Role } from '#platform';

import { randomToken } from './pkce.js';
import type { TokenSet } from './token-set.js';

/** Who is signed in, as the front-end sees it: never a token. */
export interface SignedInUser {
  subject: string;
  displayName: string;
  agency: Agency | null;
  roles: Role[];
  municipalities: string[];
  counties: string[];
}

/** A sign-in under way: what the callback must match. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  startedAt: number;
}

export interface Session {
  id: string;
  lastSeen: number;
  pending?: PendingSignIn;
  user?: SignedInUser;
  tokens?: TokenSet;
  /** A refresh under way, shared by the requests that need it at the same time. */
  refreshing?: Promise<TokenSet>;
}

/**
 * Sessions kept in this process, keyed by a random id that only the httpOnly cookie carries. A session is
 * forgotten after `idleMs` without a request; signing in replaces the id (no fixation).
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly idleMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.sweeper = setInterval(() => this.sweep(), Math.min(idleMs, 60000));
    this.sweeper.unref();
  }

  create(): Session {
    const session: Session = { id: randomToken(), lastSeen: this.now() };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The live session with this id, touched; undefined when unknown or idle too long. */
  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (this.now() - session.lastSeen > this.idleMs) {
      this.sessions.delete(id);
      return undefined;
    }
    session.lastSeen = this.now();
    return session;
  }

  /** The same session under a new id (after signing in). */
  renew(session: Session): Session {
    this.sessions.delete(session.id);
    const renewed: Session = { ...session, id: randomToken(), lastSeen: this.now() };
    this.sessions.set(renewed.id, renewed);
    return renewed;
  }

  delete(id: string): void {
    this.sessions.delete(id);
  }

  get size(): number {
    return this.sessions.size;
  }

  close(): void {
    clearInterval(this.sweeper);
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, session] of this.sessions) {
      if (now - session.lastSeen > this.idleMs) this.sessions.delete(id);
    }
  }
}
