import { readFileSync } from 'node:fs';

import type { Browser } from 'playwright-core';

import { CareCentreEventTypes, ReceptionEventTypes } from '#contracts';
import { localKeycloakToken } from '#platform';

import { createWebApp, type WebApp } from '../../apps/web/src/web.app.js';
import { readWebConfig } from '../../apps/web/src/web.config.js';
import { ServiceHarness } from '../support/service-harness.js';
import { launchChromium, menu, screenshot, seriousAxeViolations, signIn } from './workbench-browser.js';

interface ReceptionOccupancy {
  national: { residents: number; capacity: number; occupancyPercent: number | null };
}
interface CareOccupancy {
  national: { children: number; places: number; occupancyPercent: number | null; awaitingPlacement: number };
}
interface Escalation {
  rule: string;
  status: string;
}

const nb = (n: number) => new Intl.NumberFormat('nb-NO').format(n);

describe('the workbench in a real browser, signed in through the real Keycloak', () => {
  const harness = new ServiceHarness('web');
  let web: WebApp;
  let browser: Browser;

  /** A service's answer as the analyst gets it (the services check the token when access control is on). */
  const api = async <T>(service: 'reception' | 'care-centres' | 'settlement', path: string): Promise<T> => {
    const token = await localKeycloakToken({ user: 'analyst' });
    const response = await fetch(`${harness.service(service).url}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };

  beforeAll(async () => {
    await harness.start({ reception: {}, 'care-centres': {}, settlement: {} });
    web = await createWebApp(
      readWebConfig({
        WEB_HTTP_PORT: '0',
        WEB_SETTLEMENT_URL: harness.service('settlement').url,
        WEB_RECEPTION_URL: harness.service('reception').url,
        WEB_CARE_CENTRES_URL: harness.service('care-centres').url,
      }),
    );
    browser = await launchChromium();
    // A scenario: a full reception centre (an escalation), a care centre with one child of two places.
    await harness.sender.send(ReceptionEventTypes.centreRegistered, {
      centreId: 'WEB-OSL-1',
      name: 'Oslo mottak',
      hostMunicipalityNumber: '0301',
      type: 'ordinary',
      fixedPlaces: 2,
    });
    await harness.sender.send(CareCentreEventTypes.centreRegistered, {
      centreId: 'WEB-OMS-1',
      hostMunicipalityNumber: '4601',
      statePlaces: 2,
      privatePlaces: 0,
    });
    await harness.waitForConsumed();
    for (const personId of ['web-p-1', 'web-p-2']) {
      await harness.sender.send(ReceptionEventTypes.arrivalRegistered, {
        personId,
        centreId: 'WEB-OSL-1',
        date: '2026-11-01',
      });
    }
    await harness.waitForConsumed();
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await harness.stop();
  });

  it("shows the analyst the situation picture with the services' own figures, the map and the escalations", async () => {
    const { context, page } = await signIn(browser, web.url, 'analyst');
    expect(page.url()).toBe(`${web.url}/situasjon`);
    expect(await menu(page)).toEqual(['Situasjonsbilde', 'Måloppnåelse']);
    // The session is in an httpOnly cookie: no script on the page can read it.
    expect(await page.evaluate<string>('document.cookie')).toBe('');

    const reception = await api<ReceptionOccupancy>('reception', '/reception/occupancy');
    const care = await api<CareOccupancy>('care-centres', '/care-centres/occupancy');
    const escalations = await api<Escalation[]>('reception', '/reception/escalations?status=open');
    expect(reception.national).toEqual({ residents: 2, capacity: 2, occupancyPercent: 100 });
    const figure = page.getByTestId.bind(page);
    await expect(figure('reception-residents').getAttribute('data-value')).resolves.toBe(
      String(reception.national.residents),
    );
    await expect(figure('reception-residents').textContent()).resolves.toBe(nb(reception.national.residents));
    await expect(figure('reception-capacity').getAttribute('data-value')).resolves.toBe(
      String(reception.national.capacity),
    );
    await expect(figure('reception-occupancy').textContent()).resolves.toBe(
      `${nb(reception.national.occupancyPercent!)} %`,
    );
    await expect(figure('care-places').getAttribute('data-value')).resolves.toBe(
      String(care.national.places),
    );
    await expect(figure('care-children').getAttribute('data-value')).resolves.toBe(
      String(care.national.children),
    );
    expect(escalations.map((e) => e.rule)).toContain('national-occupancy-high');
    await page.locator('[data-testid=escalations-table] tr[data-rule=national-occupancy-high]').waitFor();
    await expect(
      page.locator('[data-testid=reception-counties] tbody tr').first().textContent(),
    ).resolves.toContain('Oslo');

    await page.locator('[data-testid=municipality-map] path').nth(356).waitFor({ state: 'attached' });
    await expect(page.locator('[data-testid=municipality-map] path').count()).resolves.toBe(357);
    await page.getByText('Kartgrunnlag: © Kartverket (CC BY 4.0)').waitFor();

    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'situation-analyst');
    await context.close();
  });

  it('shows municipal staff only their own page, and no situation picture', async () => {
    const { context, page } = await signIn(browser, web.url, 'municipality-staff-oslo');
    expect(await menu(page)).toEqual(['Kommune']);
    expect(page.url()).toBe(`${web.url}/kommune`);
    const own = page.getByTestId('municipality-0301');
    await own.getByText('Ingen varsler.').waitFor();
    // No requests issued for this year yet: said in words, not as an error
    await own.getByText('IMDi har ikke utstedt anmodninger for året ennå.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'municipality-oslo');
    await page.goto(`${web.url}/situasjon`);
    await page.getByRole('heading', { name: 'Ingen tilgang' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'no-access-municipality-staff');
    await context.close();
  });

  it('speaks English when chosen, and signs out at Keycloak too', async () => {
    const { context, page } = await signIn(browser, web.url, 'policy-author-imdi');
    expect(await menu(page)).toEqual(['Situasjonsbilde', 'Anmodninger', 'Regelverksted', 'Måloppnåelse']);
    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('heading', { name: 'Situation picture', level: 1 }).waitFor();
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('en');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'You are not signed in' }).waitFor();
    const me = await page.evaluate(async () => (await fetch('/auth/me')).json());
    expect(me).toEqual({ user: null });
    const forwarded = await page.evaluate(
      async () => (await fetch('/api/reception/reception/occupancy')).status,
    );
    expect(forwarded).toBe(401);
    await context.close();
  });

  it('lets a policy author read a rule set in plain words, edit it as a form and as JSON, test, simulate and submit it', async () => {
    const { context, page } = await signIn(browser, web.url, 'policy-author-udi');
    await page.getByRole('link', { name: 'Regelverksted' }).click();
    await page.getByRole('button', { name: 'Reception escalation triggers' }).click();
    const plain = page.getByTestId('plain-words');
    await plain.getByText('Residents as a share of all places er minst 95 percent').first().waitFor();
    await expect(page.getByTestId('validation').getByText('Gyldig.').textContent()).resolves.toBe('Gyldig.');

    // The form: the threshold of the first rule's second condition, outside the fact's range, then valid.
    const value = page.locator('[data-path="$.rules[0].conditions.all[1]"]').getByLabel('Verdi');
    await value.fill('-5');
    await page
      .locator('[data-path="$.rules[0].conditions.all[1]"]')
      .getByText('must be from 0 to …')
      .waitFor();
    await value.fill('96');
    const json = page.getByTestId('rule-json');
    expect(JSON.parse(await json.inputValue()).rules[0].conditions.all[1].value).toBe(96);

    // The JSON: a problem is shown at its path while typing; then a valid candidate with a new version.
    const edited = JSON.parse(await json.inputValue());
    edited.rules[0].conditions.all[1].operator = 'bogus';
    await json.fill(JSON.stringify(edited, null, 2));
    await page.getByTestId('validation').getByText('$.rules[0].conditions.all[1].operator').waitFor();
    edited.rules[0].conditions.all[1].operator = 'greaterThanInclusive';
    edited.version = '1.4.1';
    await json.fill(JSON.stringify(edited, null, 2));
    await page.getByTestId('validation').getByText('Gyldig.').waitFor();

    await page.getByRole('button', { name: 'Kjør testtilfellene' }).click();
    await page.getByTestId('test-results').getByRole('listitem').first().waitFor();
    await page.getByRole('button', { name: 'Simuler' }).click();
    await page.getByTestId('simulation').getByText('Beslutninger simulert').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'rules-policy-author');

    await page.getByRole('button', { name: 'Send inn som kandidat' }).click();
    await page.getByTestId('outcome').waitFor();
    expect(await page.getByTestId('outcome').textContent()).toBe('Sendt inn. Versjon 1.4.1 (pending)');
    // Four eyes: the candidate decides once another person, a UDI policy approver, approves it.
    const approval = await fetch(
      `${harness.service('reception').url}/rules/reception-escalations/candidates/1.4.1/approve`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await localKeycloakToken({ user: 'policy-approver-udi' })}`,
          'content-type': 'application/json',
        },
        body: '{}',
      },
    );
    expect(approval.status).toBe(200);
    const active = await api<{ version: string; rules: { conditions: { all: { value: unknown }[] } }[] }>(
      'reception',
      '/rules/reception-escalations',
    );
    expect(active.version).toBe('1.4.1');
    expect(active.rules[0].conditions.all[1].value).toBe(96);
    await context.close();
  });

  it('lets an IMDi approver draft a distribution, read it on the map and in a sortable table, export and issue it', async () => {
    const { context, page } = await signIn(browser, web.url, 'policy-approver-imdi');
    expect(await menu(page)).toEqual(['Situasjonsbilde', 'Anmodninger', 'Regelverksted', 'Måloppnåelse']);
    await page.getByRole('link', { name: 'Anmodninger' }).click();
    await page.getByLabel('År').fill('2027');
    await page.getByLabel('Antall å bosette').fill('1000');
    await page.getByRole('button', { name: 'Lag utkast' }).click();
    const table = page.getByTestId('distribution-table');
    await table.locator('tbody tr').first().waitFor();
    await page.locator('[data-testid=municipality-map] path').nth(356).waitFor({ state: 'attached' });
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    const requested = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    const sum = requested.reduce((total, text) => total + Number(text.replace(/\s/g, '')), 0);
    expect(sum).toBe(1000);
    // Sorted by the requested figure, largest first; a click on the header turns the order.
    const header = table.getByRole('columnheader', { name: /Anmodet/ });
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFkommunenummer,kommunenavn,fylkesnummer,requested,of_which_em,em_under_15,em_15_to_18,explanation',
    );
    expect(csv.trimEnd().split('\r\n')).toHaveLength(rows + 1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'requests-policy-approver');

    await page.getByRole('button', { name: 'Utsted anmodningene' }).click();
    await page.getByTestId('requests-message').getByText('Anmodningene er utstedt.').waitFor();
    const issued = await api<{ total: number; status: string; municipalities: unknown[] }>(
      'settlement',
      '/settlement/requests/2027',
    );
    expect({
      total: issued.total,
      status: issued.status,
      municipalities: issued.municipalities.length,
    }).toEqual({
      total: 1000,
      status: 'issued',
      municipalities: rows,
    });

    await page.getByRole('link', { name: 'Måloppnåelse' }).click();
    await page.getByTestId('goal-settled').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'goals-policy-approver');
    await context.close();
  });

  it("gives a county authority its own county's recommendations and an IMDi caseworker the casework page", async () => {
    const county = await signIn(browser, web.url, 'county-staff-vestland');
    expect(await menu(county.page)).toEqual(['Fylkeskommune']);
    await county.page.getByRole('link', { name: 'Fylkeskommune' }).click();
    await county.page.getByLabel('Bergen (4601)').fill('500');
    await county.page.getByLabel('Voss (4621)').fill('25');
    await expect(county.page.getByTestId('county-sum').textContent()).resolves.toBe('525');
    await county.page.getByRole('button', { name: 'Lagre anbefalingene' }).click();
    await county.page.getByText('Anbefalingene er lagret.').waitFor();
    const year = new Date().getFullYear() + 1;
    const saved = await api<{ municipalityNumber: string; persons: number }[]>(
      'settlement',
      `/settlement/county-recommendations/${year}`,
    );
    expect(saved.map(({ municipalityNumber, persons }) => ({ municipalityNumber, persons }))).toEqual(
      expect.arrayContaining([
        { municipalityNumber: '4601', persons: 500 },
        { municipalityNumber: '4621', persons: 25 },
      ]),
    );
    expect(await seriousAxeViolations(county.page)).toEqual([]);
    await screenshot(county.page, 'county-vestland');
    await county.context.close();

    const caseworker = await signIn(browser, web.url, 'caseworker-imdi');
    expect(await menu(caseworker.page)).toEqual(['Situasjonsbilde', 'Saksbehandling']);
    await caseworker.page.getByRole('link', { name: 'Saksbehandling' }).click();
    await caseworker.page.getByRole('heading', { name: 'Bosettingsklare som venter' }).waitFor();
    await caseworker.page.getByLabel('Husstandens id').fill('no-such-household');
    await caseworker.page.getByRole('button', { name: 'Vis forslag' }).click();
    await caseworker.page
      .getByText('No one in household no-such-household is waiting to be settled')
      .waitFor();
    expect(await seriousAxeViolations(caseworker.page)).toEqual([]);
    await screenshot(caseworker.page, 'caseworker-imdi');
    await caseworker.context.close();
  });
});
