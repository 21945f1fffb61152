import { type ConfigVariable, defaultOf, type ServiceName } from './config-variable.js';

/**
 * Every problem found in the environment, in one line: start-up prints it as it is and stops, with no stack
 * trace, so an operator sees at once which variable to fix.
 */
export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigurationError';
  }
}

/**
 * Reads environment variables by their declarations once at start-up. Every problem is collected, and done()
 * throws one ConfigurationError naming each offending variable, its value and what was expected.
 */
export class EnvReader {
  private readonly problems: string[] = [];

  /** `service` picks per-service defaults. */
  constructor(
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly service?: ServiceName,
  ) {}

  /** The variable's value, or its default when it is unset or blank. */
  value<T>(variable: ConfigVariable<T>): T {
    const value = this.optional(variable);
    return value === undefined ? defaultOf(variable, this.service) : value;
  }

  /** The variable's value, or undefined when it is unset, blank or invalid (then done() throws). */
  optional<T>(variable: ConfigVariable<T>): T | undefined {
    const text = this.env[variable.name]?.trim();
    if (text === undefined || text === '') return undefined;
    const value = variable.parse(text);
    if (value === undefined) {
      const shown = variable.secret
        ? '(hidden)'
        : JSON.stringify(variable.sensitive ? maskPassword(text) : text);
      this.problems.push(`${variable.name}=${shown} must be ${variable.expected}`);
    }
    return value;
  }

  /** A problem of several variables together (one requires another); reported with the others by done(). */
  report(problem: string): void {
    this.problems.push(problem);
  }

  /** Throws a ConfigurationError naming every invalid variable read so far. */
  done(): void {
    if (this.problems.length > 0) throw new ConfigurationError(this.problems);
  }
}

/** Reads with `read`, and ends the process with the configuration problems in one line if there are any. */
export function readConfigurationOrExit<T>(label: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    console.error(`${label}: ${error.message}`);
    process.exit(1);
  }
}

function maskPassword(url: string): string {
  return url.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@');
}
