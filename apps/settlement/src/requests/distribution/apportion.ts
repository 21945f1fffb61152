/**
 * Splits a whole number of persons between claimants in proportion to their weights, in whole persons that
 * add up exactly to the total, within each claimant's bounds. Deterministic: the same input gives the same
 * output. Quotas above a maximum are fixed at it and the rest shared again; quotas below a minimum are
 * either raised to it or the claimant drops out (the smallest first), as the caller says. Whole persons are
 * then given by the largest remainder method (Hamilton), ties broken by weight and then id. With a step above
 * 1, figures are multiples of it (a figure set from outside excepted); what the total does not divide into steps
 * goes whole to the claimant with the largest remainder, so the total stays exact.
 */
export interface Claimant {
  id: string;
  weight: number;
  /** Asked for at least this many, or not at all (when belowMinimum is "exclude"). */
  minimum: number;
  maximum: number;
  /** Below the minimum: drop out, or be raised to it. */
  belowMinimum: 'exclude' | 'raise';
  /** A figure set from outside (a county recommendation): given as it is. */
  fixed?: number;
}

export interface Allocation {
  id: string;
  /** The exact share before rounding. */
  quota: number;
  persons: number;
  /** What happened to the claimant on the way, in words. */
  adjustments: string[];
}

export class ApportionmentError extends Error {}

export function apportion(total: number, claimants: Claimant[], step = 1): Allocation[] {
  const state = new Map(
    claimants.map((claimant) => [
      claimant.id,
      {
        claimant: inSteps(claimant, step),
        fixedAt: claimant.fixed,
        excluded: false,
        adjustments: [] as string[],
      },
    ]),
  );
  for (const entry of state.values()) {
    if (entry.fixedAt !== undefined) entry.adjustments.push(`set from outside at ${entry.fixedAt}`);
    else if (entry.claimant.weight <= 0) entry.excluded = true;
    else if (entry.claimant.maximum < entry.claimant.minimum) {
      entry.excluded = true;
      entry.adjustments.push(
        `not asked: no multiple of ${step} lies between its minimum and its maximum (${entry.claimant.maximum})`,
      );
    }
  }
  let quotas = new Map<string, number>();
  for (let guard = 0; guard <= claimants.length * 2 + 1; guard += 1) {
    const open = [...state.values()].filter((entry) => !entry.excluded && entry.fixedAt === undefined);
    const fixedSum = [...state.values()].reduce((sum, entry) => sum + (entry.fixedAt ?? 0), 0);
    const remaining = total - fixedSum;
    if (remaining < 0)
      throw new ApportionmentError(`Figures set from outside (${fixedSum}) exceed the total (${total})`);
    const weightSum = open.reduce((sum, entry) => sum + entry.claimant.weight, 0);
    if (open.length === 0 || weightSum === 0) {
      if (remaining > 0)
        throw new ApportionmentError(`Nobody is left to take the remaining ${remaining} persons`);
      quotas = new Map();
      break;
    }
    quotas = new Map(
      open.map((entry) => [entry.claimant.id, (remaining * entry.claimant.weight) / weightSum]),
    );
    const overMaximum = open
      .filter((entry) => quotas.get(entry.claimant.id)! > entry.claimant.maximum)
      .sort(
        (a, b) =>
          quotas.get(b.claimant.id)! / b.claimant.maximum - quotas.get(a.claimant.id)! / a.claimant.maximum ||
          a.claimant.id.localeCompare(b.claimant.id),
      );
    if (overMaximum.length > 0) {
      const capped = overMaximum[0];
      capped.fixedAt = capped.claimant.maximum;
      capped.adjustments.push(
        `capped at ${capped.claimant.maximum} (its share would have been ${quotas.get(capped.claimant.id)!.toFixed(1)})`,
      );
      continue;
    }
    const underMinimum = open
      .filter((entry) => quotas.get(entry.claimant.id)! < entry.claimant.minimum)
      .sort(
        (a, b) =>
          quotas.get(a.claimant.id)! - quotas.get(b.claimant.id)! ||
          a.claimant.id.localeCompare(b.claimant.id),
      );
    if (underMinimum.length > 0) {
      const smallest = underMinimum[0];
      const quota = quotas.get(smallest.claimant.id)!.toFixed(1);
      if (smallest.claimant.belowMinimum === 'raise') {
        smallest.fixedAt = smallest.claimant.minimum;
        smallest.adjustments.push(
          `raised to the minimum of ${smallest.claimant.minimum} (its share would have been ${quota})`,
        );
      } else {
        smallest.excluded = true;
        smallest.adjustments.push(
          `not asked: its share (${quota}) is below the minimum request of ${smallest.claimant.minimum}`,
        );
      }
      continue;
    }
    break;
  }

  const allocations = new Map<string, Allocation>();
  for (const entry of state.values()) {
    const id = entry.claimant.id;
    const quota = entry.fixedAt ?? quotas.get(id) ?? 0;
    allocations.set(id, {
      id,
      quota,
      persons: entry.fixedAt ?? roundedDown(quotas.get(id) ?? 0, entry.claimant.minimum, step),
      adjustments: entry.adjustments,
    });
  }
  const leftover = total - [...allocations.values()].reduce((sum, allocation) => sum + allocation.persons, 0);
  const byRemainder = [...quotas.keys()].sort(
    (a, b) =>
      quotas.get(b)! - allocations.get(b)!.persons - (quotas.get(a)! - allocations.get(a)!.persons) ||
      state.get(b)!.claimant.weight - state.get(a)!.claimant.weight ||
      a.localeCompare(b),
  );
  const rest = giveLeftover(leftover, byRemainder, allocations, state, step);
  if (rest !== 0) throw new ApportionmentError(`The maximums leave ${rest} persons without a place to go`);
  return claimants.map((claimant) => allocations.get(claimant.id)!);
}

/** With a step, a claimant's bounds are multiples of it: the minimum rounded up, the maximum down. */
function inSteps(claimant: Claimant, step: number): Claimant {
  if (step === 1 || claimant.fixed !== undefined) return claimant;
  return {
    ...claimant,
    minimum: Math.ceil(claimant.minimum / step) * step,
    maximum:
      claimant.maximum >= Number.MAX_SAFE_INTEGER
        ? claimant.maximum
        : Math.floor(claimant.maximum / step) * step,
  };
}

/** A quota rounded down to a multiple of the step, never below the claimant's minimum (which the quota reaches). */
function roundedDown(quota: number, minimum: number, step: number): number {
  return Math.max(Math.floor(quota / step) * step, Math.min(minimum, Math.floor(quota)));
}

/**
 * Gives what rounding down left over, in steps, to the claimants by largest remainder within their maximums;
 * a last part smaller than a step goes to one claimant. Answers what could not be given.
 */
function giveLeftover(
  leftover: number,
  order: string[],
  allocations: Map<string, Allocation>,
  state: Map<string, { claimant: Claimant }>,
  step: number,
): number {
  let rest = leftover;
  const room = (id: string, persons: number) =>
    allocations.get(id)!.persons + persons <= state.get(id)!.claimant.maximum;
  const give = (unit: number): boolean => {
    let given = false;
    for (const id of order) {
      if (rest < unit) break;
      if (!room(id, unit)) continue;
      allocations.get(id)!.persons += unit;
      rest -= unit;
      given = true;
    }
    return given;
  };
  while (rest >= step && give(step));
  if (step > 1 && rest > 0) {
    const taker = order.find((id) => room(id, rest));
    if (taker) {
      allocations.get(taker)!.persons += rest;
      allocations
        .get(taker)!
        .adjustments.push(`given ${rest} more than a multiple of ${step}, so the total is exact`);
      rest = 0;
    }
  }
  while (rest > 0 && give(1));
  return rest;
}
