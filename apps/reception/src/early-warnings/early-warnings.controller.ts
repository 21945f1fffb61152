import { Body, Controller, Get, Inject, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiQuery, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUrl, Matches } from 'class-validator';
import { EarlyWarningsRepository, type EarlyWarningRecord } from './early-warnings.repository.js';

export class WebhookDto {
  @ApiProperty({ example: 'https://kommune.example/reception-warnings' })
  @IsUrl(
    { require_tld: false, protocols: ['http', 'https'], require_protocol: true },
    { message: 'url must be an http(s) address' },
  )
  url!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  updatedBy!: string;
}

export class MunicipalityParam {
  @Matches(/^\d{4}$/, { message: 'municipalityNumber must be a four-digit municipality number' })
  municipalityNumber!: string;
}

export class WarningsQuery {
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'municipality must be a four-digit municipality number' })
  municipality?: string;
}

@ApiTags('early warnings')
@Controller('reception')
export class EarlyWarningsController {
  constructor(@Inject(EarlyWarningsRepository) private readonly warnings: EarlyWarningsRepository) {}

  @Put('host-municipalities/:municipalityNumber/webhook')
  @ApiOperation({ summary: "Where a host municipality's early warnings are delivered" })
  async setWebhook(
    @Param() { municipalityNumber }: MunicipalityParam,
    @Body() body: WebhookDto,
  ): Promise<{ municipalityNumber: string; url: string }> {
    await this.warnings.setWebhook(municipalityNumber, body.url, body.updatedBy);
    return { municipalityNumber, url: body.url };
  }

  @Get('early-warnings')
  @ApiOperation({ summary: 'Early warnings to host municipalities with their delivery status, newest first' })
  @ApiQuery({ name: 'municipality', required: false })
  list(@Query() query: WarningsQuery): Promise<EarlyWarningRecord[]> {
    return this.warnings.list(query.municipality);
  }
}
