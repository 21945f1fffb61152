import { CENTRE_STATUSES_IN_USE, type CentreStatus, type CentreType } from '#contracts';

/** A reception centre as registered, with the places that count now. */
export interface Centre {
  centreId: string;
  name: string | null;
  hostMunicipalityNumber: string;
  type: CentreType;
  fixedPlaces: number;
  flexiblePlaces: number;
  status: CentreStatus;
  /** Fixed and flexible places while the centre operates, scales down or closes; 0 while planned or closed. */
  placesInUse: number;
}

/** People can arrive at a centre, and its places count, while it operates, scales down or closes. */
export function isInUse(status: CentreStatus): boolean {
  return CENTRE_STATUSES_IN_USE.includes(status);
}

/** The county of a host municipality: the first two digits of its number. */
export function countyOf(municipalityNumber: string): string {
  return municipalityNumber.slice(0, 2);
}

/** A change of a centre's places or status, seen from its host municipality: the places in use there before. */
export interface PlacesChange {
  municipalityNumber: string;
  placesBefore: number;
}
