/**
 * Cell values as Norwegian spreadsheets write them: decimal comma or point, spaces (also non-breaking) as
 * thousands separators, a Unicode minus; yes/no in Norwegian or English. Each answers undefined when the cell
 * does not hold such a value, so the caller can name the line.
 */
export function numberIn(cell: string): number | undefined {
  const compact = cell.replace(/[\s\u00a0\u202f]/g, '').replace(/^[\u2212\u2013]/, '-');
  const normalised = compact.includes(',') && !compact.includes('.') ? compact.replace(',', '.') : compact;
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return undefined;
  return Number(normalised);
}

export function wholeNumberIn(cell: string): number | undefined {
  const value = numberIn(cell);
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}

const TRUE = ['true', 'ja', 'j', 'yes', 'y', '1', 'x'];
const FALSE = ['false', 'nei', 'n', 'no', '0'];

export function booleanIn(cell: string): boolean | undefined {
  const value = cell.toLowerCase();
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  return undefined;
}
