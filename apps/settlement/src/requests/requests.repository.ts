import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { AuditActor } from '#platform';

import type { NeedComponents } from '../need/need-components.js';
import type { Distribution } from './distribution/distribution.js';

export type DistributionStatus = 'draft' | 'issued' | 'superseded';

/** What a municipality was asked for in the year's issued requests. */
export interface IssuedRequest {
  municipalityNumber: string;
  requested: number;
  em: number;
  /** Of em, by age band; null in distributions issued before the bands were split. */
  emUnder15?: number | null;
  em15To18?: number | null;
}

/** The year's issued distribution in figures: what the national triggers compare the need and decisions with. */
export interface IssuedSummary {
  total: number;
  /** Null when the distribution was made without an EM figure (unknown, not 0). */
  em: number | null;
  emUnder15?: number | null;
  em15To18?: number | null;
  /** Municipalities asked for at least one person. */
  municipalitiesAsked: number;
  /**
   * The need's components the distribution was made for: residents with a permit, expected permits and the quota
   * of the estimate it was made from (none when made from given figures), and its own minors by age band.
   */
  basedOn?: NeedComponents;
}

interface SummaryRow {
  total: number;
  em: number | null;
  em_under_15: string | null;
  em_15_to_18: string | null;
  asked: string;
  residents_with_permit: number | null;
  expected_permits: number | null;
  resettlement_quota: number | null;
}

const orNull = (value: string | null) => (value === null ? null : Number(value));

export interface StoredDistribution extends Distribution {
  distributionId: string;
  status: DistributionStatus;
  candidate: boolean;
  basedOnEstimate: number | null;
  issuedAt: string | null;
  /** The token subject (a pseudonymous id) of the policy approver who issued it. */
  issuedBy: string | null;
  /** That approver's display name, as their token gave it. */
  issuedByName: string | null;
  /** Who drafted it (from the token); null for drafts made before this was recorded. */
  draftedBy: AuditActor | null;
  /** The distribution of the same year whose issued requests this one replaced. */
  replaces: string | null;
  /** Why it replaced them. */
  issueReason: string | null;
}

/** How a draft becomes the year's requests: by whom, and what it replaces and why. */
export interface Issuing {
  issuer: AuditActor;
  replaces: string | null;
  reason: string | null;
}

interface DistributionRow {
  distribution_id: string;
  status: DistributionStatus;
  candidate: boolean;
  based_on_estimate: string | null;
  result: Distribution;
  issued_at: Date | null;
  issued_by: string | null;
  issued_by_name: string | null;
  drafted_by: string | null;
  drafted_by_name: string | null;
  replaces: string | null;
  issue_reason: string | null;
}

const toStored = (row: DistributionRow): StoredDistribution => ({
  ...row.result,
  distributionId: row.distribution_id,
  status: row.status,
  candidate: row.candidate,
  basedOnEstimate: row.based_on_estimate === null ? null : Number(row.based_on_estimate),
  issuedAt: row.issued_at?.toISOString() ?? null,
  issuedBy: row.issued_by,
  issuedByName: row.issued_by_name,
  draftedBy:
    row.drafted_by === null ? null : { subject: row.drafted_by, displayName: row.drafted_by_name ?? '' },
  replaces: row.replaces,
  issueReason: row.issue_reason,
});

@Injectable()
export class RequestsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async saveDraft(
    transaction: EntityManager,
    distributionId: string,
    distribution: Distribution,
    candidate: boolean,
    basedOnEstimate: number | null,
    draftedBy: AuditActor,
  ): Promise<void> {
    await transaction.query(
      `INSERT INTO distributions (distribution_id, year, total, em, method, rule_set_id, rule_set_version, content_hash,
         candidate, based_on_estimate, status, result, computed_at, drafted_by, drafted_by_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'draft', $11, $12, $13, $14)`,
      [
        distributionId,
        distribution.year,
        distribution.total,
        distribution.em,
        distribution.method,
        distribution.ruleSet.id,
        distribution.ruleSet.version,
        distribution.ruleSet.contentHash,
        candidate,
        basedOnEstimate,
        JSON.stringify(distribution),
        distribution.computedAt,
        draftedBy.subject,
        draftedBy.displayName,
      ],
    );
  }

  async get(
    distributionId: string,
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<StoredDistribution | undefined> {
    const rows = await transaction.query<DistributionRow[]>(
      `SELECT * FROM distributions WHERE distribution_id = $1`,
      [distributionId],
    );
    return rows[0] ? toStored(rows[0]) : undefined;
  }

  async issued(
    year: number,
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<StoredDistribution | undefined> {
    const rows = await transaction.query<DistributionRow[]>(
      `SELECT * FROM distributions WHERE year = $1 AND status = 'issued'`,
      [year],
    );
    return rows[0] ? toStored(rows[0]) : undefined;
  }

  /** The figures of the year's issued distribution, without reading its explanations. */
  async issuedSummary(
    year: number,
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<IssuedSummary | undefined> {
    const [row] = await transaction.query<SummaryRow[]>(
      `SELECT d.total, d.em, d.result->>'emUnder15' AS em_under_15, d.result->>'em15To18' AS em_15_to_18,
         (SELECT count(*) FROM jsonb_array_elements(d.result->'municipalities') r WHERE (r->>'requested')::int > 0) AS asked,
         e.residents_with_permit, e.expected_permits, e.resettlement_quota
       FROM distributions d LEFT JOIN need_estimates e ON e.estimate_id = d.based_on_estimate
       WHERE d.year = $1 AND d.status = 'issued'`,
      [year],
    );
    if (!row) return undefined;
    const emUnder15 = orNull(row.em_under_15);
    const em15To18 = orNull(row.em_15_to_18);
    const basedOn = Object.fromEntries(
      Object.entries({
        residentsWithPermit: row.residents_with_permit,
        expectedPermits: row.expected_permits,
        resettlementQuota: row.resettlement_quota,
        emUnder15,
        em15To18,
      }).filter(([, value]) => value !== null),
    ) as NeedComponents;
    return {
      total: row.total,
      em: row.em,
      emUnder15,
      em15To18,
      municipalitiesAsked: Number(row.asked),
      basedOn,
    };
  }

  /** Each municipality's request in the year's issued distribution; none when nothing is issued. */
  async issuedPerMunicipality(year: number): Promise<IssuedRequest[]> {
    const rows = await this.dataSource.query<
      {
        municipality_number: string;
        requested: number;
        requested_em: number;
        em_under_15: number | null;
        em_15_to_18: number | null;
      }[]
    >(
      `SELECT (r->>'kommunenummer') AS municipality_number, (r->>'requested')::int AS requested, (r->>'em')::int AS requested_em,
         (r->>'emUnder15')::int AS em_under_15, (r->>'em15To18')::int AS em_15_to_18
       FROM distributions d, jsonb_array_elements(d.result->'municipalities') r
       WHERE d.year = $1 AND d.status = 'issued'`,
      [year],
    );
    return rows.map((row) => ({
      municipalityNumber: row.municipality_number,
      requested: row.requested,
      em: row.requested_em,
      emUnder15: row.em_under_15,
      em15To18: row.em_15_to_18,
    }));
  }

  /** Marks a draft issued and the year's previously issued distribution superseded. */
  async markIssued(
    transaction: EntityManager,
    distribution: StoredDistribution,
    issuing: Issuing,
  ): Promise<void> {
    await transaction.query(
      `UPDATE distributions SET status = 'superseded' WHERE year = $1 AND status = 'issued'`,
      [distribution.year],
    );
    await transaction.query(
      `UPDATE distributions SET status = 'issued', issued_at = now(), issued_by = $2, issued_by_name = $3,
         replaces = $4, issue_reason = $5
       WHERE distribution_id = $1`,
      [
        distribution.distributionId,
        issuing.issuer.subject,
        issuing.issuer.displayName,
        issuing.replaces,
        issuing.reason,
      ],
    );
  }

  async lock(transaction: EntityManager, year: number): Promise<void> {
    await transaction.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`distribution:${year}`]);
  }
}
