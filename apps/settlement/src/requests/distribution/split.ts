import { type Allocation, apportion, ApportionmentError, type Claimant } from './apportion.js';
import type { Distribution } from './distribution.js';

export interface Split {
  /** Each claimant's allocation, by id. */
  municipalities: Map<string, Allocation>;
  /** Each county's exact share (county first only), by county number. */
  counties: Map<string, number>;
}

/**
 * Apportions directly, or first to counties (by the sum of their municipalities' weights) and then within each.
 * Throws ApportionmentError when the total cannot be split within the claimants' bounds.
 */
export function split(
  total: number,
  claimants: Claimant[],
  method: Distribution['method'],
  countyOf: Map<string, string>,
): Split {
  if (method === 'direct') return { municipalities: byId(apportion(total, claimants)), counties: new Map() };
  return splitByCountyFirst(total, claimants, countyOf);
}

const byId = (allocations: Allocation[]) =>
  new Map(allocations.map((allocation) => [allocation.id, allocation]));

function splitByCountyFirst(total: number, claimants: Claimant[], countyOf: Map<string, string>): Split {
  const byCounty = new Map<string, Claimant[]>();
  for (const claimant of claimants) {
    const county = countyOf.get(claimant.id)!;
    byCounty.set(county, [...(byCounty.get(county) ?? []), claimant]);
  }
  // Figures set from outside (county recommendations) come off the national total first; the rest is split
  // between counties by their open municipalities' weights, then within each county.
  const fixedIn = (members: Claimant[]) => members.reduce((sum, member) => sum + (member.fixed ?? 0), 0);
  const openTotal = total - fixedIn(claimants);
  if (openTotal < 0) throw new ApportionmentError(`Figures set from outside exceed the total (${total})`);
  const dropped = new Set<string>();
  for (;;) {
    const counties = apportion(openTotal, countyClaimants(byCounty, dropped));
    const municipalities = new Map<string, Allocation>();
    const failed = counties.find((county) => {
      const members = byCounty.get(county.id)!;
      try {
        for (const [id, allocation] of byId(apportion(county.persons + fixedIn(members), members)))
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
