/**
 * Reads environment variables once at start-up. Every problem is collected, and start-up stops with one
 * message naming each offending variable, its value and what was expected.
 */
export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

export class EnvReader {
  private readonly problems: string[] = [];

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  string(name: string, fallback: string): string {
    const value = this.raw(name);
    return value ?? fallback;
  }

  port(name: string, fallback: number): number {
    return this.integer(name, fallback, { min: 0, max: 65535 });
  }

  integer(name: string, fallback: number, range: { min: number; max: number }): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!/^-?\d+$/.test(value) || parsed < range.min || parsed > range.max) {
      this.problems.push(`${name}="${value}" must be a whole number from ${range.min} to ${range.max}`);
      return fallback;
    }
    return parsed;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (['true', '1', 'yes'].includes(value.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(value.toLowerCase())) return false;
    this.problems.push(`${name}="${value}" must be true or false`);
    return fallback;
  }

  url(name: string, fallback: string, protocols: string[]): string {
    const value = this.raw(name) ?? fallback;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) {
        this.problems.push(`${name}="${redact(value)}" must use ${protocols.join(' or ')}`);
      }
    } catch {
      this.problems.push(`${name}="${redact(value)}" is not a URL`);
    }
    return value;
  }

  hostPortList(name: string, fallback: string): string[] {
    const value = this.raw(name) ?? fallback;
    const entries = value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const invalid = entries.filter((entry) => !/^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/.test(entry));
    if (entries.length === 0 || invalid.length > 0) {
      this.problems.push(`${name}="${value}" must be a comma-separated list of host:port`);
    }
    return entries;
  }

  identifier(name: string, fallback: string): string {
    const value = this.raw(name) ?? fallback;
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(value)) {
      this.problems.push(`${name}="${value}" must be a lower-case SQL identifier (letters, digits, _)`);
    }
    return value;
  }

  oneOf<T extends string>(name: string, fallback: T, allowed: readonly T[]): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      this.problems.push(`${name}="${value}" must be one of ${allowed.join(', ')}`);
      return fallback;
    }
    return value as T;
  }

  /** Throws a ConfigurationError naming every invalid variable read so far. */
  done(): void {
    if (this.problems.length > 0) throw new ConfigurationError(this.problems);
  }

  private raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@');
}
