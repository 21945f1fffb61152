import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { LOCAL_KEYCLOAK } from '#platform';

import { residentMemoryOfGroupMb, runningPid, stopProcessGroup } from './background-process.js';
import { findJavaHome } from './java-home.js';
import { infraStateDirectory, repositoryRoot } from './paths.js';
import { waitUntil } from './wait-until.js';

const KEYCLOAK_VERSION = '26.7.3';
const MINIMUM_JAVA = 21;
const REALM_FILE = 'infra/keycloak/realm/refugees-realm.json';
/** The start script, the leader of Keycloak's process group (and what its command line holds). */
const KC_SCRIPT = 'kc.sh';
// Development only: the admin console on 127.0.0.1 (http://127.0.0.1:8180/admin).
const ADMIN = { username: 'admin', password: 'admin' };

function keycloakDirectory(): string {
  return path.join(infraStateDirectory(), 'keycloak');
}

function distributionHome(): string {
  return path.join(keycloakDirectory(), `keycloak-${KEYCLOAK_VERSION}`);
}

function storageDirectory(): string {
  return path.join(keycloakDirectory(), 'storage');
}

function pidFile(): string {
  return path.join(keycloakDirectory(), 'keycloak.pid');
}

/** The hash of the realm file the running (or stored) Keycloak imported. */
function importedRealmHashFile(): string {
  return path.join(keycloakDirectory(), 'realm.sha256');
}

export function keycloakLogFile(): string {
  return path.join(keycloakDirectory(), 'keycloak.log');
}

function realmFile(): string {
  return path.join(repositoryRoot(), REALM_FILE);
}

function realmHash(): string {
  return createHash('sha256').update(readFileSync(realmFile())).digest('hex');
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** True when the project's realm answers its OpenID discovery document at the local address. */
export function realmAnswers(): Promise<boolean> {
  return answers(`${LOCAL_KEYCLOAK.issuer}/.well-known/openid-configuration`);
}

function keycloakAnswersWithoutRealm(): Promise<boolean> {
  return answers(`${LOCAL_KEYCLOAK.baseUrl}/realms/master/.well-known/openid-configuration`);
}

/** Fetches the distribution from Maven Central (cached in ~/.m2) and unzips it, unless it is there already. */
function installDistribution(): void {
  if (existsSync(path.join(distributionHome(), 'bin', KC_SCRIPT))) return;
  console.log(`  fetching Keycloak ${KEYCLOAK_VERSION} from Maven Central (first run only)...`);
  const artifact = `org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip`;
  const fetched = spawnSync(
    'mvn',
    ['-q', '-B', 'dependency:get', `-Dartifact=${artifact}`, '-Dtransitive=false'],
    {
      stdio: 'inherit',
    },
  );
  if (fetched.status !== 0) throw new Error(`Maven could not fetch ${artifact} (is Maven installed?)`);
  const zip = path.join(
    os.homedir(),
    '.m2/repository/org/keycloak/keycloak-quarkus-dist',
    KEYCLOAK_VERSION,
    `keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip`,
  );
  mkdirSync(keycloakDirectory(), { recursive: true });
  const unzipped = spawnSync('unzip', ['-q', '-o', zip, '-d', keycloakDirectory()], { stdio: 'inherit' });
  if (unzipped.error || unzipped.status !== 0) {
    rmSync(distributionHome(), { recursive: true, force: true });
    throw new Error(`Could not unzip ${zip} into ${keycloakDirectory()} (is unzip installed?)`);
  }
}

/** Puts the repository's realm where `--import-realm` finds it; a changed realm file starts from empty storage. */
function prepareRealmImport(): void {
  const hash = realmHash();
  const previous = existsSync(importedRealmHashFile())
    ? readFileSync(importedRealmHashFile(), 'utf8').trim()
    : '';
  if (previous !== hash) rmSync(storageDirectory(), { recursive: true, force: true });
  mkdirSync(storageDirectory(), { recursive: true });
  const importDirectory = path.join(distributionHome(), 'data', 'import');
  rmSync(importDirectory, { recursive: true, force: true });
  mkdirSync(importDirectory, { recursive: true });
  copyFileSync(realmFile(), path.join(importDirectory, path.basename(REALM_FILE)));
  writeFileSync(importedRealmHashFile(), hash);
}

function startedWithCurrentRealm(): boolean {
  return (
    existsSync(importedRealmHashFile()) &&
    readFileSync(importedRealmHashFile(), 'utf8').trim() === realmHash()
  );
}

function lastLogLines(): string {
  const lines = existsSync(keycloakLogFile()) ? readFileSync(keycloakLogFile(), 'utf8').split('\n') : [];
  return `--- last lines of ${keycloakLogFile()} ---\n${lines.slice(-30).join('\n')}`;
}

/**
 * Starts Keycloak in development mode on 127.0.0.1:8180 with the repository's realm, unless the realm answers
 * there already. Storage (H2) stays in .infra/keycloak/storage between runs; a Keycloak this checkout started
 * from an older realm file is restarted on empty storage so that it serves the current file.
 */
export async function startLocalKeycloak(): Promise<'already-running' | 'started'> {
  const ownPid = runningPid(pidFile(), KC_SCRIPT);
  if (await realmAnswers()) {
    if (ownPid === undefined || startedWithCurrentRealm()) return 'already-running';
    console.log('  the realm file changed since Keycloak started: restarting it');
    await stopProcessGroup(pidFile(), KC_SCRIPT, 'Keycloak');
  } else if (ownPid === undefined && (await keycloakAnswersWithoutRealm())) {
    throw new Error(
      `A Keycloak answers on ${LOCAL_KEYCLOAK.baseUrl} without the realm "${LOCAL_KEYCLOAK.realm}" and was not ` +
        `started by this checkout: import ${REALM_FILE} into it, stop it, or set AUTH_ISSUERS.`,
    );
  }

  const started = Date.now();
  const javaHome = findJavaHome(MINIMUM_JAVA, `Keycloak ${KEYCLOAK_VERSION}`);
  installDistribution();
  if (ownPid !== undefined) await stopProcessGroup(pidFile(), KC_SCRIPT, 'Keycloak');
  prepareRealmImport();

  const log = openSync(keycloakLogFile(), 'a');
  const keycloak = spawn(
    path.join(distributionHome(), 'bin', KC_SCRIPT),
    [
      'start-dev',
      '--import-realm',
      `--http-host=127.0.0.1`,
      `--http-port=${LOCAL_KEYCLOAK.port}`,
      // A fixed issuer whatever address a client uses (localhost or 127.0.0.1).
      `--hostname=${LOCAL_KEYCLOAK.baseUrl}`,
      `--db-url=jdbc:h2:file:${path.join(storageDirectory(), 'keycloakdb')};NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE`,
    ],
    {
      detached: true,
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        JAVA_HOME: javaHome,
        JAVA_OPTS_KC_HEAP: '-Xms64m -Xmx512m',
        KC_BOOTSTRAP_ADMIN_USERNAME: ADMIN.username,
        KC_BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
      },
    },
  );
  closeSync(log);
  keycloak.unref();
  writeFileSync(pidFile(), String(keycloak.pid));

  let onExit: (code: number | null) => void = () => undefined;
  const exited = new Promise<never>((_, reject) => {
    onExit = (code) => reject(new Error(`Keycloak exited during start-up (code ${code})`));
    keycloak.once('exit', onExit);
  });
  try {
    await Promise.race([
      waitUntil(`Keycloak's realm "${LOCAL_KEYCLOAK.realm}" on ${LOCAL_KEYCLOAK.baseUrl}`, realmAnswers, {
        timeoutMs: 240000,
        intervalMs: 500,
      }),
      exited,
    ]);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${lastLogLines()}`, { cause: error });
  } finally {
    keycloak.off('exit', onExit);
  }
  const memory = residentMemoryOfGroupMb(keycloak.pid!);
  console.log(
    `  Keycloak started in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${keycloak.pid}` +
      `${memory === undefined ? '' : `, ${memory} MB resident`}; Java at ${javaHome})`,
  );
  return 'started';
}

export function stopLocalKeycloak(): Promise<boolean> {
  return stopProcessGroup(pidFile(), KC_SCRIPT, 'Keycloak');
}
