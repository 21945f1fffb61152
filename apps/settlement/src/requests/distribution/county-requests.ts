import type { CountyRequest, MunicipalityRequest } from './distribution.js';

/** Each county's requests summed over its municipalities, with the exact shares it got (county first), by county number. */
export function countyRequests(
  municipalities: MunicipalityRequest[],
  quotas: Map<string, number>,
  emQuotas: Map<string, number>,
): CountyRequest[] {
  const counties = new Map<string, CountyRequest>();
  for (const municipality of municipalities) {
    const county = counties.get(municipality.fylkesnummer) ?? {
      fylkesnummer: municipality.fylkesnummer,
      fylkesnavn: municipality.fylkesnavn,
      requested: 0,
      em: 0,
      quota: quotas.get(municipality.fylkesnummer) ?? 0,
      emQuota: emQuotas.get(municipality.fylkesnummer) ?? 0,
    };
    county.requested += municipality.requested;
    county.em += municipality.em;
    counties.set(municipality.fylkesnummer, county);
  }
  return [...counties.values()].sort((a, b) => a.fylkesnummer.localeCompare(b.fylkesnummer));
}
