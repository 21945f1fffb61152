import type { Distribution } from './distribution-types';

const cell = (value: string | number) => {
  const text = String(value);
  return /[",;\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * The draft as CSV, in the columns of the service's issued requests (kommunenummer, kommunenavn, fylkesnummer,
 * requested, of_which_em, em_under_15, em_15_to_18) and the explanation; a byte-order mark so Excel reads UTF-8.
 */
export function distributionCsv(
  distribution: Distribution,
  explain: (row: Distribution['municipalities'][number]) => string,
): string {
  const header = [
    'kommunenummer',
    'kommunenavn',
    'fylkesnummer',
    'requested',
    'of_which_em',
    'em_under_15',
    'em_15_to_18',
    'explanation',
  ];
  const rows = distribution.municipalities.map((m) =>
    [m.kommunenummer, m.kommunenavn, m.fylkesnummer, m.requested, m.em, m.emUnder15, m.em15To18, explain(m)]
      .map(cell)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...rows].join('\r\n')}\r\n`;
}
