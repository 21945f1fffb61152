import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { Access, AGGREGATE_READERS, CASEWORKERS, CurrentPrincipal, type Principal } from '#platform';

import { AsOfQuery } from '../as-of.query.js';
import { PersonWaitingTime, type PersonWithWaitingTime } from './use-cases/person-waiting-time.js';
import { WaitingSummary, type WaitingSummaryAnswer } from './use-cases/waiting-summary.js';

@ApiTags('settlement-ready people')
@Controller('settlement')
export class PeopleController {
  constructor(
    @Inject(WaitingSummary) private readonly waitingSummary: WaitingSummary,
    @Inject(PersonWaitingTime) private readonly personWaitingTime: PersonWaitingTime,
  ) {}

  @Get('waiting')
  @Access(...AGGREGATE_READERS)
  @ApiOperation({
    summary:
      "People waiting to be settled and how many are past their target (the escalation rules' waiting targets in force)",
  })
  waiting(@Query() query: AsOfQuery): Promise<WaitingSummaryAnswer> {
    return this.waitingSummary.execute(query.asOf);
  }

  @Get('persons/:personId')
  @Access(CASEWORKERS)
  @ApiOperation({ summary: "A person's waiting time against the target (every read is audited)" })
  person(
    @Param('personId') personId: string,
    @Query() query: AsOfQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PersonWithWaitingTime> {
    return this.personWaitingTime.execute(personId, principal.actor, query.asOf);
  }
}
