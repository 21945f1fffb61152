import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { NotFoundError } from '#domain';
import { Access, AGGREGATE_READERS } from '#platform';

import { DecisionStore } from '../decisions/decision-store.js';
import { type DecisionExplanation, explainDecision, reevaluate } from '../decisions/explain-decision.js';
import { RuleSetStore } from '../platform/rule-set-store.js';
import { DecisionIdDto } from './rules.dto.js';

@ApiTags('decisions')
@Controller('decisions')
export class DecisionsController {
  constructor(
    @Inject(DecisionStore) private readonly decisions: DecisionStore,
    @Inject(RuleSetStore) private readonly store: RuleSetStore,
  ) {}

  @Get(':id/explanation')
  @Access(...AGGREGATE_READERS)
  @ApiOperation({
    summary:
      'Why a decision came out as it did: the version, the facts, and each condition with its result, in words',
  })
  async explanation(
    @Param() { id }: DecisionIdDto,
  ): Promise<DecisionExplanation & { reproducible: boolean }> {
    const record = await this.decisions.get(id);
    if (!record) throw new NotFoundError(`No decision ${id}`, 'id');
    const version = await this.store.version(record.ruleSet.id, { contentHash: record.ruleSet.contentHash });
    const again = version ? await reevaluate(record, version.content) : { same: false };
    return { ...explainDecision(record), reproducible: again.same };
  }
}
