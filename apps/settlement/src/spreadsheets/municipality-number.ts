/**
 * A municipality number from a spreadsheet cell: four digits, or three when Excel dropped the leading zero of
 * Oslo's 0301 (a number column). Undefined when the cell holds no such number.
 */
export function municipalityNumberIn(cell: string): string | undefined {
  if (/^\d{4}$/.test(cell)) return cell;
  if (/^\d{3}$/.test(cell)) return `0${cell}`;
  return undefined;
}

/** The same for a two-digit county number ("3" for Oslo's 03). */
export function countyNumberIn(cell: string): string | undefined {
  if (/^\d{2}$/.test(cell)) return cell;
  if (/^\d$/.test(cell)) return `0${cell}`;
  return undefined;
}
