import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

import { ensureChromium } from '../../infra/ensure-chromium.js';
import { repositoryRoot } from '../../infra/paths.js';

/** Screenshots of every page the browser tests visit (git-ignored). */
export const ARTEFACTS = path.join(repositoryRoot(), 'test', 'artefacts', 'web');

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's Chromium, headless, with a fresh profile (playwright makes one per launch). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = ensureChromium();
  mkdirSync(ARTEFACTS, { recursive: true });
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A person in their own browser context (own cookies), signed in through the real Keycloak login form.
 * The context bypasses the page's CSP only so that axe-core can be injected.
 */
export async function signIn(
  browser: Browser,
  baseUrl: string,
  username: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    bypassCSP: true,
    locale: 'nb-NO',
    viewport: { width: 1400, height: 1000 },
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByRole('main').getByRole('link', { name: 'Logg inn' }).click();
  await page.waitForURL(/\/realms\/refugees\//);
  await page.fill('#username', username);
  await page.fill('#password', 'refugees-dev');
  await page.click('#kc-login');
  await page.waitForURL((url) => url.toString().startsWith(baseUrl));
  await page.getByTestId('user').waitFor();
  return { context, page };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's WCAG 2.1 A/AA violations of the page as it is now that are serious or critical. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  // Runs in the page (a string, since this file is compiled without the DOM's types).
  const violations = await page.evaluate<AxeViolation[]>(`(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
    }));
  })()`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(ARTEFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The names in the main menu, in order. */
export async function menu(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link').allTextContents();
}
