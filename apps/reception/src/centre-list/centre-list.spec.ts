import type { Centre } from '../centres/centre.js';
import { readCentreList } from './centre-list.js';
import { changesOf } from './centre-list-changes.js';

const HEADER = 'centre;name;host_municipality;type;places;flexible_places;status';

describe("UDI's centre list", () => {
  it('reads good rows and reports each bad one with its line, whatever the others hold', () => {
    const list = readCentreList(
      [
        HEADER,
        'OSL-1;Oslo mottak;0301;ordinary;120;30;operating',
        'NOW-1;Nowhere;9999;ordinary;10;;operating',
        'BRG-1;;4601;palace;10;;operating',
        '',
        'BRG-2;;4601;transit;ten;;operating',
        'BRG-3;;4601;transit;10;;demolished',
        'OSL-1;Again;0301;ordinary;1;;operating',
        'BRG-4;;4601;transit',
        'TRD-1;;5001;Arrival-centre;50;;planned',
      ].join('\n'),
    );
    expect(list.rows).toEqual([
      {
        line: 2,
        centreId: 'OSL-1',
        name: 'Oslo mottak',
        hostMunicipalityNumber: '0301',
        type: 'ordinary',
        fixedPlaces: 120,
        flexiblePlaces: 30,
        status: 'operating',
      },
      {
        line: 10,
        centreId: 'TRD-1',
        hostMunicipalityNumber: '5001',
        type: 'arrival-centre',
        fixedPlaces: 50,
        flexiblePlaces: 0,
        status: 'planned',
      },
    ]);
    expect(list.problems).toEqual([
      { line: 3, message: 'host municipality "9999" is not in the municipality register' },
      {
        line: 4,
        message:
          'type "palace" is not one of ordinary, unaccompanied-minors-15-18, transit, adapted-unit, arrival-centre, emergency-accommodation',
      },
      { line: 6, message: 'places "ten" is not a whole number from 0 to 100000' },
      {
        line: 7,
        message: 'status "demolished" is not one of planned, operating, scaling-down, closing, closed',
      },
      { line: 8, message: 'centre "OSL-1" is listed already on line 2' },
      { line: 9, message: '4 cells, the header has 7' },
    ]);
  });

  it('refuses a file whose header lacks a column, naming it', () => {
    expect(() =>
      readCentreList('centre,host_municipality,type,status\nOSL-1,0301,ordinary,operating'),
    ).toThrow('the header on line 1 lacks the column places');
  });

  const current: Centre = {
    centreId: 'OSL-1',
    name: 'Oslo mottak',
    hostMunicipalityNumber: '0301',
    type: 'ordinary',
    fixedPlaces: 120,
    flexiblePlaces: 30,
    status: 'operating',
    placesInUse: 150,
  };
  const row = {
    line: 2,
    centreId: 'OSL-1',
    name: 'Oslo mottak',
    hostMunicipalityNumber: '0301',
    type: 'ordinary' as const,
    fixedPlaces: 120,
    flexiblePlaces: 30,
    status: 'operating' as const,
  };

  it('calls for nothing when a row matches the centre as registered', () => {
    expect(changesOf(row, current, '2026-11-26')).toEqual([]);
  });

  it('registers a centre not known yet, with its status unless it operates', () => {
    expect(changesOf({ ...row, status: 'planned' }, undefined, '2026-11-26')).toEqual([
      {
        type: 'no.reception.centre.registered.v1',
        data: {
          centreId: 'OSL-1',
          name: 'Oslo mottak',
          hostMunicipalityNumber: '0301',
          type: 'ordinary',
          fixedPlaces: 120,
          flexiblePlaces: 30,
        },
      },
      {
        type: 'no.reception.centre.status-changed.v1',
        data: { centreId: 'OSL-1', status: 'planned', effectiveOn: '2026-11-26' },
      },
    ]);
  });

  it('turns other places into a capacity change and another status into a status change, from the day', () => {
    expect(changesOf({ ...row, fixedPlaces: 80, status: 'closing' }, current, '2026-11-26')).toEqual([
      {
        type: 'no.reception.centre.capacity-changed.v1',
        data: { centreId: 'OSL-1', fixedPlaces: 80, flexiblePlaces: 30, effectiveOn: '2026-11-26' },
      },
      {
        type: 'no.reception.centre.status-changed.v1',
        data: { centreId: 'OSL-1', status: 'closing', effectiveOn: '2026-11-26' },
      },
    ]);
  });

  it('registers a centre again when its type changes, keeping its places for the capacity change', () => {
    expect(changesOf({ ...row, type: 'transit' }, current, '2026-11-26')).toEqual([
      {
        type: 'no.reception.centre.registered.v1',
        data: {
          centreId: 'OSL-1',
          name: 'Oslo mottak',
          hostMunicipalityNumber: '0301',
          type: 'transit',
          fixedPlaces: 120,
          flexiblePlaces: 30,
        },
      },
    ]);
  });
});
