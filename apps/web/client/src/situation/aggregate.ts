import { occupancyPercent } from '../format';
import type { Escalation, ReceptionCentre } from './service-types';

export interface CountyOccupancy {
  countyNumber: string;
  centres: number;
  residents: number;
  capacity: number;
  occupancyPercent: number | null;
}

/** Reception occupancy per county: the centres' residents and places summed by their host municipality's county. */
export function occupancyPerCounty(centres: readonly ReceptionCentre[]): CountyOccupancy[] {
  const counties = new Map<string, CountyOccupancy>();
  for (const centre of centres) {
    const countyNumber = centre.hostMunicipalityNumber.slice(0, 2);
    const county = counties.get(countyNumber) ?? {
      countyNumber,
      centres: 0,
      residents: 0,
      capacity: 0,
      occupancyPercent: null,
    };
    county.centres += 1;
    county.residents += centre.residents;
    county.capacity += centre.capacity;
    counties.set(countyNumber, county);
  }
  return [...counties.values()]
    .map((county) => ({ ...county, occupancyPercent: occupancyPercent(county.residents, county.capacity) }))
    .sort((a, b) => a.countyNumber.localeCompare(b.countyNumber));
}

export type Agency = 'IMDi' | 'UDI' | 'Bufdir';

export interface AgencyEscalation extends Escalation {
  agency: Agency;
  service: 'settlement' | 'reception' | 'care-centres';
}

const SEVERITY_ORDER: Record<string, number> = { critical: 0, high: 1, warning: 2, info: 3 };

/** The three agencies' open escalations in one list: most severe first, then oldest first. */
export function mergeEscalations(lists: readonly AgencyEscalation[][]): AgencyEscalation[] {
  return lists
    .flat()
    .filter((escalation) => escalation.status === 'open')
    .sort(
      (a, b) =>
        (SEVERITY_ORDER[a.severity] ?? 9) - (SEVERITY_ORDER[b.severity] ?? 9) ||
        a.raisedAt.localeCompare(b.raisedAt),
    );
}
