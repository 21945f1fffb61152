import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { CentreListImport } from '../../apps/reception/src/centre-list/use-cases/import-centre-list.js';
import { ServiceHarness } from '../support/service-harness.js';

const HEADER = 'centre;name;host_municipality;type;places;flexible_places;status';
const FIRST_DAY = [
  HEADER,
  'OSL-1;Oslo mottak;0301;ordinary;100;0;operating',
  'NOW-1;Nowhere;9999;ordinary;500;0;operating',
  'BRG-1;;4601;transit;50;0;planned',
  'TRD-1;;5001;palace;20;0;operating',
  'TRD-2;;5001;ordinary;20;0;operating',
].join('\n');
const NEXT_DAY = [
  HEADER,
  'OSL-1;Oslo mottak;0301;ordinary;80;0;operating',
  'BRG-1;;4601;transit;50;0;planned',
  'TRD-2;;5001;ordinary;20;0;closed',
].join('\n');

describe("UDI's daily centre list, imported as CSV", () => {
  const harness = new ServiceHarness('centre-list');
  const reception = harness.service('reception');

  beforeAll(() => harness.start({ reception: {} }));
  afterAll(() => harness.stop());

  async function importList(csv: string, date: string): Promise<CentreListImport> {
    const response = await reception.fetch(`/reception/centre-list?date=${date}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv; charset=utf-8' },
      body: csv,
    });
    expect(response.status).toBe(200);
    return (await response.json()) as CentreListImport;
  }

  const capacity = async () =>
    (await reception.get<{ national: { capacity: number } }>('/reception/occupancy')).national.capacity;

  it('turns new centres into events, reports bad rows by line, and changes nothing when imported again', async () => {
    const first = await importList(FIRST_DAY, '2026-11-25');
    expect(first).toMatchObject({ day: '2026-11-25', rows: 5, unchanged: 0, notInList: [] });
    expect(
      first.events.map(({ line, centreId, type, outcome }) => ({ line, centreId, type, outcome })),
    ).toEqual([
      { line: 2, centreId: 'OSL-1', type: 'no.reception.centre.registered.v1', outcome: 'accepted' },
      { line: 4, centreId: 'BRG-1', type: 'no.reception.centre.registered.v1', outcome: 'accepted' },
      { line: 4, centreId: 'BRG-1', type: 'no.reception.centre.status-changed.v1', outcome: 'accepted' },
      { line: 6, centreId: 'TRD-2', type: 'no.reception.centre.registered.v1', outcome: 'accepted' },
    ]);
    expect(first.problems).toEqual([
      { line: 3, message: 'host municipality "9999" is not in the municipality register' },
      {
        line: 5,
        message:
          'type "palace" is not one of ordinary, unaccompanied-minors-15-18, transit, adapted-unit, arrival-centre, emergency-accommodation',
      },
    ]);

    const beforeConsumed = await importList(FIRST_DAY, '2026-11-25');
    expect(beforeConsumed.events.map((event) => event.outcome)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    await harness.waitForConsumed();
    expect(await capacity()).toBe(120);

    const afterConsumed = await importList(FIRST_DAY, '2026-11-25');
    expect(afterConsumed).toMatchObject({ rows: 5, unchanged: 3, events: [] });
    const imported = await reception.query<{ count: string }>(
      `SELECT count(*) FROM outbox WHERE payload->>'source' = '/udi/centre-list'`,
    );
    expect(imported).toEqual([{ count: '4' }]);
  });

  it("turns the next day's differences into capacity and status changes from that day", async () => {
    const next = await importList(NEXT_DAY, '2026-11-26');
    expect(next.events.map(({ centreId, type, outcome }) => ({ centreId, type, outcome }))).toEqual([
      { centreId: 'OSL-1', type: 'no.reception.centre.capacity-changed.v1', outcome: 'accepted' },
      { centreId: 'TRD-2', type: 'no.reception.centre.status-changed.v1', outcome: 'accepted' },
    ]);
    expect(next).toMatchObject({ rows: 3, unchanged: 1, problems: [], notInList: [] });
    await harness.waitForConsumed();
    expect(await capacity()).toBe(80);
    const rows = await reception.query<{ centre_id: string; status: string; status_changed_on: string }>(
      `SELECT centre_id, status, to_char(status_changed_on, 'YYYY-MM-DD') AS status_changed_on FROM centres
       ORDER BY centre_id`,
    );
    expect(rows).toEqual([
      { centre_id: 'BRG-1', status: 'planned', status_changed_on: '2026-11-25' },
      { centre_id: 'OSL-1', status: 'operating', status_changed_on: null },
      { centre_id: 'TRD-2', status: 'closed', status_changed_on: '2026-11-26' },
    ]);
  });

  it('imports from the command line, printing each event and each refused row with its line', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'centre-list-'));
    const file = path.join(directory, 'centres.csv');
    writeFileSync(
      file,
      `${NEXT_DAY.replace('80;0;operating', '90;0;operating')}\nBAD-1;;0000;ordinary;1;0;operating\n`,
    );
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        ['dist/tools/import-centres.js', file, '--date', '2026-11-27', '--url', reception.url],
        (error, out) => resolve({ code: error ? (error.code as number) : 0, stdout: out }),
      );
    });
    expect(stdout.split('\n')).toEqual([
      `${file} for 2026-11-27: 4 rows, 2 unchanged, 1 events sent, 0 already sent, 1 rows refused`,
      '  line 2: OSL-1 no.reception.centre.capacity-changed.v1 accepted',
      '  line 5: refused: host municipality "0000" is not in the municipality register',
      '',
    ]);
    expect(code).toBe(2);
    await harness.waitForConsumed();
    expect(await capacity()).toBe(90);
  });
});
