import type { FactValues } from '../rule-outcome.js';
import { NotCompilable } from './compiled-condition.js';
import { compilePath } from './fact-path.js';

/** A fact the evaluation needs and the facts do not have: json-rules-engine refuses the whole evaluation. */
export class UndefinedFact extends Error {
  constructor(fact: unknown) {
    super(`Undefined fact: ${String(fact)}`);
  }
}

export interface FactReader {
  read: (facts: FactValues) => unknown;
  /** 1 when the engine resolves a path (one more promise reaction), else 0. */
  ticks: number;
}

/**
 * Reads a fact as json-rules-engine's almanac does with allowUndefinedFacts false: a fact the facts do not have
 * as their own is an error; a path applies to an object or array value and leaves any other value as it is.
 */
export function factReader(fact: unknown, path: unknown): FactReader {
  if (typeof fact !== 'string') {
    // The engine keys facts by their names: no other id ever names one.
    return {
      read: () => {
        throw new UndefinedFact(fact);
      },
      ticks: path ? 1 : 0,
    };
  }
  const read =
    fact in Object.prototype
      ? (facts: FactValues): unknown => {
          if (!Object.hasOwn(facts, fact)) throw new UndefinedFact(fact);
          return facts[fact];
        }
      : (facts: FactValues): unknown => {
          const value = facts[fact];
          if (value === undefined && !Object.hasOwn(facts, fact)) throw new UndefinedFact(fact);
          return value;
        };
  if (!path) return { read, ticks: 0 };
  const resolve = typeof path === 'string' ? compilePath(path) : undefined;
  if (!resolve) throw new NotCompilable(`the path ${JSON.stringify(path)} is left to the engine`);
  return {
    read: (facts) => {
      const value = read(facts);
      return typeof value === 'object' && value !== null ? resolve(value) : value;
    },
    ticks: 1,
  };
}
