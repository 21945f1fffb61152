import { ConfigurationError, HTTP_PORT } from '#platform';

import { readWebConfig } from '../apps/web/src/web.config.js';
import { infrastructureSettingsFromEnv } from './infrastructure.js';
import { services } from './services.js';

/**
 * Reads the configuration of the infrastructure and of every service from `env` before anything starts, and
 * throws one ConfigurationError naming each bad variable once, however many services read it.
 */
export function checkConfiguration(env: NodeJS.ProcessEnv): void {
  const problems = new Set<string>();
  const readers = [
    () => infrastructureSettingsFromEnv(env),
    ...services.map((s) => () => s.readConfig(env)),
    () => readWebConfig(env),
  ];
  for (const read of readers) {
    try {
      read();
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      for (const problem of error.problems) problems.add(problem);
    }
  }
  if (problems.size > 0) throw new ConfigurationError([...problems]);
}

/** The environment a service started by `npm start` gets: its own default port, whatever HTTP_PORT says. */
export function serviceEnvironment(env: NodeJS.ProcessEnv, port: number): NodeJS.ProcessEnv {
  return { ...env, [HTTP_PORT.name]: String(port) };
}
