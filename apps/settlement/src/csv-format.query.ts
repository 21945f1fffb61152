import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

import { CSV_DIALECTS, type CsvDialect } from './csv.js';

/** `?format=csv` for a spreadsheet instead of JSON; `&dialect=excel-no` for Excel with Norwegian settings. */
export class CsvFormatQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'] })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'format must be json or csv' })
  format?: 'json' | 'csv';

  @ApiPropertyOptional({
    enum: CSV_DIALECTS,
    description:
      'rfc4180 (default): commas, LF; excel-no: UTF-8 BOM, semicolons, decimal commas, CRLF (opens in Excel with ø and å)',
  })
  @IsOptional()
  @IsIn(CSV_DIALECTS, { message: `dialect must be one of ${CSV_DIALECTS.join(', ')}` })
  dialect?: CsvDialect;
}
