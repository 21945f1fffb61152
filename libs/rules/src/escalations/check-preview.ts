/**
 * Whether a check as of `asOf` only previews: a day before `applyFrom` (today, unless an environment that replays
 * past days sets CHECKS_APPLY_FROM) would otherwise raise or resolve escalations from figures of the past.
 * Days are YYYY-MM-DD, so they compare as text.
 */
export function checkIsPreview(asOf: string, applyFrom: string): boolean {
  return asOf < applyFrom;
}

/** An escalation a check raised or resolved, or in a preview would. */
export interface EscalationChange {
  rule: string;
  subject: string;
  severity?: string;
}

/** What a preview answers besides its counts. */
export interface PreviewedChanges {
  preview: true;
  wouldRaise: EscalationChange[];
  wouldResolve: EscalationChange[];
}
