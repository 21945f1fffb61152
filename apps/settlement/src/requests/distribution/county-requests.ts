import type { CountyRequest, MunicipalityRequest } from './distribution.js';
import type { MinorsSplit } from './minors-split.js';

/**
 * Each county's requests summed over its municipalities, with the exact shares it got (county first) and the
 * committee's target when the distribution followed one, by county number.
 */
export function countyRequests(
  municipalities: MunicipalityRequest[],
  quotas: Map<string, number>,
  minors: MinorsSplit | undefined,
  targets: Map<string, number> | undefined,
): CountyRequest[] {
  const emQuota = (county: string) =>
    (minors?.under15.counties.get(county) ?? 0) + (minors?.from15To18.counties.get(county) ?? 0);
  const counties = new Map<string, CountyRequest>();
  for (const municipality of municipalities) {
    const number = municipality.fylkesnummer;
    const county = counties.get(number) ?? {
      fylkesnummer: number,
      fylkesnavn: municipality.fylkesnavn,
      requested: 0,
      em: 0,
      emUnder15: 0,
      em15To18: 0,
      quota: quotas.get(number) ?? 0,
      emQuota: emQuota(number),
      ...(targets ? { target: targets.get(number) ?? 0 } : {}),
    };
    county.requested += municipality.requested;
    county.em += municipality.em;
    county.emUnder15 += municipality.emUnder15;
    county.em15To18 += municipality.em15To18;
    counties.set(number, county);
  }
  return [...counties.values()].sort((a, b) => a.fylkesnummer.localeCompare(b.fylkesnummer));
}
