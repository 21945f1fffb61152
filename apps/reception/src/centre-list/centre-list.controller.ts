import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';

import { todayOf } from '#domain';
import { Access } from '#platform';

import { CentreListDto } from './centre-list.dto.js';
import { type CentreListImport, ImportCentreList } from './use-cases/import-centre-list.js';

@ApiTags('ingestion')
@Controller('reception')
export class CentreListController {
  constructor(@Inject(ImportCentreList) private readonly importList: ImportCentreList) {}

  @Post('centre-list')
  @HttpCode(200)
  @Access({ roles: ['integrator', 'caseworker'], agencies: ['UDI'] })
  @ApiConsumes('text/csv', 'application/json')
  @ApiOperation({
    summary: "Imports UDI's daily centre list (text/csv with ?date=, or JSON { csv, date })",
    description:
      'Differences against the centres as registered become events (registered, capacity changed, status ' +
      'changed); the same file imported again changes nothing. Rows that cannot be used are answered with ' +
      'their line and what is wrong; the other rows still count.',
  })
  execute(@Body() body: CentreListDto): Promise<CentreListImport> {
    return this.importList.execute(body.csv, body.date ?? todayOf());
  }
}
