import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { findJavaHome } from './java-home.js';

function fakeJdk(folder: string, name: string, version: string): string {
  const home = path.join(folder, name);
  mkdirSync(path.join(home, 'bin'), { recursive: true });
  writeFileSync(path.join(home, 'bin', 'java'), '');
  writeFileSync(path.join(home, 'release'), `IMPLEMENTOR="Test"\nJAVA_VERSION="${version}"\n`);
  return home;
}

describe('findJavaHome', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'jvm-'));
  const java17 = fakeJdk(folder, 'java-17-openjdk', '17.0.15');
  const java21 = fakeJdk(folder, 'jdk-21', '21.0.4');
  const java25 = fakeJdk(folder, 'temurin-25-jdk', '25.0.3');

  it('takes JAVA_HOME when it is new enough', () => {
    expect(findJavaHome(21, 'Keycloak', { JAVA_HOME: java21 }, [folder])).toBe(java21);
  });

  it('looks past a JAVA_HOME that is too old, for the newest installed JDK', () => {
    expect(findJavaHome(21, 'Keycloak', { JAVA_HOME: java17 }, [folder])).toBe(java25);
  });

  it('names what is missing when no JDK is new enough', () => {
    expect(() => findJavaHome(26, 'Keycloak 26.7.3', {}, [folder])).toThrow(
      /Keycloak 26\.7\.3 needs a Java 26 or newer JDK, and none was found .*java-17-openjdk \(Java 17\)/,
    );
  });
});
