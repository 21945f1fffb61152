import { readConfigurationOrExit } from '../config/env-reader.js';

/**
 * A service's main: reads its configuration (a bad value ends the process with one line naming the variable),
 * then starts it.
 */
export function runService<Config>(
  name: string,
  readConfig: () => Config,
  createApp: (config: Config) => Promise<unknown>,
): void {
  const config = readConfigurationOrExit(name, readConfig);
  createApp(config).catch((error: Error) => {
    console.error(`${name} service failed to start: ${error.message}`);
    process.exit(1);
  });
}
