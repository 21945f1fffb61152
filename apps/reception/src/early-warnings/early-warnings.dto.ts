import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsUrl, Matches, MaxLength } from 'class-validator';

export class WebhookDto {
  @ApiProperty({ example: 'https://kommune.example/reception-warnings' })
  @IsUrl(
    { require_tld: false, protocols: ['http', 'https'], require_protocol: true },
    { message: 'url must be an http(s) address' },
  )
  @MaxLength(2000)
  url!: string;
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
