import { addMonths, daysBetween } from '#domain';

/** When a settled person got the permit their waiting ran from, and when they were settled. */
export interface SettledWait {
  permitDate: string;
  settledOn: string;
}

/** Settled no later than the day the given months from the permit end. */
export const settledWithin = (person: SettledWait, months: number): boolean =>
  person.settledOn <= addMonths(person.permitDate, months);

export const daysWaited = (person: SettledWait): number => daysBetween(person.permitDate, person.settledOn);

/** The median of whole numbers (the upper one of an even count, as the waiting figures do); null for none. */
export function median(values: number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
}
