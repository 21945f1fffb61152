import type { FactDeclaration, FactValue, FactValues } from '#rules';

/** A municipality as the distribution sees it: who it is, and the values it has for the rule set's facts. */
export interface MunicipalityInput {
  number: string;
  name: string;
  countyNumber: string;
  countyName: string;
  population: number;
  /** Values by fact name; a fact with no value here is missing and handled as the rule set says. */
  values: Record<string, FactValue | undefined>;
}

export type FactSource = 'data' | 'median of the others' | 'rule set default' | 'no municipality has a value';

export interface ResolvedFacts {
  facts: FactValues;
  sources: Record<string, FactSource>;
  /** Facts whose absence excludes the municipality. */
  missing: string[];
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Fills in every declared fact for every municipality, as each fact's `whenMissing` says: exclude the
 * municipality, use the median of the municipalities that have a value, or use a stated value. A missing
 * value is never read as 0. When no municipality has a value, a "median" fact stays without a value (null:
 * no condition on it holds, no criterion can use it) and its source says so.
 */
export function resolveFacts(
  declarations: FactDeclaration[],
  municipalities: MunicipalityInput[],
): Map<string, ResolvedFacts> {
  const medians = new Map<string, number | undefined>();
  for (const declaration of declarations) {
    if (declaration.whenMissing === 'median') {
      const present = municipalities
        .map((municipality) => municipality.values[declaration.name])
        .filter((value): value is number => typeof value === 'number');
      medians.set(declaration.name, median(present));
    }
  }
  return new Map(
    municipalities.map((municipality) => {
      const resolved: ResolvedFacts = { facts: {}, sources: {}, missing: [] };
      for (const declaration of declarations) {
        const value = municipality.values[declaration.name];
        if (value !== undefined && value !== null) {
          resolved.facts[declaration.name] = value;
          resolved.sources[declaration.name] = 'data';
          continue;
        }
        const rule = declaration.whenMissing ?? 'exclude';
        if (rule === 'exclude') {
          resolved.missing.push(declaration.name);
          resolved.facts[declaration.name] = null;
        } else if (rule === 'median') {
          const fallback = medians.get(declaration.name);
          resolved.facts[declaration.name] = fallback ?? null;
          resolved.sources[declaration.name] =
            fallback === undefined ? 'no municipality has a value' : 'median of the others';
        } else {
          resolved.facts[declaration.name] = rule.value;
          resolved.sources[declaration.name] = 'rule set default';
        }
      }
      return [municipality.number, resolved];
    }),
  );
}
