import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each escalation's raising and resolution as delivered (or not yet) to UDI's system's webhook. */
export class EscalationDeliveries1765020000000 implements MigrationInterface {
  name = 'EscalationDeliveries1765020000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE escalation_deliveries (
        escalation_id  uuid NOT NULL,
        kind           text NOT NULL CHECK (kind IN ('raised', 'resolved')),
        status         text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts       integer NOT NULL DEFAULT 0,
        last_error     text,
        delivered_at   timestamptz,
        created_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (escalation_id, kind)
      )`);
    await runner.query(
      `CREATE INDEX escalation_deliveries_pending ON escalation_deliveries (created_at) WHERE status = 'pending'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE escalation_deliveries');
  }
}
