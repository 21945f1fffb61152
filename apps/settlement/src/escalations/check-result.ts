import type { BookedEscalations } from '#rules';

/** How many escalations one check raised and resolved. */
export interface CheckResult {
  raised: number;
  resolved: number;
}

export const checkResultOf = (booked: BookedEscalations): CheckResult => ({
  raised: booked.raised.length,
  resolved: booked.resolved.length,
});
