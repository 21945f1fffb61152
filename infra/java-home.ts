import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where JDKs are usually installed, besides JAVA_HOME. */
const JDK_FOLDERS = ['/usr/lib/jvm', '/usr/java', '/opt/java', '/Library/Java/JavaVirtualMachines'];

function majorVersionOf(home: string): number | undefined {
  const release = path.join(home, 'release');
  if (existsSync(release)) {
    const match = /^JAVA_VERSION="(\d+)/m.exec(readFileSync(release, 'utf8'));
    if (match) return Number(match[1]);
  }
  const java = path.join(home, 'bin', 'java');
  if (!existsSync(java)) return undefined;
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)/.exec(`${result.stderr}${result.stdout}`);
  return match ? Number(match[1]) : undefined;
}

function candidateHomes(env: NodeJS.ProcessEnv, folders: string[]): string[] {
  const installed = folders
    .filter((folder) => existsSync(folder))
    .flatMap((folder) =>
      readdirSync(folder).map((name) => {
        const home = path.join(folder, name);
        const macHome = path.join(home, 'Contents', 'Home');
        return existsSync(macHome) ? macHome : home;
      }),
    );
  return [env.JAVA_HOME, ...installed].filter((home): home is string => Boolean(home));
}

/**
 * A JDK of at least the given major version: JAVA_HOME when it is one, otherwise the newest found in the usual
 * folders. Used for Keycloak only, which needs a newer Java than the Kafka broker.
 */
export function findJavaHome(
  minimumMajor: number,
  purpose: string,
  env = process.env,
  folders: string[] = JDK_FOLDERS,
): string {
  const found = candidateHomes(env, folders)
    .filter((home) => existsSync(path.join(home, 'bin', 'java')))
    .map((home) => ({ home, major: majorVersionOf(home) ?? 0 }));
  if (env.JAVA_HOME && (found.find((jdk) => jdk.home === env.JAVA_HOME)?.major ?? 0) >= minimumMajor) {
    return env.JAVA_HOME;
  }
  const suitable = found.filter((jdk) => jdk.major >= minimumMajor).sort((a, b) => b.major - a.major);
  if (suitable.length > 0) return suitable[0].home;
  const seen = found.map((jdk) => `${jdk.home} (Java ${jdk.major || '?'})`).join(', ') || 'none';
  throw new Error(
    `${purpose} needs a Java ${minimumMajor} or newer JDK, and none was found (looked at JAVA_HOME and ` +
      `${folders.join(', ')}; found: ${seen}). Install one (e.g. Temurin ${minimumMajor}+) and set JAVA_HOME to it.`,
  );
}
