import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  UnprocessableEntityException,
} from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RuleSetValidationError } from '#rules';
import { DistributeRequests, NoNeedError } from './distribute-requests.js';
import { DistributionError } from './distribution/compute-distribution.js';
import { distributionCsv, InputError, parseIndicatorsCsv } from './distribution/distribution-inputs.js';
import { DistributionNotIssuableError, IssueDistribution } from './issue-distribution.js';
import { DistributeDto, IndicatorsDto, IssueDto } from './requests.dto.js';
import { RequestsRepository, type StoredDistribution } from './requests.repository.js';
import { ReferenceDataRepository } from '../reference-data/reference-data.repository.js';
import { ActiveRuleSets } from '#rules';
import { REQUEST_CRITERIA } from './distribute-requests.js';
import { MATCHING_RULES } from '../matching/matching.service.js';

function asHttpError(error: unknown): never {
  if (error instanceof RuleSetValidationError)
    throw new UnprocessableEntityException({
      message: 'The candidate criteria were refused',
      problems: error.problems,
    });
  if (error instanceof DistributionError || error instanceof NoNeedError || error instanceof InputError)
    throw new UnprocessableEntityException(error.message);
  if (error instanceof DistributionNotIssuableError) throw new UnprocessableEntityException(error.message);
  throw error;
}

@ApiTags('requests to municipalities')
@Controller('settlement')
export class RequestsController {
  constructor(
    @Inject(DistributeRequests) private readonly distribute: DistributeRequests,
    @Inject(IssueDistribution) private readonly issue: IssueDistribution,
    @Inject(RequestsRepository) private readonly requests: RequestsRepository,
    @Inject(ReferenceDataRepository) private readonly reference: ReferenceDataRepository,
    @Inject(ActiveRuleSets) private readonly ruleSets: ActiveRuleSets,
  ) {}

  @Post('requests/distribute')
  @ApiOperation({
    summary:
      'Split the need into requests by the criteria (a draft until issued); with candidate criteria, the difference per municipality too',
  })
  distributeNeed(@Body() body: DistributeDto): Promise<StoredDistribution> {
    return this.distribute
      .execute({
        year: body.year,
        total: body.total,
        em: body.em,
        candidateCriteria: body.criteria,
        countyRecommendations: body.countyRecommendations,
      })
      .catch(asHttpError);
  }

  @Get('requests/distributions/:id')
  @ApiOperation({ summary: 'A distribution, draft or issued, with every figure explained' })
  async getDistribution(@Param('id', ParseUUIDPipe) id: string): Promise<StoredDistribution> {
    const distribution = await this.requests.get(id);
    if (!distribution) throw new NotFoundException(`No distribution ${id}`);
    return distribution;
  }

  @Post('requests/distributions/:id/issue')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Issue a draft: it becomes the year's requests and each municipality gets settlement.request.issued",
  })
  issueDistribution(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: IssueDto,
  ): Promise<StoredDistribution> {
    return this.issue.execute(id, body.issuedBy).catch(asHttpError);
  }

  @Get('requests/:year')
  @ApiOperation({
    summary:
      'The issued requests for a year; ?format=csv for kommunenummer, kommunenavn, fylkesnummer, requested, of_which_em',
  })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  async issuedRequests(
    @Param('year', ParseIntPipe) year: number,
    @Query('format') format: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StoredDistribution | string> {
    if (format !== undefined && !['json', 'csv'].includes(format))
      throw new BadRequestException('format must be json or csv');
    const distribution = await this.requests.issued(year);
    if (!distribution) throw new NotFoundException(`No requests have been issued for ${year}`);
    if (format !== 'csv') return distribution;
    response.setHeader('content-type', 'text/csv; charset=utf-8');
    response.setHeader('content-disposition', `attachment; filename="requests-${year}.csv"`);
    return distributionCsv(distribution);
  }

  @Post('indicators')
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'Supply municipality indicators the criteria use (CSV); empty cells stay missing',
  })
  async supplyIndicators(@Body() body: IndicatorsDto): Promise<{ values: number }> {
    const reference = await this.reference.read();
    const known = new Set(reference.municipalities.map((municipality) => municipality.number));
    try {
      const facts = [REQUEST_CRITERIA, MATCHING_RULES].flatMap(
        (id) => this.ruleSets.current(id).loaded.document.facts,
      );
      const indicators = parseIndicatorsCsv(body.csv, facts, known);
      return { values: await this.reference.saveIndicators(indicators, body.suppliedBy) };
    } catch (error) {
      asHttpError(error);
    }
  }
}
