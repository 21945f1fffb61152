import {
  CareCentreEventTypes,
  type DepartureReason,
  ReceptionEventTypes,
  ReceptionLifecycleEventTypes,
  SettlementEventTypes,
} from '#contracts';

import { addDays, MUNICIPALITIES, random, type Scenario, type ScenarioEvent } from './scenario.js';

export interface ReceptionYearSettings {
  name: string;
  description: string;
  arrivals: number;
  /** Places before the year starts, as a share of arrivals. */
  initialCapacityShare: number;
  /** Share of those places taken when the year starts (residents who arrived in the ten days before). */
  initialOccupancy: number;
  /** Days over which arrivals come. */
  arrivalDays: number;
  start: string;
  /** Emergency places added once arrivals outrun capacity (0: none). */
  emergencyCapacityShare: number;
  /**
   * People also leave while others arrive (settled, returned, moved to housing of their own): a centre at this
   * share of its places sees its longest-staying resident leave for each newcomer. Absent: nobody leaves
   * before the arrivals are over, as in a surge.
   */
  turnoverAtOccupancy?: number;
  seed: number;
}

/** Why people leave a centre during a calm year: most are settled, some return, a few find housing themselves. */
function departureReason(draw: number): DepartureReason {
  if (draw < 0.6) return 'settled';
  return draw < 0.9 ? 'returned' : 'private-housing';
}

const CENTRE_PLACES = 150;

/**
 * A year of reception: centres, arrivals (2 % unaccompanied minors under 15, handed to care centres), emergency
 * places when arrivals outrun capacity, permits for 60 %, municipal decisions, settlements, returns of the rest,
 * and finally giving notice on the emergency places. Phases follow each other in time.
 */
export function receptionYear(settings: ReceptionYearSettings): Scenario {
  const next = random(settings.seed);
  const persons: string[] = [];
  const children: string[] = [];
  const adults: { personId: string; centreId: string; arrivedOn: string }[] = [];
  const centres: { centreId: string; places: number; residents: { personId: string; adult: boolean }[] }[] =
    [];
  const departed = new Set<string>();
  const event = (type: string, data: Record<string, unknown>): ScenarioEvent => ({ type, data });

  const initialPlaces = Math.max(
    CENTRE_PLACES,
    Math.round(settings.arrivals * settings.initialCapacityShare),
  );
  const setup: ScenarioEvent[] = [];
  for (let index = 0; index * CENTRE_PLACES < initialPlaces; index += 1) {
    const centreId = `${settings.name}-C${index + 1}`;
    centres.push({ centreId, places: CENTRE_PLACES, residents: [] });
    setup.push(
      event(ReceptionEventTypes.centreRegistered, {
        centreId,
        hostMunicipalityNumber: MUNICIPALITIES[index % MUNICIPALITIES.length],
        type: 'ordinary',
        fixedPlaces: CENTRE_PLACES,
      }),
    );
  }
  const careCentreId = `${settings.name}-CARE`;
  setup.push(
    event(CareCentreEventTypes.centreRegistered, {
      centreId: careCentreId,
      hostMunicipalityNumber: '3201',
      // Children stay until they are settled after the arrivals: with turnover, room for those already there too.
      statePlaces: Math.max(
        4,
        Math.ceil(
          (settings.arrivals +
            (settings.turnoverAtOccupancy === undefined ? 0 : initialPlaces * settings.initialOccupancy)) *
            0.03,
        ),
      ),
      privatePlaces: 0,
    }),
  );

  const arrivalsOf = (from: number, to: number, dayOf: (n: number) => string): ScenarioEvent[] => {
    const events: ScenarioEvent[] = [];
    for (let n = from; n < to; n += 1) {
      const personId = `${settings.name}-p${String(n).padStart(6, '0')}`;
      const day = dayOf(n);
      persons.push(personId);
      const centre = centres[n % centres.length];
      const turnover = settings.turnoverAtOccupancy;
      if (turnover !== undefined && centre.residents.length >= centre.places * turnover) {
        const leaving = centre.residents.findIndex((resident) => resident.adult);
        if (leaving >= 0) {
          const [resident] = centre.residents.splice(leaving, 1);
          departed.add(resident.personId);
          events.push(
            event(ReceptionEventTypes.departureRegistered, {
              personId: resident.personId,
              centreId: centre.centreId,
              date: day,
              reason: departureReason(next()),
            }),
          );
        }
      }
      centre.residents.push({ personId, adult: true });
      if (next() < 0.02) {
        centre.residents[centre.residents.length - 1].adult = false;
        children.push(personId);
        events.push(
          event(ReceptionEventTypes.arrivalRegistered, {
            personId,
            centreId: centre.centreId,
            date: day,
            unaccompaniedMinor: 'under-15',
          }),
        );
        events.push(event(CareCentreEventTypes.childPlaced, { personId, centreId: careCentreId, date: day }));
      } else {
        adults.push({ personId, centreId: centre.centreId, arrivedOn: day });
        events.push(
          event(ReceptionEventTypes.arrivalRegistered, { personId, centreId: centre.centreId, date: day }),
        );
      }
    }
    return events;
  };

  const residents = Math.round(centres.length * CENTRE_PLACES * settings.initialOccupancy);
  const total = residents + settings.arrivals;
  const surgeDay = (n: number) =>
    addDays(settings.start, Math.floor(((n - residents) / settings.arrivals) * settings.arrivalDays));
  const firstWave = Math.min(total, residents + Math.round(centres.length * CENTRE_PLACES * 0.3));
  const phases = [
    { name: 'centres', events: setup },
    {
      name: 'residents before the year',
      events: arrivalsOf(0, residents, (n) =>
        addDays(settings.start, -10 + Math.floor((n / residents) * 10)),
      ),
    },
    { name: 'arrivals', events: arrivalsOf(residents, firstWave, surgeDay) },
  ];
  if (settings.emergencyCapacityShare > 0) {
    const emergencyDay = addDays(
      settings.start,
      Math.floor((firstWave / settings.arrivals) * settings.arrivalDays),
    );
    const emergency: ScenarioEvent[] = [];
    const places = Math.round(settings.arrivals * settings.emergencyCapacityShare);
    for (let index = 0; index * CENTRE_PLACES < places; index += 1) {
      const centreId = `${settings.name}-E${index + 1}`;
      centres.push({ centreId, places: CENTRE_PLACES, residents: [] });
      emergency.push(
        event(ReceptionEventTypes.centreRegistered, {
          centreId,
          hostMunicipalityNumber: MUNICIPALITIES[(index + 3) % MUNICIPALITIES.length],
          type: 'emergency-accommodation',
          fixedPlaces: CENTRE_PLACES,
        }),
      );
    }
    phases.push({ name: `emergency places from ${emergencyDay}`, events: emergency });
  }
  if (firstWave < total)
    phases.push({ name: 'more arrivals', events: arrivalsOf(firstWave, total, surgeDay) });

  const permitDay = addDays(settings.start, settings.arrivalDays + 30);
  const permitted = adults.filter((adult) => !departed.has(adult.personId) && next() < 0.6);
  const permits: ScenarioEvent[] = permitted.map((adult) =>
    event(ReceptionLifecycleEventTypes.permitGranted, {
      personId: adult.personId,
      centreId: adult.centreId,
      permitDate: permitDay,
      householdId: adult.personId,
      householdSize: 1,
      unaccompaniedMinor: false,
      ageBand: 'adult',
      familyWithChildren: false,
      needs: [],
      mappedOn: addDays(permitDay, 7),
    }),
  );
  for (const child of children) {
    permits.push(
      event(CareCentreEventTypes.permitGranted, {
        personId: child,
        centreId: careCentreId,
        permitDate: permitDay,
        needs: [],
        mappedOn: addDays(permitDay, 7),
      }),
    );
  }
  phases.push({ name: 'permits', events: permits });

  const settled = [...permitted.map((adult) => adult.personId), ...children];
  const year = Number(addDays(permitDay, 60).slice(0, 4));
  const perMunicipality = Math.ceil(settled.length / MUNICIPALITIES.length);
  phases.push({
    name: 'municipal decisions',
    events: MUNICIPALITIES.map((municipalityNumber) =>
      event(SettlementEventTypes.municipalityDecided, {
        year,
        municipalityNumber,
        total: perMunicipality + 5,
        em: Math.ceil(children.length / MUNICIPALITIES.length) + 1,
        decidedOn: `${year}-01-15`,
      }),
    ),
  });
  phases.push({
    name: 'settlements',
    events: settled.map((personId, index) =>
      event(SettlementEventTypes.personSettled, {
        personId,
        municipalityNumber: MUNICIPALITIES[index % MUNICIPALITIES.length],
        settledOn: addDays(permitDay, 60 + (index % 40)),
      }),
    ),
  });
  const stayers = adults.filter(
    (adult) => !settled.includes(adult.personId) && !departed.has(adult.personId),
  );
  const returnStart = addDays(permitDay, 60);
  phases.push({
    name: 'returns',
    events: stayers
      .filter((_, index) => index % 2 === 0)
      .map((adult, index) =>
        event(ReceptionEventTypes.departureRegistered, {
          personId: adult.personId,
          centreId: adult.centreId,
          date: addDays(returnStart, index % 30),
          reason: 'returned',
        }),
      ),
  });
  return { name: settings.name, description: settings.description, persons, phases };
}

/**
 * A calm year: about 2 000 asylum seekers, with room to spare: as many leave the centres through the year (most
 * of them settled) as arrive, so the centres stay about 85 % full and no centre goes over capacity.
 */
export function calmYear(scale = 1): Scenario {
  return receptionYear({
    name: 'calm',
    description: 'A calm year: about 2 000 asylum seekers over twelve months, with room in the centres',
    arrivals: Math.round(2000 * scale),
    initialCapacityShare: 0.8,
    initialOccupancy: 0.8,
    arrivalDays: 330,
    start: '2019-01-07',
    emergencyCapacityShare: 0,
    turnoverAtOccupancy: 0.85,
    seed: 2019,
  });
}

/** A surge like autumn 2015: about 31 000 in a few months, emergency places added, then scaled down. */
export function surge(scale = 1): Scenario {
  return receptionYear({
    name: 'surge',
    description:
      'A surge like autumn 2015: about 31 000 asylum seekers in four months; emergency places, then fewer',
    arrivals: Math.round(31000 * scale),
    initialCapacityShare: 0.3,
    initialOccupancy: 0.9,
    arrivalDays: 120,
    start: '2015-09-01',
    emergencyCapacityShare: 1.0,
    seed: 2015,
  });
}
