import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Chromium, which the workbench's browser tests drive with playwright-core. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_PACKAGE = 'chromium';

export class ChromiumMissingError extends Error {}

/**
 * Makes sure Chromium is installed: as root it is installed with apt-get (Debian's package `chromium`);
 * otherwise the error says which package to install.
 */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const root = process.getuid?.() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!root || !apt) {
    throw new ChromiumMissingError(
      `The browser tests need Chromium at ${CHROMIUM_PATH}: install the Debian package "${CHROMIUM_PACKAGE}" (sudo apt-get install -y ${CHROMIUM_PACKAGE}).`,
    );
  }
  console.log(`Installing the Debian package "${CHROMIUM_PACKAGE}" for the browser tests …`);
  const options = { stdio: 'inherit' as const, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'update'], options);
  execFileSync(
    'apt-get',
    ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '--no-install-recommends', CHROMIUM_PACKAGE],
    options,
  );
  if (!existsSync(CHROMIUM_PATH))
    throw new ChromiumMissingError(`apt-get installed "${CHROMIUM_PACKAGE}" but ${CHROMIUM_PATH} is missing`);
  return CHROMIUM_PATH;
}

const runDirectly = process.argv[1]?.endsWith('ensure-chromium.js');
if (runDirectly) {
  try {
    console.log(`Chromium for the browser tests: ${ensureChromium()}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
