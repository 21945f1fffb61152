import type { NeedEstimated } from '#contracts';

/** The parts of the settlement need the committee estimates separately, as the escalation rules name them. */
export const NEED_COMPONENTS = [
  'residentsWithPermit',
  'expectedPermits',
  'resettlementQuota',
  'emUnder15',
  'em15To18',
] as const;
export type NeedComponent = (typeof NEED_COMPONENTS)[number];

/** Each component an estimate gives, by name (undefined when the estimate did not give it). */
export type NeedComponents = Partial<Record<NeedComponent, number>>;

export function componentsOf(estimate: NeedEstimated): NeedComponents {
  return Object.fromEntries(
    NEED_COMPONENTS.filter((component) => estimate[component] !== undefined).map((component) => [
      component,
      estimate[component],
    ]),
  );
}

/**
 * What is wrong with an estimate's figures, in words with the field, or undefined: minors are of the total; the
 * total is residents with a permit plus expected permits plus the quota when all three are given, and at
 * least their sum when some are.
 */
export function needProblem(estimate: NeedEstimated): { message: string; field: string } | undefined {
  if (estimate.emUnder15 + estimate.em15To18 > estimate.total)
    return {
      message: 'unaccompanied minors (under 15 and 15–18) cannot be more than the total',
      field: 'em15To18',
    };
  const parts = [estimate.residentsWithPermit, estimate.expectedPermits, estimate.resettlementQuota];
  const given = parts.filter((part): part is number => part !== undefined);
  const sum = given.reduce((total, part) => total + part, 0);
  if (given.length === 3 && sum !== estimate.total)
    return {
      message: `residents with a permit, expected permits and the quota add up to ${sum}, not the total of ${estimate.total}`,
      field: 'total',
    };
  if (sum > estimate.total)
    return {
      message: `the components given add up to ${sum}, more than the total of ${estimate.total}`,
      field: 'total',
    };
  return undefined;
}
