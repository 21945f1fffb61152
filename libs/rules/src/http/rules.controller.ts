import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { NotFoundError, RejectedError } from '#domain';
import { Access, AGGREGATE_READERS, POLICY_APPROVERS, POLICY_AUTHORS } from '#platform';

import { CompiledRuleSet } from '../compiled-rule-set.js';
import { DecisionStore } from '../decisions/decision-store.js';
import { parseRuleSet } from '../load-rule-set.js';
import { ActiveRuleSets, type SubmissionResult } from '../platform/active-rule-sets.js';
import { type ActivationHistoryEntry, RuleSetStore } from '../platform/rule-set-store.js';
import type { RuleSetDocument } from '../rule-set.js';
import { simulate, type SimulationReport } from '../simulation/simulate.js';
import { CandidateDto, RollbackDto, SimulateDto } from './rules.dto.js';

@ApiTags('rules')
@Controller('rules')
export class RulesController {
  constructor(
    @Inject(ActiveRuleSets) private readonly ruleSets: ActiveRuleSets,
    @Inject(RuleSetStore) private readonly store: RuleSetStore,
    @Inject(DecisionStore) private readonly decisions: DecisionStore,
  ) {}

  @Get()
  @Access(...AGGREGATE_READERS)
  @ApiOperation({
    summary: 'The rule sets this service decides with, and the version in force on this instance',
  })
  list(): { id: string; title: string; version: string; contentHash: string; owner: string }[] {
    return this.ruleSets.registered().map(({ ruleSetId }) => {
      const { reference, loaded } = this.ruleSets.current(ruleSetId);
      return { ...reference, title: loaded.document.title, owner: loaded.document.owner };
    });
  }

  @Get(':id')
  @Access(...AGGREGATE_READERS)
  @ApiOperation({ summary: 'The active version of a rule set, as its file reads' })
  get(@Param('id') id: string): RuleSetDocument {
    return this.compiled(id).loaded.document;
  }

  @Get(':id/versions')
  @Access(...AGGREGATE_READERS)
  @ApiOperation({
    summary: 'Every activation of a rule set, newest first: version, content hash, who, when, why',
  })
  versions(@Param('id') id: string): Promise<ActivationHistoryEntry[]> {
    this.compiled(id);
    return this.store.history(id);
  }

  @Post(':id/candidates')
  @Access(POLICY_AUTHORS)
  @ApiOperation({
    summary:
      'Validate a candidate and, if valid, activate it in every running instance (422 with the problems if not)',
  })
  async submit(@Param('id') id: string, @Body() body: CandidateDto): Promise<SubmissionResult> {
    this.compiled(id);
    return this.ruleSets.submit(id, `${JSON.stringify(body.ruleSet, null, 2)}\n`, {
      origin: 'http',
      submittedBy: body.submittedBy,
      reason: 'candidate submitted',
    });
  }

  @Post(':id/rollback')
  @Access(POLICY_APPROVERS)
  @HttpCode(200)
  @ApiOperation({ summary: 'Activate an earlier version again' })
  async rollback(@Param('id') id: string, @Body() body: RollbackDto): Promise<SubmissionResult> {
    this.compiled(id);
    if (!body.version && !body.contentHash)
      throw new RejectedError('Say which version: version or contentHash', 'version');
    return this.ruleSets.rollback(id, body, body.submittedBy);
  }

  @Post('simulate')
  @Access(POLICY_AUTHORS, { roles: ['analyst'] })
  @HttpCode(200)
  @ApiOperation({
    summary: 'What a candidate would decide differently from the active version over recorded decisions',
  })
  async simulate(@Body() body: SimulateDto): Promise<SimulationReport> {
    const candidate = new CompiledRuleSet(parseRuleSet(JSON.stringify(body.ruleSet), 'candidate'));
    const active = this.compiled(candidate.id);
    const history = await this.decisions.history(candidate.id, {
      from: body.from,
      to: body.to,
      limit: body.limit ?? 10000,
    });
    return simulate(active, candidate, history);
  }

  private compiled(id: string): CompiledRuleSet {
    if (!this.ruleSets.registered().some((registration) => registration.ruleSetId === id)) {
      throw new NotFoundError(`This service has no rule set "${id}"`, 'id');
    }
    return this.ruleSets.current(id);
  }
}
