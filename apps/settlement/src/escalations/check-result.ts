import type { BookedEscalations, EscalationChange } from '#rules';

/** How many escalations one check raised and resolved (or, in a preview, would), and which. */
export interface CheckResult {
  raised: number;
  resolved: number;
  changes?: { raised: EscalationChange[]; resolved: EscalationChange[] };
}

export const checkResultOf = (booked: BookedEscalations): CheckResult => ({
  raised: booked.raised.length,
  resolved: booked.resolved.length,
  changes: {
    raised: booked.raised.map(({ rule, subject, severity }) => ({ rule, subject, severity })),
    resolved: booked.resolved.map(({ rule, subject }) => ({ rule, subject })),
  },
});
