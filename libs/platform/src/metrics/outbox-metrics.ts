import { Inject, Injectable } from '@nestjs/common';
import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

import { readAtScrape } from './scrape-time.js';

interface Backlog {
  unsent: number;
  ageSeconds: number;
}

/** The outbox's backlog, read from the service's schema at each scrape: how many events wait, and how long. */
@Injectable()
export class OutboxMetrics {
  /** One query per scrape, shared by both gauges (a registry collects its metrics concurrently). */
  private reading?: Promise<Backlog>;

  constructor(
    @Inject(Registry) registry: Registry,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {
    const backlog = () => this.backlog();
    new Gauge({
      name: 'outbox_unsent_events',
      help: 'Events written to the outbox and not yet sent to Kafka',
      registers: [registry],
      async collect() {
        await readAtScrape('outbox backlog', async () => this.set((await backlog()).unsent));
      },
    });
    new Gauge({
      name: 'outbox_oldest_unsent_age_seconds',
      help: 'How long the oldest event not yet sent to Kafka has waited in the outbox (0 when none waits)',
      registers: [registry],
      async collect() {
        await readAtScrape('outbox age', async () => this.set((await backlog()).ageSeconds));
      },
    });
  }

  private backlog(): Promise<Backlog> {
    this.reading ??= this.dataSource
      .query<{ unsent: number; age: number | null }[]>(
        `SELECT count(*)::int AS unsent, extract(epoch FROM now() - min(created_at))::float8 AS age
         FROM outbox WHERE published_at IS NULL`,
      )
      .then(([row]) => ({ unsent: row.unsent, ageSeconds: Math.max(0, row.age ?? 0) }))
      .finally(() => (this.reading = undefined));
    return this.reading;
  }
}
