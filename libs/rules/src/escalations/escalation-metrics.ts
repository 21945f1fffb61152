import { Gauge, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

/** Open escalations by rule and severity, counted in the service's schema at each scrape. */
export function registerEscalationMetrics(registry: Registry, dataSource: DataSource): void {
  new Gauge({
    name: 'escalations_open',
    help: 'Escalations raised and not yet resolved, by rule and severity',
    labelNames: ['rule', 'severity'],
    registers: [registry],
    async collect() {
      const rows = await dataSource
        .query<{ rule: string; severity: string; open: number }[]>(
          `SELECT rule_name AS rule, severity, count(*)::int AS open FROM escalations
           WHERE status = 'open' GROUP BY rule_name, severity`,
        )
        .catch(() => undefined); // the database is away: readiness says so; the scrape goes on without this
      if (!rows) return;
      this.reset();
      for (const row of rows) this.set({ rule: row.rule, severity: row.severity }, row.open);
    },
  });
}
