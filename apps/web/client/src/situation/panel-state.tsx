import type { ReactNode } from 'react';

import { formatDateTime } from '../format';
import { useTexts } from '../i18n';
import type { Polled } from '../use-polling';

/** A panel's heading with when it was last updated, and its content once loaded (or why it is not). */
export function Panel<T>({
  id,
  title,
  polled,
  children,
  level = 2,
}: {
  id: string;
  title: string;
  level?: 2 | 3;
  polled: Pick<Polled<T>, 'data' | 'error' | 'updatedAt'>;
  children: (data: T) => ReactNode;
}) {
  const { t, language } = useTexts();
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid={id}>
      {level === 2 ? <h2 id={`${id}-title`}>{title}</h2> : <h3 id={`${id}-title`}>{title}</h3>}
      {polled.updatedAt && (
        <p className="muted">
          {t.updatedAt} {formatDateTime(polled.updatedAt.toISOString(), language)}
        </p>
      )}
      {polled.data !== undefined ? (
        children(polled.data)
      ) : polled.error ? (
        <p className="notice">{t.situation.unavailable}</p>
      ) : (
        <p>{t.loading}</p>
      )}
    </section>
  );
}

/** One headline figure; `raw` is kept in data-value for tests and tools that compare with the services. */
export function Figure({
  label,
  value,
  raw,
  testId,
  note,
}: {
  label: string;
  value: string;
  raw?: number | null;
  testId?: string;
  note?: ReactNode;
}) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd data-testid={testId} data-value={raw === undefined ? undefined : String(raw)}>
        {value}
      </dd>
      {note && <dd className="note">{note}</dd>}
    </div>
  );
}
