import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { fromOwnPage, SAME_ORIGIN_HEADER } from '../auth/request-session.js';
import { sessionIdOf } from '../auth/session-cookie.js';
import { SessionStore } from '../auth/session-store.js';
import { BodyTooLargeError, readBody } from '../proxy/read-body.js';
import { WEB_CONFIG, type WebConfig } from '../web.config.js';
import { checkCandidate, testCandidate } from './candidate-checks.js';

const AUTHORS = ['policy-author', 'policy-approver'];

/**
 * The rule workbench's checks of a candidate while it is edited: validation (every problem at its JSON path)
 * and the rule set's own test cases. They run here, with the services' rule library, and change nothing.
 */
@Controller('checks/rule-set')
export class RuleChecksController {
  constructor(
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
    @Inject(SessionStore) private readonly sessions: SessionStore,
  ) {}

  @Post('validate')
  @HttpCode(200)
  async validate(@Req() request: Request, @Res() response: Response): Promise<void> {
    const text = await this.candidateText(request, response);
    if (text === undefined) return;
    response.json({ problems: checkCandidate(text).problems });
  }

  @Post('test')
  @HttpCode(200)
  async test(@Req() request: Request, @Res() response: Response): Promise<void> {
    const text = await this.candidateText(request, response);
    if (text === undefined) return;
    const checked = checkCandidate(text);
    if (!checked.document) {
      response.json({ problems: checked.problems, results: [] });
      return;
    }
    const results = await testCandidate(this.config.rulesDirectory, checked.document.id, text);
    response.json({ problems: [], results: results ?? [], hasTests: results !== undefined });
  }

  /** The candidate's text, or undefined once the response has said why not. */
  private async candidateText(request: Request, response: Response): Promise<string | undefined> {
    const user = this.sessions.get(sessionIdOf(request))?.user;
    if (!user) {
      response.status(401).json({ message: 'Not signed in' });
      return undefined;
    }
    if (!fromOwnPage(request)) {
      response.status(403).json({ message: `Only from the workbench's page (header ${SAME_ORIGIN_HEADER})` });
      return undefined;
    }
    if (!user.roles.some((role) => AUTHORS.includes(role))) {
      response.status(403).json({ message: 'Only policy authors and approvers check rule sets' });
      return undefined;
    }
    try {
      const body = await readBody(request, 1024 * 1024);
      const parsed = JSON.parse(body?.toString('utf8') ?? '{}') as { text?: unknown };
      if (typeof parsed.text !== 'string') {
        response
          .status(422)
          .json({ message: 'text must be the candidate rule set as JSON text', field: 'text' });
        return undefined;
      }
      return parsed.text;
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        response.status(413).json({ message: error.message });
        return undefined;
      }
      response.status(400).json({ message: 'The body must be JSON: { "text": "…" }' });
      return undefined;
    }
  }
}
