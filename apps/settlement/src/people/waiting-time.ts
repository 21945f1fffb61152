/** Settlement targets from the cooperation agreement: 6 months from the permit; 3 for unaccompanied minors and families with children. */
export interface WaitingPerson {
  permitDate: string;
  unaccompaniedMinor: boolean;
  familyWithChildren: boolean;
}

export function targetMonths(
  person: Pick<WaitingPerson, 'unaccompaniedMinor' | 'familyWithChildren'>,
): 3 | 6 {
  return person.unaccompaniedMinor || person.familyWithChildren ? 3 : 6;
}

function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86400000);

export interface WaitingTime {
  targetMonths: 3 | 6;
  targetDate: string;
  daysWaiting: number;
  /** Days past the target date; 0 or less while within the target. */
  daysPastTarget: number;
  beyondTarget: boolean;
}

export function waitingTime(person: WaitingPerson, asOf: string): WaitingTime {
  const months = targetMonths(person);
  const targetDate = addMonths(person.permitDate, months);
  const daysPastTarget = days(targetDate, asOf);
  return {
    targetMonths: months,
    targetDate,
    daysWaiting: days(person.permitDate, asOf),
    daysPastTarget,
    beyondTarget: daysPastTarget > 0,
  };
}
