import { BadRequestException } from '@nestjs/common';

import type { IngestionResult } from './event-ingestion.js';

/** The most events one ingestion request may carry (the JSON body is limited to 100 kB too). */
export const MAX_INGESTION_BATCH = 100;

/** The answer to an ingestion request: counts, and each event's outcome in the order posted. */
export interface IngestionAnswer {
  accepted: number;
  duplicates: number;
  rejected: number;
  results: IngestionResult[];
}

/** The posted batch: a JSON array of 1 to 100 CloudEvents (structured mode); anything else is a 400. */
export function ingestionBatchOf(body: unknown): unknown[] {
  if (!Array.isArray(body)) {
    throw new BadRequestException('body must be a JSON array of CloudEvents (structured mode)');
  }
  if (body.length === 0 || body.length > MAX_INGESTION_BATCH) {
    throw new BadRequestException(`body must hold 1 to ${MAX_INGESTION_BATCH} events, not ${body.length}`);
  }
  return body as unknown[];
}

export function ingestionAnswerOf(results: IngestionResult[]): IngestionAnswer {
  const count = (outcome: IngestionResult['outcome']) =>
    results.filter((result) => result.outcome === outcome).length;
  return {
    accepted: count('accepted'),
    duplicates: count('duplicate'),
    rejected: count('rejected'),
    results,
  };
}
