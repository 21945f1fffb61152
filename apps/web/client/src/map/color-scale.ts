/**
 * Colour classes for the map. Colour is never the only carrier of a figure: every municipality's figure is in
 * the table beside the map and in its tooltip.
 */
export const SEQUENTIAL = ['#f1f7fb', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];
export const DIVERGING = ['#b2182b', '#ef8a62', '#f7f7f7', '#67a9cf', '#2166ac'];
export const NO_VALUE = '#d9d9d9';

export interface ColourClass {
  colour: string;
  /** Inclusive bounds of the class. */
  from: number;
  to: number;
}

/** Five classes of equal size between 0 and the largest value (for counts). */
export function sequentialClasses(values: readonly number[]): ColourClass[] {
  const max = Math.max(1, ...values);
  const step = Math.ceil(max / SEQUENTIAL.length);
  return SEQUENTIAL.map((colour, index) => ({
    colour,
    from: index === 0 ? 0 : index * step + 1,
    to: (index + 1) * step,
  }));
}

/** Five classes around zero (for gaps: decided fewer than requested is red, more is blue). */
export function divergingClasses(values: readonly number[]): ColourClass[] {
  const max = Math.max(1, ...values.map(Math.abs));
  const step = Math.max(1, Math.ceil(max / 2));
  return [
    { colour: DIVERGING[0], from: -Infinity, to: -step - 1 },
    { colour: DIVERGING[1], from: -step, to: -1 },
    { colour: DIVERGING[2], from: 0, to: 0 },
    { colour: DIVERGING[3], from: 1, to: step },
    { colour: DIVERGING[4], from: step + 1, to: Infinity },
  ];
}

export function colourOf(value: number | null | undefined, classes: readonly ColourClass[]): string {
  if (value === null || value === undefined) return NO_VALUE;
  return classes.find((c) => value >= c.from && value <= c.to)?.colour ?? classes[classes.length - 1].colour;
}
