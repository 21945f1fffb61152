import { type Allocation, apportion, ApportionmentError, type Claimant } from './apportion.js';
import type { Distribution } from './distribution.js';

export interface Split {
  /** Each claimant's allocation, by id. */
  municipalities: Map<string, Allocation>;
  /** Each county's exact share (county first only), by county number. */
  counties: Map<string, number>;
}

export interface SplitOptions {
  method: Distribution['method'];
  countyOf: Map<string, string>;
  /** Figures in multiples of this (1: whole persons). */
  step: number;
  /** The committee's figure per county (county first): each county's municipalities share exactly that. */
  countyTargets?: Map<string, number>;
}

/** A county whose target its municipalities cannot take within their bounds. */
export class CountyTargetError extends ApportionmentError {}

/**
 * Apportions directly, or first to counties (by the committee's targets when given, otherwise by the sum of their
 * municipalities' weights) and then within each. Throws ApportionmentError when the total cannot be split within
 * the claimants' bounds, CountyTargetError when a county's target cannot.
 */
export function split(total: number, claimants: Claimant[], options: SplitOptions): Split {
  if (options.method === 'direct')
    return { municipalities: byId(apportion(total, claimants, options.step)), counties: new Map() };
  const byCounty = new Map<string, Claimant[]>();
  for (const claimant of claimants) {
    const county = options.countyOf.get(claimant.id)!;
    byCounty.set(county, [...(byCounty.get(county) ?? []), claimant]);
  }
  return options.countyTargets
    ? splitByCountyTargets(byCounty, options.countyTargets, options.step)
    : splitByCountyWeights(total, byCounty, options.step);
}

const byId = (allocations: Allocation[]) =>
  new Map(allocations.map((allocation) => [allocation.id, allocation]));

const fixedIn = (members: Claimant[]) => members.reduce((sum, member) => sum + (member.fixed ?? 0), 0);

/** Each county's target to its municipalities (their recommended figures come off it), exactly. */
function splitByCountyTargets(
  byCounty: Map<string, Claimant[]>,
  targets: Map<string, number>,
  step: number,
): Split {
  const municipalities = new Map<string, Allocation>();
  for (const [county, target] of targets) {
    try {
      for (const [id, allocation] of byId(apportion(target, byCounty.get(county) ?? [], step)))
        municipalities.set(id, allocation);
    } catch (error) {
      if (error instanceof ApportionmentError)
        throw new CountyTargetError(`County ${county}'s target of ${target}: ${error.message}`);
      throw error;
    }
  }
  return { municipalities, counties: new Map(targets) };
}

function splitByCountyWeights(total: number, byCounty: Map<string, Claimant[]>, step: number): Split {
  // Figures set from outside (county recommendations) come off the national total first; the rest is split
  // between counties by their open municipalities' weights, then within each county.
  const openTotal = total - fixedIn([...byCounty.values()].flat());
  if (openTotal < 0) throw new ApportionmentError(`Figures set from outside exceed the total (${total})`);
  const dropped = new Set<string>();
  for (;;) {
    const counties = apportion(openTotal, countyClaimants(byCounty, dropped), step);
    const municipalities = new Map<string, Allocation>();
    const failed = counties.find((county) => {
      const members = byCounty.get(county.id)!;
      try {
        for (const [id, allocation] of byId(apportion(county.persons + fixedIn(members), members, step)))
          municipalities.set(id, allocation);
        return false;
      } catch (error) {
        if (error instanceof ApportionmentError) return true;
        throw error;
      }
    });
    if (!failed) {
      return {
        municipalities,
        counties: new Map(
          counties.map((county) => [county.id, county.quota + fixedIn(byCounty.get(county.id)!)]),
        ),
      };
    }
    // The county's share cannot be given to its municipalities within their minimums: share it elsewhere.
    dropped.add(failed.id);
  }
}

/** Counties as claimants: the weight of their open municipalities (none once dropped), within their bounds. */
function countyClaimants(byCounty: Map<string, Claimant[]>, dropped: Set<string>): Claimant[] {
  return [...byCounty].map(([county, members]) => {
    const open = members.filter((member) => member.fixed === undefined && member.weight > 0);
    return {
      id: county,
      weight: dropped.has(county) ? 0 : open.reduce((sum, member) => sum + member.weight, 0),
      // A county's share below the smallest request any of its municipalities can get goes to other counties.
      minimum: open.length ? Math.min(...open.map((member) => member.minimum)) : 0,
      maximum: open.reduce((sum, member) => Math.min(Number.MAX_SAFE_INTEGER, sum + member.maximum), 0),
      belowMinimum: 'exclude',
    };
  });
}
