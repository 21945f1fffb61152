import {
  type CapacityChanged,
  type CentreRegistered,
  ReceptionEventTypes,
  ReceptionLifecycleEventTypes,
  type StatusChanged,
} from '#contracts';

import type { Centre } from '../centres/centre.js';
import type { CentreListRow } from './centre-list.js';

/** An event a row of the centre list calls for. */
export type CentreChange =
  | { type: typeof ReceptionEventTypes.centreRegistered; data: CentreRegistered }
  | { type: typeof ReceptionLifecycleEventTypes.capacityChanged; data: CapacityChanged }
  | { type: typeof ReceptionLifecycleEventTypes.statusChanged; data: StatusChanged };

/**
 * What a row of the list changes against the centre as registered now, as the events UDI's systems send: a
 * centre not registered yet is registered (and given its status unless it operates); a registered one whose
 * name, host municipality or type differs is registered again; different places are a capacity change and a
 * different status a status change, both from `day`. A row that matches the centre calls for nothing.
 */
export function changesOf(row: CentreListRow, current: Centre | undefined, day: string): CentreChange[] {
  const changes: CentreChange[] = [];
  const registration = (fixedPlaces: number, flexiblePlaces: number): CentreChange => ({
    type: ReceptionEventTypes.centreRegistered,
    data: {
      centreId: row.centreId,
      ...(row.name !== undefined ? { name: row.name } : current?.name ? { name: current.name } : {}),
      hostMunicipalityNumber: row.hostMunicipalityNumber,
      type: row.type,
      fixedPlaces,
      flexiblePlaces,
    },
  });
  if (!current) {
    changes.push(registration(row.fixedPlaces, row.flexiblePlaces));
    if (row.status !== 'operating') changes.push(statusChange(row, day));
    return changes;
  }
  const renamed = row.name !== undefined && row.name !== (current.name ?? undefined);
  if (renamed || row.hostMunicipalityNumber !== current.hostMunicipalityNumber || row.type !== current.type) {
    changes.push(registration(current.fixedPlaces, current.flexiblePlaces));
  }
  if (row.fixedPlaces !== current.fixedPlaces || row.flexiblePlaces !== current.flexiblePlaces) {
    changes.push({
      type: ReceptionLifecycleEventTypes.capacityChanged,
      data: {
        centreId: row.centreId,
        fixedPlaces: row.fixedPlaces,
        flexiblePlaces: row.flexiblePlaces,
        effectiveOn: day,
      },
    });
  }
  if (row.status !== current.status) changes.push(statusChange(row, day));
  return changes;
}

function statusChange(row: CentreListRow, day: string): CentreChange {
  return {
    type: ReceptionLifecycleEventTypes.statusChanged,
    data: { centreId: row.centreId, status: row.status, effectiveOn: day },
  };
}
