import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

import { Access, CurrentPrincipal, type Principal } from '#platform';

import { CsvFormatQuery } from '../csv-format.query.js';
import { sendCsv } from '../csv-response.js';
import { distributionCsv } from './distribution/distribution-csv.js';
import { DistributeDto, IssueDto, toCountyRecommendation } from './requests.dto.js';
import type { StoredDistribution } from './requests.repository.js';
import { DistributeRequests, type DistributionAnswer } from './use-cases/distribute-requests.js';
import { DistributionById } from './use-cases/distribution-by-id.js';
import { IssueDistribution } from './use-cases/issue-distribution.js';
import { IssuedRequests } from './use-cases/issued-requests.js';

@ApiTags('requests to municipalities')
@Controller('settlement/requests')
export class RequestsController {
  constructor(
    @Inject(DistributeRequests) private readonly distributeRequests: DistributeRequests,
    @Inject(IssueDistribution) private readonly issueDistribution: IssueDistribution,
    @Inject(DistributionById) private readonly distributionById: DistributionById,
    @Inject(IssuedRequests) private readonly issuedRequests: IssuedRequests,
  ) {}

  @Post('distribute')
  @ApiOperation({
    summary:
      'Split the need into requests by the criteria (a draft until issued); with candidate criteria, the difference per municipality too',
  })
  @Access('policy-author', 'policy-approver')
  distribute(
    @Body() body: DistributeDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DistributionAnswer> {
    return this.distributeRequests.execute({
      year: body.year,
      draftedBy: principal.actor,
      total: body.total,
      em: body.em,
      emUnder15: body.emUnder15,
      em15To18: body.em15To18,
      candidateCriteria: body.criteria,
      countyRecommendations: body.countyRecommendations?.map(toCountyRecommendation),
      countyTargets: body.countyTargets,
    });
  }

  @Get('distributions/:id')
  @ApiOperation({ summary: 'A distribution, draft or issued, with every figure explained' })
  distribution(@Param('id', ParseUUIDPipe) id: string): Promise<StoredDistribution> {
    return this.distributionById.execute(id);
  }

  @Post('distributions/:id/issue')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Issue a draft (a policy approver, not its author; from the criteria in force): it becomes the year's requests and each municipality gets settlement.request.issued. A year with issued requests needs replaces and a reason",
  })
  @Access('policy-approver')
  issue(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: IssueDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StoredDistribution> {
    return this.issueDistribution.execute(id, {
      issuer: principal.actor,
      ...(body.replaces === undefined ? {} : { replaces: body.replaces }),
      ...(body.reason === undefined ? {} : { reason: body.reason }),
    });
  }

  @Get(':year')
  @ApiOperation({
    summary:
      'The issued requests for a year; ?format=csv for kommunenummer, kommunenavn, fylkesnummer, requested, of_which_em, em_under_15, em_15_to_18 (&dialect=excel-no for Excel)',
  })
  async issued(
    @Param('year', ParseIntPipe) year: number,
    @Query() query: CsvFormatQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StoredDistribution | string> {
    const distribution = await this.issuedRequests.execute(year);
    if (query.format !== 'csv') return distribution;
    return sendCsv(response, `requests-${year}.csv`, distributionCsv(distribution, query.dialect));
  }
}
