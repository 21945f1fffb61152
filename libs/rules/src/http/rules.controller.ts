import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { NotFoundError, RejectedError } from '#domain';
import {
  Access,
  AGGREGATE_READERS,
  CurrentPrincipal,
  POLICY_APPROVERS,
  POLICY_AUTHORS,
  type Principal,
} from '#platform';

import { CompiledRuleSet } from '../compiled-rule-set.js';
import { DecisionStore } from '../decisions/decision-store.js';
import { parseRuleSet } from '../load-rule-set.js';
import { ActiveRuleSets, type SubmissionResult } from '../platform/active-rule-sets.js';
import { type RuleSetCandidate, RuleSetCandidatesStore } from '../platform/rule-set-candidates.store.js';
import { type ActivationHistoryEntry, RuleSetStore } from '../platform/rule-set-store.js';
import type { RuleSetDocument } from '../rule-set.js';
import { simulate, type SimulationReport } from '../simulation/simulate.js';
import {
  ApprovalDto,
  CandidateDto,
  CandidateParams,
  CandidatesQuery,
  RejectionDto,
  RollbackDto,
  SimulateDto,
} from './rules.dto.js';

@ApiTags('rules')
@Controller('rules')
export class RulesController {
  constructor(
    @Inject(ActiveRuleSets) private readonly ruleSets: ActiveRuleSets,
    @Inject(RuleSetStore) private readonly store: RuleSetStore,
    @Inject(RuleSetCandidatesStore) private readonly candidates: RuleSetCandidatesStore,
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
      'Submit a candidate: validated (422 with the problems if not) and kept pending until another policy approver approves it',
  })
  async submit(
    @Param('id') id: string,
    @Body() body: CandidateDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubmissionResult> {
    this.compiled(id);
    return this.ruleSets.propose(id, `${JSON.stringify(body.ruleSet, null, 2)}\n`, {
      origin: 'http',
      submittedBy: principal.actor,
      reason: body.reason ?? 'candidate submitted',
    });
  }

  @Get(':id/candidates')
  @Access(POLICY_AUTHORS, { roles: ['auditor'] })
  @ApiOperation({
    summary: 'Candidates of a rule set, newest first: pending ones unless ?status= says otherwise',
  })
  listCandidates(@Param('id') id: string, @Query() query: CandidatesQuery): Promise<RuleSetCandidate[]> {
    this.compiled(id);
    const status = query.status ?? 'pending';
    return this.candidates.list(id, status === 'all' ? undefined : status);
  }

  @Post(':id/candidates/:version/approve')
  @HttpCode(200)
  @Access(POLICY_APPROVERS)
  @ApiOperation({
    summary:
      'Approve a pending candidate (not your own): it becomes the active version in every running instance',
  })
  async approve(
    @Param() { id, version }: CandidateParams,
    @Body() body: ApprovalDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubmissionResult> {
    this.compiled(id);
    return this.ruleSets.approve(id, version, principal.actor, body.reason);
  }

  @Post(':id/candidates/:version/reject')
  @HttpCode(200)
  @Access(POLICY_APPROVERS)
  @ApiOperation({ summary: 'Reject a pending candidate (not your own), with a reason' })
  async reject(
    @Param() { id, version }: CandidateParams,
    @Body() body: RejectionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<{ status: 'rejected'; version: string }> {
    this.compiled(id);
    await this.ruleSets.reject(id, version, principal.actor, body.reason);
    return { status: 'rejected', version };
  }

  @Post(':id/rollback')
  @Access(POLICY_APPROVERS)
  @HttpCode(200)
  @ApiOperation({ summary: 'Activate an earlier version again (a policy approver)' })
  async rollback(
    @Param('id') id: string,
    @Body() body: RollbackDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubmissionResult> {
    this.compiled(id);
    if (!body.version && !body.contentHash)
      throw new RejectedError('Say which version: version or contentHash', 'version');
    const to = {
      ...(body.version === undefined ? {} : { version: body.version }),
      ...(body.contentHash === undefined ? {} : { contentHash: body.contentHash }),
    };
    return this.ruleSets.rollback(id, to, principal.actor, body.reason);
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
