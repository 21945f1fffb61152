/** What an audit row says happened: done, refused (the rule said no), or only previewed (changed nothing). */
export const AUDIT_OUTCOMES = ['done', 'refused', 'preview'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * Who acted: the subject and display name from the verified token (Principal.actor), or a named part of the
 * system itself (a rule file deployed, the daily schedule).
 */
export interface AuditActor {
  subject: string;
  displayName: string;
  issuer?: string;
}

/** The actions the services audit (README, Security): changes of policy and state, and reads of personal records. */
export const AUDIT_ACTIONS = [
  'rule-set.candidate-submitted',
  'rule-set.candidate-approved',
  'rule-set.candidate-rejected',
  'rule-set.rolled-back',
  'rule-set.file-activated',
  'distribution.drafted',
  'distribution.issued',
  'checks.run',
  'county-targets.set',
  'county-recommendations.submitted',
  'webhook.set',
  'placement.made',
  'placement.cancelled',
  'person.read',
  'child.read',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  actor: AuditActor;
  action: AuditAction;
  /** What was acted on, as `kind:id` (`rule-set:request-criteria@2.1.0`, `distribution:<uuid>`, `person:p-1`). */
  target: string;
  outcome?: AuditOutcome;
  reason?: string | null;
  /** Further facts (a content hash, a year); never personal data beyond the target's pseudonymous id. */
  details?: Record<string, unknown>;
}

export interface AuditRecord extends Required<Omit<AuditEntry, 'reason' | 'actor'>> {
  auditId: string;
  recordedAt: string;
  actor: AuditActor;
  reason: string | null;
}

/** The system's own actors, for actions no person took over HTTP. */
export const SYSTEM_ACTORS = {
  schedule: { subject: 'system:schedule', displayName: 'the daily schedule' },
  startUp: { subject: 'system:start-up', displayName: 'service start-up' },
} as const satisfies Record<string, AuditActor>;
