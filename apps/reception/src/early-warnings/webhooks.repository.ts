import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Where a host municipality's early warnings go, and its signing secret, sealed (see WebhookSecrets). */
export interface StoredWebhook {
  url: string;
  /** Null for a webhook set before deliveries were signed: it must be set again. */
  sealedSecret: string | null;
}

/** The `host_municipality_webhooks` table: where each host municipality's early warnings are delivered. */
@Injectable()
export class WebhooksRepository {
  async find(transaction: EntityManager, municipalityNumber: string): Promise<StoredWebhook | undefined> {
    const rows = await transaction.query<{ url: string; signing_secret: string | null }[]>(
      `SELECT url, signing_secret FROM host_municipality_webhooks WHERE municipality_number = $1`,
      [municipalityNumber],
    );
    return rows[0] && { url: rows[0].url, sealedSecret: rows[0].signing_secret };
  }

  async set(
    transaction: EntityManager,
    municipalityNumber: string,
    url: string,
    updatedBy: string,
    sealedSecret: string,
  ): Promise<void> {
    await transaction.query(
      `INSERT INTO host_municipality_webhooks (municipality_number, url, updated_by, signing_secret) VALUES ($1, $2, $3, $4)
       ON CONFLICT (municipality_number) DO UPDATE
       SET url = EXCLUDED.url, updated_by = EXCLUDED.updated_by, signing_secret = EXCLUDED.signing_secret, updated_at = now()`,
      [municipalityNumber, url, updatedBy, sealedSecret],
    );
  }
}
