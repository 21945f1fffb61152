import type { DataSource, EntityManager } from 'typeorm';

import type { AuditActor } from '#platform';

export type CandidateStatus = 'pending' | 'approved' | 'rejected';

export interface RuleSetCandidate {
  candidateId: string;
  ruleSetId: string;
  version: string;
  contentHash: string;
  origin: string;
  submittedBy: AuditActor;
  submittedAt: string;
  status: CandidateStatus;
  decidedBy: AuditActor | null;
  decidedAt: string | null;
  reason: string | null;
}

export interface StoredCandidate extends RuleSetCandidate {
  content: string;
}

interface CandidateRow {
  candidate_id: string;
  rule_set_id: string;
  version: string;
  content_hash: string;
  content: string;
  origin: string;
  submitted_by: string;
  submitted_by_name: string;
  submitted_at: Date;
  status: CandidateStatus;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  reason: string | null;
}

const toCandidate = (row: CandidateRow): StoredCandidate => ({
  candidateId: row.candidate_id,
  ruleSetId: row.rule_set_id,
  version: row.version,
  contentHash: row.content_hash,
  content: row.content,
  origin: row.origin,
  submittedBy: { subject: row.submitted_by, displayName: row.submitted_by_name },
  submittedAt: row.submitted_at.toISOString(),
  status: row.status,
  decidedBy:
    row.decided_by === null ? null : { subject: row.decided_by, displayName: row.decided_by_name ?? '' },
  decidedAt: row.decided_at?.toISOString() ?? null,
  reason: row.reason,
});

/** Candidate rule sets waiting for (or past) a policy approver's decision. */
export class RuleSetCandidatesStore {
  constructor(private readonly dataSource: DataSource) {}

  async add(
    transaction: EntityManager,
    candidate: Pick<StoredCandidate, 'ruleSetId' | 'version' | 'contentHash' | 'content' | 'origin'> & {
      submittedBy: AuditActor;
    },
  ): Promise<void> {
    await transaction.query(
      `INSERT INTO rule_set_candidates (rule_set_id, version, content_hash, content, origin, submitted_by, submitted_by_name, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending')`,
      [
        candidate.ruleSetId,
        candidate.version,
        candidate.contentHash,
        candidate.content,
        candidate.origin,
        candidate.submittedBy.subject,
        candidate.submittedBy.displayName,
      ],
    );
  }

  /** The pending candidate of that version, else the latest decided one. */
  async find(
    ruleSetId: string,
    version: string,
    transaction: EntityManager = this.dataSource.manager,
  ): Promise<StoredCandidate | undefined> {
    const rows = await transaction.query<CandidateRow[]>(
      `SELECT * FROM rule_set_candidates WHERE rule_set_id = $1 AND version = $2
       ORDER BY status = 'pending' DESC, candidate_id DESC LIMIT 1`,
      [ruleSetId, version],
    );
    return rows[0] ? toCandidate(rows[0]) : undefined;
  }

  /** Newest first; only those of a status when given. */
  async list(ruleSetId: string, status?: CandidateStatus): Promise<RuleSetCandidate[]> {
    const rows = await this.dataSource.query<CandidateRow[]>(
      `SELECT * FROM rule_set_candidates WHERE rule_set_id = $1 AND ($2::text IS NULL OR status = $2)
       ORDER BY candidate_id DESC LIMIT 200`,
      [ruleSetId, status ?? null],
    );
    return rows.map((row) => {
      const { content: _content, ...candidate } = toCandidate(row);
      return candidate;
    });
  }

  async decide(
    transaction: EntityManager,
    candidateId: string,
    status: Exclude<CandidateStatus, 'pending'>,
    decidedBy: AuditActor,
    reason: string | null,
  ): Promise<void> {
    await transaction.query(
      `UPDATE rule_set_candidates SET status = $2, decided_by = $3, decided_by_name = $4, decided_at = now(), reason = $5
       WHERE candidate_id = $1 AND status = 'pending'`,
      [candidateId, status, decidedBy.subject, decidedBy.displayName, reason],
    );
  }
}
