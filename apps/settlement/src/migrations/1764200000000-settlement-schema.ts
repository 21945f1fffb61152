import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SettlementSchema1764200000000 implements MigrationInterface {
  name = 'SettlementSchema1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE counties (county_number char(2) PRIMARY KEY, name text NOT NULL)`);
    await runner.query(`
      CREATE TABLE municipalities (
        municipality_number  char(4) PRIMARY KEY,
        name                 text NOT NULL,
        county_number        char(2) NOT NULL REFERENCES counties (county_number),
        population           integer NOT NULL CHECK (population >= 0)
      )`);
    await runner.query(`
      CREATE TABLE settlement_figures (
        year                 integer NOT NULL,
        municipality_number  char(4) NOT NULL REFERENCES municipalities (municipality_number),
        requested            integer,
        decided              integer,
        settled              integer,
        source               text NOT NULL,
        PRIMARY KEY (year, municipality_number)
      )`);
    await runner.query(`
      CREATE TABLE indicators (
        municipality_number  char(4) NOT NULL REFERENCES municipalities (municipality_number),
        fact                 text NOT NULL,
        value                jsonb NOT NULL,
        supplied_by          text NOT NULL,
        supplied_at          timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (municipality_number, fact)
      )`);
    await runner.query(`
      CREATE TABLE need_estimates (
        estimate_id    bigserial PRIMARY KEY,
        year           integer NOT NULL,
        total          integer NOT NULL,
        em_under_15    integer NOT NULL,
        em_15_to_18    integer NOT NULL,
        source         text NOT NULL,
        estimated_on   date NOT NULL,
        recorded_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX need_estimates_by_year ON need_estimates (year, estimated_on, estimate_id)`,
    );
    await runner.query(`
      CREATE TABLE distributions (
        distribution_id   uuid PRIMARY KEY,
        year              integer NOT NULL,
        total             integer NOT NULL,
        em                integer NOT NULL,
        method            text NOT NULL,
        rule_set_id       text NOT NULL,
        rule_set_version  text NOT NULL,
        content_hash      text NOT NULL,
        candidate         boolean NOT NULL,
        based_on_estimate bigint REFERENCES need_estimates (estimate_id),
        status            text NOT NULL CHECK (status IN ('draft', 'issued', 'superseded')),
        result            jsonb NOT NULL,
        computed_at       timestamptz NOT NULL,
        issued_at         timestamptz,
        issued_by         text
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX distributions_one_issued ON distributions (year) WHERE status = 'issued'`,
    );
    await runner.query(`
      CREATE TABLE municipal_decisions (
        decision_id          bigserial PRIMARY KEY,
        year                 integer NOT NULL,
        municipality_number  char(4) NOT NULL REFERENCES municipalities (municipality_number),
        total                integer NOT NULL CHECK (total >= 0),
        em                   integer NOT NULL CHECK (em >= 0),
        decided_on           date NOT NULL,
        recorded_at          timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX municipal_decisions_latest ON municipal_decisions (year, municipality_number, decided_on DESC, decision_id DESC)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'municipal_decisions',
      'distributions',
      'need_estimates',
      'indicators',
      'settlement_figures',
      'municipalities',
      'counties',
    ]) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
