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

import {
  Access,
  AGGREGATE_READERS,
  COUNTY_STAFF,
  CurrentPrincipal,
  MUNICIPALITY_STAFF,
  MunicipalScope,
  POLICY_APPROVERS,
  POLICY_AUTHORS,
  type Principal,
} from '#platform';

import { CsvFormatQuery } from '../csv-format.query.js';
import { sendCsv } from '../csv-response.js';
import { distributionIn } from '../municipal-scope.js';
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
  @Access(POLICY_AUTHORS)
  @ApiOperation({
    summary:
      'Split the need into requests by the criteria (a draft until issued); with candidate criteria, the difference per municipality too',
  })
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
  @Access(...AGGREGATE_READERS)
  @ApiOperation({ summary: 'A distribution, draft or issued, with every figure explained' })
  distribution(@Param('id', ParseUUIDPipe) id: string): Promise<StoredDistribution> {
    return this.distributionById.execute(id);
  }

  @Post('distributions/:id/issue')
  @Access(POLICY_APPROVERS)
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Issue a draft (a policy approver, not its author; from the criteria in force): it becomes the year's requests and each municipality gets settlement.request.issued. A year with issued requests needs replaces and a reason",
  })
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
  @Access(...AGGREGATE_READERS, MUNICIPALITY_STAFF, COUNTY_STAFF)
  @ApiOperation({
    summary:
      'The issued requests for a year; ?format=csv for kommunenummer, kommunenavn, fylkesnummer, requested, of_which_em, em_under_15, em_15_to_18 (&dialect=excel-no for Excel)',
  })
  async issued(
    @Param('year', ParseIntPipe) year: number,
    @Query() query: CsvFormatQuery,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StoredDistribution | string> {
    const distribution = distributionIn(
      await this.issuedRequests.execute(year),
      MunicipalScope.of(principal),
    );
    if (query.format !== 'csv') return distribution;
    return sendCsv(response, `requests-${year}.csv`, distributionCsv(distribution, query.dialect));
  }
}
