import { RejectedError } from '#domain';

import type { EmFigures } from './distribution.js';

export interface MinorsAsked {
  /** Persons to distribute, when given; without it the need in force is distributed. */
  total?: number;
  emUnder15?: number;
  em15To18?: number;
  /** One figure without age bands (older clients). */
  em?: number;
}

/**
 * The unaccompanied minors a distribution is for: the age bands given; one EM figure alone, as 15–18 (IMDi's
 * band) with a warning; the need's when the need is distributed; otherwise unknown, which is not 0.
 */
export function minorsOf(
  asked: MinorsAsked,
  need: { emUnder15: number; em15To18: number } | undefined,
): { em?: EmFigures; warnings: string[] } {
  if (asked.emUnder15 !== undefined || asked.em15To18 !== undefined) {
    const em = { under15: asked.emUnder15 ?? 0, from15To18: asked.em15To18 ?? 0 };
    if (asked.em !== undefined && asked.em !== em.under15 + em.from15To18)
      throw new RejectedError('em must be emUnder15 + em15To18 when all three are given', 'em');
    return { em, warnings: [] };
  }
  if (asked.em !== undefined)
    return {
      em: { under15: 0, from15To18: asked.em },
      warnings: [
        `EM was given as one figure (${asked.em}) without age bands: distributed as 15–18; give emUnder15 and em15To18 to split them`,
      ],
    };
  if (asked.total === undefined && need)
    return { em: { under15: need.emUnder15, from15To18: need.em15To18 }, warnings: [] };
  return { warnings: [] };
}
