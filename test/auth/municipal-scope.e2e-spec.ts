import { ReceptionEventTypes, SettlementEventTypes } from '#contracts';

import { waitUntil } from '../../infra/wait-until.js';
import { subjectOf } from '../support/local-callers.js';
import { ServiceHarness } from '../support/service-harness.js';

interface Requests {
  total: number;
  municipalities: { kommunenummer: string; requested: number }[];
  counties: { fylkesnummer: string }[];
}
interface Decisions {
  requested: number;
  municipalities: { municipalityNumber: string }[];
}
interface Warning {
  municipalityNumber: string;
  status: string;
}

const OSLO = 'municipality-staff-oslo';
const BERGEN = 'municipality-staff-bergen';
const BOTH = 'municipality-staff-oslo-bergen';
const VESTLAND = 'county-staff-vestland';

/**
 * Municipal and county staff with real tokens of the local Keycloak: Oslo's staff (0301) neither read nor change
 * Bergen's (4601) data and the other way round; Vestland's county staff (46) only their county's.
 */
describe("municipality and county staff see and change only their own municipalities' data", () => {
  const harness = new ServiceHarness('municipal-scope');
  const settlement = harness.service('settlement');
  const reception = harness.service('reception');
  const numbers = (rows: { kommunenummer?: string; municipalityNumber?: string }[]) =>
    [...new Set(rows.map((row) => row.kommunenummer ?? row.municipalityNumber))].sort();

  beforeAll(async () => {
    await harness.start({ settlement: {}, reception: { WEBHOOK_ALLOW_LOOPBACK_HTTP: 'true' } });
    await harness.sender.send(SettlementEventTypes.needEstimated, {
      year: 2026,
      total: 13000,
      emUnder15: 80,
      em15To18: 571,
      source: 'national committee',
      estimatedOn: '2025-10-15',
    });
    await harness.waitForConsumed();
    const draft = await settlement
      .as('policy-author-imdi')
      .post<{ distributionId: string }>('/settlement/requests/distribute', { year: 2026 });
    expect(draft.status).toBe(201);
    const issued = await settlement
      .as('policy-approver-imdi')
      .post<{ issuedBy: string }>(
        `/settlement/requests/distributions/${draft.body.distributionId}/issue`,
        {},
      );
    expect(issued.status).toBe(200);
    expect(issued.body.issuedBy).toBe(await subjectOf('policy-approver-imdi'));
  });
  afterAll(() => harness.stop());

  it("gives municipal staff the issued requests of their own municipalities only, and no county's", async () => {
    const everyone = await settlement.as('analyst').get<Requests>('/settlement/requests/2026');
    expect(everyone.municipalities).toHaveLength(357);

    const oslo = await settlement.as(OSLO).get<Requests>('/settlement/requests/2026');
    expect(numbers(oslo.municipalities)).toEqual(['0301']);
    expect(oslo.counties).toEqual([]);
    expect(oslo.total).toBe(everyone.total);
    expect(
      numbers((await settlement.as(BERGEN).get<Requests>('/settlement/requests/2026')).municipalities),
    ).toEqual(['4601']);
    expect(
      numbers((await settlement.as(BOTH).get<Requests>('/settlement/requests/2026')).municipalities),
    ).toEqual(['0301', '4601']);

    const csv = await (await settlement.as(OSLO).fetch('/settlement/requests/2026?format=csv')).text();
    const rows = csv.trim().split('\n').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^0301,/);
  });

  it("gives county staff their county's municipalities and the county's own figures", async () => {
    const vestland = await settlement.as(VESTLAND).get<Requests>('/settlement/requests/2026');
    expect(vestland.municipalities.length).toBeGreaterThan(10);
    expect(vestland.municipalities.every((m) => m.kommunenummer.startsWith('46'))).toBe(true);
    expect(vestland.counties.map((c) => c.fylkesnummer)).toEqual(['46']);
  });

  it('limits the decisions of the year in the same way', async () => {
    const oslo = await settlement.as(OSLO).get<Decisions>('/settlement/decisions/2026');
    expect(numbers(oslo.municipalities)).toEqual(['0301']);
    const vestland = await settlement.as(VESTLAND).get<Decisions>('/settlement/decisions/2026');
    expect(vestland.municipalities.every((m) => m.municipalityNumber.startsWith('46'))).toBe(true);
    const analyst = await settlement.as('analyst').get<Decisions>('/settlement/decisions/2026');
    expect(analyst.municipalities.length).toBeGreaterThan(vestland.municipalities.length);
  });

  it("lets county staff submit their own county's recommendations and indicators, and no other county's", async () => {
    const body = {
      source: 'Vestland fylkeskommune',
      recommendations: [{ municipalityNumber: '4601', persons: 500 }],
    };
    expect(
      (await settlement.as(VESTLAND).put('/settlement/county-recommendations/2026/46', body)).status,
    ).toBe(200);
    const osloCounty = await settlement.as(VESTLAND).put('/settlement/county-recommendations/2026/03', {
      source: 'Vestland fylkeskommune',
      recommendations: [{ municipalityNumber: '0301', persons: 10 }],
    });
    expect(osloCounty).toMatchObject({ status: 403, body: { message: 'You may not act for county 03' } });
    const forOslo = await settlement
      .as('policy-author-imdi')
      .put('/settlement/county-recommendations/2026/03', {
        source: 'IMDi for Oslo',
        recommendations: [{ municipalityNumber: '0301', persons: 10 }],
      });
    expect(forOslo.status).toBe(200);
    const seen = await settlement
      .as(VESTLAND)
      .get<{ countyNumber: string }[]>('/settlement/county-recommendations/2026');
    expect([...new Set(seen.map((row) => row.countyNumber))]).toEqual(['46']);

    const own = await settlement.as(VESTLAND).post('/settlement/indicators', {
      csv: 'kommunenummer;employmentRate\n4601;70,5\n',
    });
    expect(own).toMatchObject({ status: 200, body: { values: 1 } });
    const foreign = await settlement.as(VESTLAND).post('/settlement/indicators', {
      csv: 'kommunenummer;employmentRate\n4601;70,5\n0301;71,5\n',
    });
    expect(foreign).toMatchObject({ status: 422, body: { field: 'csv' } });
    expect(JSON.stringify(foreign.body)).toContain('municipality 0301');
  });

  it("refuses Oslo's staff Bergen's webhook, and Bergen's staff Oslo's", async () => {
    const hook = { url: 'http://127.0.0.1:9/hook' };
    expect((await reception.as(OSLO).put('/reception/host-municipalities/0301/webhook', hook)).status).toBe(
      200,
    );
    expect(await reception.as(OSLO).put('/reception/host-municipalities/4601/webhook', hook)).toMatchObject({
      status: 403,
      body: { message: 'You may not act for municipality 4601' },
    });
    expect((await reception.as(BERGEN).put('/reception/host-municipalities/0301/webhook', hook)).status).toBe(
      403,
    );
    const stored = await reception.query<{ municipality_number: string }>(
      'SELECT municipality_number FROM host_municipality_webhooks',
    );
    expect(stored).toEqual([{ municipality_number: '0301' }]);
  });

  it("lists Oslo's staff only Oslo's early warnings, and refuses them Bergen's", async () => {
    for (const [centreId, municipality] of [
      ['SCOPE-OSL', '0301'],
      ['SCOPE-BGO', '4601'],
    ]) {
      await harness.sender.send(ReceptionEventTypes.centreRegistered, {
        centreId,
        hostMunicipalityNumber: municipality,
        type: 'ordinary',
        fixedPlaces: 60,
      });
    }
    await harness.waitForConsumed();
    await waitUntil(
      'a warning for each municipality',
      async () =>
        numbers(await reception.as('operator').get<Warning[]>('/reception/early-warnings')).length === 2,
      { timeoutMs: 30000, intervalMs: 100 },
    );
    expect(numbers(await reception.as(OSLO).get<Warning[]>('/reception/early-warnings'))).toEqual(['0301']);
    expect(numbers(await reception.as(BERGEN).get<Warning[]>('/reception/early-warnings'))).toEqual(['4601']);
    expect(numbers(await reception.as(BOTH).get<Warning[]>('/reception/early-warnings'))).toEqual([
      '0301',
      '4601',
    ]);
    expect(
      (await reception.as(OSLO).request('GET', '/reception/early-warnings?municipality=4601')).status,
    ).toBe(403);
    expect(
      numbers(await reception.as(OSLO).get<Warning[]>('/reception/early-warnings?municipality=0301')),
    ).toEqual(['0301']);
  });
});
