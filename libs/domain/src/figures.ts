/** A part of a whole as a percentage with one decimal (places taken, decisions in); null when the whole is 0. */
export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}
