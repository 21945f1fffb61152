import { Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { PublicAddress } from './public-address.js';
import { fromOwnPage, SAME_ORIGIN_HEADER, sessionOrNew } from './request-session.js';
import { clearSessionCookie, sessionIdOf, setSessionCookie } from './session-cookie.js';
import { SessionStore, type SignedInUser } from './session-store.js';
import { SignInFailedError, WebAuth } from './web-auth.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Sign in (authorization code with PKCE at the issuer), sign out, and who is signed in. */
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(WebAuth) private readonly auth: WebAuth,
    @Inject(SessionStore) private readonly sessions: SessionStore,
    @Inject(PublicAddress) private readonly address: PublicAddress,
  ) {}

  @Get('login')
  async login(
    @Req() request: Request,
    @Res() response: Response,
    @Query('returnTo') returnTo?: string,
    @Query('lang') language?: string,
  ): Promise<void> {
    const session = sessionOrNew(this.sessions, this.address, request, response);
    response.setHeader('cache-control', 'no-store');
    response.redirect(302, await this.auth.startSignIn(session, returnTo ?? '/', language ?? 'nb'));
  }

  @Get('callback')
  async callback(
    @Req() request: Request,
    @Res() response: Response,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    response.setHeader('cache-control', 'no-store');
    try {
      const { session, returnTo } = await this.auth.completeSignIn(
        this.sessions.get(sessionIdOf(request)),
        query,
      );
      setSessionCookie(response, session.id, this.address.secure);
      response.redirect(302, returnTo);
    } catch (error) {
      if (!(error instanceof SignInFailedError)) throw error;
      response
        .status(400)
        .type('html')
        .send(
          `<!doctype html><html lang="nb"><meta charset="utf-8"><title>Innlogging feilet</title>` +
            `<main><h1>Innlogging feilet / Sign-in failed</h1><p>${escapeHtml(error.message)}</p>` +
            `<p><a href="/auth/login">Logg inn på nytt / Sign in again</a></p></main></html>`,
        );
    }
  }

  @Post('logout')
  @HttpCode(200)
  async logout(@Req() request: Request, @Res() response: Response): Promise<void> {
    if (!fromOwnPage(request)) {
      response
        .status(403)
        .json({ message: `Sign out from the workbench's page (header ${SAME_ORIGIN_HEADER})` });
      return;
    }
    const next = await this.auth.signOut(this.sessions.get(sessionIdOf(request)));
    clearSessionCookie(response, this.address.secure);
    response.json({ next });
  }

  @Get('me')
  me(@Req() request: Request, @Res({ passthrough: true }) response: Response): { user: SignedInUser | null } {
    response.setHeader('cache-control', 'no-store');
    return { user: this.sessions.get(sessionIdOf(request))?.user ?? null };
  }
}
