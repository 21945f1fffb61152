import { type ReactNode, useMemo, useState } from 'react';

import { useTexts } from './i18n';

export interface Column<Row> {
  key: string;
  header: string;
  /** The value sorted by. */
  value: (row: Row) => string | number | null;
  /** How the cell shows it (default: the value). */
  render?: (row: Row) => ReactNode;
  numeric?: boolean;
}

/**
 * A table whose column headers are buttons that sort by the column (aria-sort tells which and how); for
 * screen-reader and keyboard users as much as for the map's readers.
 */
export function SortableTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
  testId,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialSort?: { key: string; descending?: boolean };
  testId?: string;
}) {
  const { language } = useTexts();
  const [sort, setSort] = useState(initialSort ?? { key: columns[0].key, descending: false });
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort.key) ?? columns[0];
    const collator = new Intl.Collator(language === 'nb' ? 'nb' : 'en', { numeric: true });
    const result = [...rows].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      if (x === y) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      const order =
        typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return sort.descending ? -order : order;
    });
    return result;
  }, [rows, columns, sort, language]);
  return (
    <table data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => {
            const active = column.key === sort.key;
            return (
              <th
                key={column.key}
                scope="col"
                className={column.numeric ? 'number' : undefined}
                aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
              >
                <button
                  type="button"
                  className="sort"
                  onClick={() =>
                    setSort({ key: column.key, descending: active ? !sort.descending : !!column.numeric })
                  }
                >
                  {column.header}
                  <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) => (
              <td key={column.key} className={column.numeric ? 'number' : undefined}>
                {column.render ? column.render(row) : (column.value(row) ?? '–')}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
