import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The `host_municipality_webhooks` table: where each host municipality's early warnings are delivered. */
@Injectable()
export class WebhooksRepository {
  async urlOf(transaction: EntityManager, municipalityNumber: string): Promise<string | undefined> {
    const rows = await transaction.query<{ url: string }[]>(
      `SELECT url FROM host_municipality_webhooks WHERE municipality_number = $1`,
      [municipalityNumber],
    );
    return rows[0]?.url;
  }

  async set(
    transaction: EntityManager,
    municipalityNumber: string,
    url: string,
    updatedBy: string,
  ): Promise<void> {
    await transaction.query(
      `INSERT INTO host_municipality_webhooks (municipality_number, url, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (municipality_number) DO UPDATE SET url = EXCLUDED.url, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [municipalityNumber, url, updatedBy],
    );
  }
}
