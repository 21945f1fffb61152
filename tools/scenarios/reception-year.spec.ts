import { ReceptionEventTypes } from '#contracts';

import { calmYear, surge } from './reception-year.js';
import type { Scenario } from './scenario.js';

/** Residents per centre after every event, as reception would count them. */
function occupancyOf(scenario: Scenario) {
  const places = new Map<string, number>();
  const residents = new Map<string, number>();
  let mostOverCapacity = -Infinity;
  let peakNationalShare = 0;
  for (const { type, data } of scenario.phases.flatMap((phase) => phase.events)) {
    const centreId = data.centreId as string;
    if (type === ReceptionEventTypes.centreRegistered) places.set(centreId, data.fixedPlaces as number);
    if (type === ReceptionEventTypes.arrivalRegistered)
      residents.set(centreId, (residents.get(centreId) ?? 0) + 1);
    if (type === ReceptionEventTypes.departureRegistered)
      residents.set(centreId, residents.get(centreId)! - 1);
    if (residents.has(centreId))
      mostOverCapacity = Math.max(mostOverCapacity, residents.get(centreId)! - places.get(centreId)!);
    const capacity = [...places.values()].reduce((sum, n) => sum + n, 0);
    const total = [...residents.values()].reduce((sum, n) => sum + n, 0);
    if (capacity > 0) peakNationalShare = Math.max(peakNationalShare, total / capacity);
  }
  return { mostOverCapacity, peakNationalShare };
}

describe('the reception-year scenarios', () => {
  it('keeps a calm year calm: people leave as others arrive, no centre goes over capacity', () => {
    const calm = calmYear();
    const { mostOverCapacity, peakNationalShare } = occupancyOf(calm);
    expect(mostOverCapacity).toBeLessThan(0);
    expect(peakNationalShare).toBeGreaterThan(0.75);
    expect(peakNationalShare).toBeLessThan(0.9);
    const arrivals = calm.phases.find((phase) => phase.name === 'more arrivals')!.events;
    expect(
      arrivals.filter((event) => event.type === ReceptionEventTypes.departureRegistered).length,
    ).toBeGreaterThan(500);
  });

  it('lets a surge outrun capacity, as autumn 2015 did', () => {
    const { mostOverCapacity, peakNationalShare } = occupancyOf(surge(0.1));
    expect(mostOverCapacity).toBeGreaterThan(0);
    expect(peakNationalShare).toBeGreaterThan(1);
  });
});
