/**
 * One environment variable, declared once beside the code that reads it: its name, what it sets, who reads
 * it, its default and what a valid value looks like. EnvReader parses by this declaration and the README's
 * configuration table is generated from it (`npm run docs`), so the code and the documentation cannot disagree.
 */
export type ServiceName = 'settlement' | 'reception' | 'care-centres';

/** Who reads a variable: a service, or one of the project's scripts. */
export type VariableReader = ServiceName | 'web' | 'npm start' | 'CLIs' | 'e2e tests' | 'bench';

export const SERVICE_NAMES: readonly ServiceName[] = ['settlement', 'reception', 'care-centres'];

export type VariableDefault<T> =
  | { value: T }
  /** Each service has its own. */
  | { perService: Readonly<Record<ServiceName, T>> }
  /** No fixed value: the reader works one out, as the sentence says. */
  | { derived: string };

export interface ConfigVariable<T> {
  readonly name: string;
  /** What the variable sets, in a sentence for the README. */
  readonly description: string;
  readonly readBy: readonly VariableReader[];
  readonly default: VariableDefault<T>;
  /** What a valid value is, completing "must be …": "a whole number from 0 to 65535". */
  readonly expected: string;
  /** The value may hold a password: it is shown with the password masked. */
  readonly sensitive?: boolean;
  /** The whole value is a secret (a key, a password): it is never shown. */
  readonly secret?: boolean;
  /** The value, or undefined when the text is not one. */
  parse(text: string): T | undefined;
  /** A value as it would be written in the environment. */
  show(value: T): string;
}

interface Declaration<T> {
  name: string;
  description: string;
  readBy: readonly VariableReader[];
  default: VariableDefault<T>;
  sensitive?: boolean;
  secret?: boolean;
}

function declare<T>(
  declaration: Declaration<T>,
  expected: string,
  parse: (text: string) => T | undefined,
  show: (value: T) => string = String,
): ConfigVariable<T> {
  return { ...declaration, expected, parse, show };
}

export function integerVariable(
  declaration: Declaration<number> & { min: number; max: number },
): ConfigVariable<number> {
  const { min, max } = declaration;
  return declare(declaration, `a whole number from ${min} to ${max}`, (text) => {
    const value = Number(text);
    return /^-?\d+$/.test(text) && value >= min && value <= max ? value : undefined;
  });
}

export function portVariable(declaration: Declaration<number>): ConfigVariable<number> {
  return integerVariable({ ...declaration, min: 0, max: 65535 });
}

const TRUE = ['true', '1', 'yes'];
const FALSE = ['false', '0', 'no'];

export function booleanVariable(declaration: Declaration<boolean>): ConfigVariable<boolean> {
  return declare(declaration, 'true or false', (text) => {
    const lower = text.toLowerCase();
    if (TRUE.includes(lower)) return true;
    return FALSE.includes(lower) ? false : undefined;
  });
}

/** Free text, or text matching a pattern described by `expected`. */
export function textVariable(
  declaration: Declaration<string> & { pattern?: RegExp; expected?: string },
): ConfigVariable<string> {
  const { pattern } = declaration;
  return declare(declaration, declaration.expected ?? 'text', (text) =>
    pattern === undefined || pattern.test(text) ? text : undefined,
  );
}

export function identifierVariable(declaration: Declaration<string>): ConfigVariable<string> {
  return textVariable({
    ...declaration,
    pattern: /^[a-z_][a-z0-9_]{0,62}$/,
    expected: 'a lower-case SQL identifier (letters, digits, _)',
  });
}

export function urlVariable(
  declaration: Declaration<string> & { protocols: string[] },
): ConfigVariable<string> {
  const { protocols } = declaration;
  return declare(declaration, `a URL starting ${protocols.map((p) => `${p}//`).join(' or ')}`, (text) => {
    try {
      return protocols.includes(new URL(text).protocol) ? text : undefined;
    } catch {
      return undefined;
    }
  });
}

export function hostPortListVariable(declaration: Declaration<string[]>): ConfigVariable<string[]> {
  return declare(
    declaration,
    'a comma-separated list of host:port',
    (text) => {
      const entries = text
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean);
      const valid = entries.every((entry) => /^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/.test(entry));
      return entries.length > 0 && valid ? entries : undefined;
    },
    (value) => value.join(','),
  );
}

/**
 * A comma-separated list of items, each read by `item` (undefined when the item is not valid); an empty list
 * is written as an empty value.
 */
export function listVariable<T>(
  declaration: Declaration<T[]> & { item: (text: string) => T | undefined; expected: string },
): ConfigVariable<T[]> {
  const { item } = declaration;
  return declare(
    declaration,
    declaration.expected,
    (text) => {
      const items = text
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean)
        .map(item);
      return items.every((value) => value !== undefined) ? items : undefined;
    },
    (value) => value.join(','),
  );
}

export function choiceVariable<T extends string>(
  declaration: Declaration<T> & { choices: readonly T[] },
): ConfigVariable<T> {
  const { choices } = declaration;
  return declare(declaration, `one of ${choices.join(', ')}`, (text) =>
    (choices as readonly string[]).includes(text) ? (text as T) : undefined,
  );
}

/** The default a reader gets for the variable; `service` picks a per-service default. */
export function defaultOf<T>(variable: ConfigVariable<T>, service?: ServiceName): T {
  const fallback = variable.default;
  if ('value' in fallback) return fallback.value;
  if ('perService' in fallback && service !== undefined) return fallback.perService[service];
  throw new Error(`${variable.name} has no single default; read it for a service, or as optional`);
}
