import type { Condition } from './rule-set.js';

/** The facts a condition reads: each condition's fact, and the fact its value names, if any. */
export function* factsOf(condition: Condition): Generator<string> {
  if ('all' in condition) for (const member of condition.all) yield* factsOf(member);
  else if ('any' in condition) for (const member of condition.any) yield* factsOf(member);
  else if ('not' in condition) yield* factsOf(condition.not);
  else {
    yield condition.fact;
    const value = condition.value as { fact?: unknown } | null;
    if (value && typeof value === 'object' && typeof value.fact === 'string') yield value.fact;
  }
}
