import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';

import { EventIngestion, type IngestionAnswer, ingestionAnswerOf, ingestionBatchOf } from '#messaging';
import { Access } from '#platform';

/**
 * The way in for UDI's systems that cannot produce to Kafka: a batch of CloudEvents, each answered on its own.
 */
@ApiTags('ingestion')
@Controller('reception')
export class IngestionController {
  constructor(@Inject(EventIngestion) private readonly ingestion: EventIngestion) {}

  @Post('ingest')
  @HttpCode(200)
  @Access({ roles: ['integrator'], agencies: ['UDI'] })
  @ApiOperation({
    summary:
      "Events from UDI's systems: a JSON array of 1 to 100 CloudEvents (structured mode, specversion 1.0)",
    description:
      "Each event is validated against its schema, must be of a type UDI's systems publish and have a source under " +
      "/udi/, and is written through the outbox to its topic. Answers 200 with each event's outcome in order: " +
      'accepted, duplicate (its source and id were posted before) or rejected with the reason.',
  })
  @ApiBody({ schema: { type: 'array', maxItems: 100, items: { type: 'object' } } })
  async ingest(@Body() body: unknown): Promise<IngestionAnswer> {
    return ingestionAnswerOf(await this.ingestion.ingest("UDI's systems", ingestionBatchOf(body)));
  }
}
