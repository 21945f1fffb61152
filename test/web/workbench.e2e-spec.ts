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
    expect(await menu(page)).toEqual(['Situasjonsbilde', 'Anmodninger', 'Måloppnåelse']);
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
});
