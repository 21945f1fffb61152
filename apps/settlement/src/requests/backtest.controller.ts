import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { Access, POLICY_AUTHORS } from '#platform';

import type { BacktestReport } from './backtest/backtest.js';
import { BacktestDto } from './requests.dto.js';
import { RunBacktest } from './use-cases/run-backtest.js';

@ApiTags('requests to municipalities')
@Controller('settlement/backtests')
export class BacktestController {
  constructor(@Inject(RunBacktest) private readonly runBacktest: RunBacktest) {}

  @Post()
  @HttpCode(200)
  @Access(POLICY_AUTHORS, { roles: ['analyst'] })
  @ApiOperation({
    summary:
      "Apply the criteria (active or candidate) to one year's figures and compare with IMDi's published requests of the next: r, Spearman ρ, MAE, largest differences, per county, municipalities asked; carrying over last year's requests beside it",
  })
  run(@Body() body: BacktestDto): Promise<BacktestReport> {
    return this.runBacktest.execute({
      from: body.from,
      to: body.to,
      candidateCriteria: body.criteria,
      countyTargets: body.countyTargets,
    });
  }
}
