import { type FormEvent, useId, useMemo, useState } from 'react';

import { apiSend } from '../api';
import { formatCount, formatDifference } from '../format';
import { useTexts } from '../i18n';
import { divergingClasses, sequentialClasses } from '../map/color-scale';
import { MunicipalityMap } from '../map/municipality-map';
import type { UserView } from '../navigation';
import { distributionCsv } from '../requests/distribution-csv';
import type { Distribution, MunicipalityRequest } from '../requests/distribution-types';
import { explanationWords } from '../requests/explanation-words';
import { SortableTable } from '../sortable-table';

const optionalNumber = (text: string) => (text.trim() === '' ? undefined : Number(text));

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** IMDi: draft a distribution of requests, compare candidate criteria, see it on the map and in a table, issue it. */
export function RequestsPage({ user }: { user: UserView }) {
  const { t, language } = useTexts();
  const q = t.requestsPage;
  const s = t.situation;
  const id = useId();
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [total, setTotal] = useState('');
  const [emUnder15, setEmUnder15] = useState('');
  const [em15To18, setEm15To18] = useState('');
  const [criteria, setCriteria] = useState('');
  const [draft, setDraft] = useState<Distribution>();
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const approver = user.roles.includes('policy-approver');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(undefined);
    try {
      const body: Record<string, unknown> = { year: Number(year) };
      for (const [key, value] of [
        ['total', total],
        ['emUnder15', emUnder15],
        ['em15To18', em15To18],
      ] as const) {
        const number = optionalNumber(value);
        if (number !== undefined) body[key] = number;
      }
      if (criteria.trim() !== '') body.criteria = JSON.parse(criteria) as unknown;
      setDraft(await apiSend<Distribution>('settlement', 'POST', '/settlement/requests/distribute', body));
    } catch (error) {
      setDraft(undefined);
      setMessage(`${t.error}: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const issue = async () => {
    if (!draft) return;
    setBusy(true);
    try {
      const issued = await apiSend<Distribution>(
        'settlement',
        'POST',
        `/settlement/requests/distributions/${draft.distributionId}/issue`,
        {},
      );
      setDraft({
        ...draft,
        status: issued.status,
        issuedAt: issued.issuedAt,
        issuedBy: issued.issuedBy,
        issuedByName: issued.issuedByName ?? null,
      });
      setMessage(q.issued);
    } catch (error) {
      setMessage(`${t.error}: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const changes = useMemo(
    () => new Map((draft?.differences ?? []).map((d) => [d.kommunenummer, d.change])),
    [draft],
  );
  const comparing = draft?.differences !== undefined;
  const values = useMemo(
    () =>
      new Map(
        (draft?.municipalities ?? []).map((m): [string, number | null] => [
          m.kommunenummer,
          comparing ? (changes.get(m.kommunenummer) ?? 0) : m.requested,
        ]),
      ),
    [draft, comparing, changes],
  );
  const numbers = [...values.values()].filter((v): v is number => v !== null);
  const classes = comparing ? divergingClasses(numbers) : sequentialClasses(numbers);
  const count = (n: number | null | undefined) => formatCount(n, language);
  const explain = (m: MunicipalityRequest) => explanationWords(m.explanation, language);

  return (
    <>
      <h1>{q.title}</h1>
      <form onSubmit={(event) => void submit(event)} className="panel" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{q.draft}</h2>
        <p>
          <label htmlFor={`${id}-year`}>{s.year}</label>{' '}
          <input
            id={`${id}-year`}
            value={year}
            onChange={(e) => setYear(e.target.value)}
            inputMode="numeric"
            size={6}
            required
          />{' '}
          <label htmlFor={`${id}-total`}>{q.total}</label>{' '}
          <input
            id={`${id}-total`}
            value={total}
            onChange={(e) => setTotal(e.target.value)}
            inputMode="numeric"
            size={8}
            aria-describedby={`${id}-total-help`}
          />{' '}
          <label htmlFor={`${id}-em1`}>{q.emUnder15}</label>{' '}
          <input
            id={`${id}-em1`}
            value={emUnder15}
            onChange={(e) => setEmUnder15(e.target.value)}
            inputMode="numeric"
            size={6}
          />{' '}
          <label htmlFor={`${id}-em2`}>{q.em15To18}</label>{' '}
          <input
            id={`${id}-em2`}
            value={em15To18}
            onChange={(e) => setEm15To18(e.target.value)}
            inputMode="numeric"
            size={6}
          />
        </p>
        <p id={`${id}-total-help`} className="muted">
          {q.totalHelp}
        </p>
        <p>
          <label htmlFor={`${id}-criteria`}>{q.candidate}</label>
          <br />
          <textarea
            id={`${id}-criteria`}
            className="json"
            style={{ minHeight: '6rem' }}
            value={criteria}
            onChange={(e) => setCriteria(e.target.value)}
            spellCheck={false}
          />
        </p>
        <button type="submit" className="primary" disabled={busy}>
          {q.draft}
        </button>
      </form>
      <div aria-live="polite">
        {message && (
          <p className="notice" data-testid="requests-message">
            {message}
          </p>
        )}
      </div>
      {draft && (
        <section className="panel" aria-labelledby={`${id}-draft`} data-testid="distribution">
          <h2 id={`${id}-draft`}>
            {draft.status === 'issued' ? q.issuedTitle : q.draftTitle} {draft.year}: {count(draft.total)} (
            {s.em} {count(draft.em)})
          </h2>
          <p className="muted">
            {draft.ruleSet.id} {draft.ruleSet.version}
            {draft.issuedBy ? ` · ${q.issuedBy} ${draft.issuedByName ?? draft.issuedBy}` : ''}
          </p>
          {draft.warnings.length > 0 && (
            <ul className="notice">
              {draft.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
          <p>
            <button
              type="button"
              onClick={() =>
                download(`anmodninger-${draft.year}-utkast.csv`, distributionCsv(draft, explain))
              }
            >
              {q.exportCsv}
            </button>{' '}
            {approver && draft.status !== 'issued' && (
              <button type="button" className="primary" disabled={busy} onClick={() => void issue()}>
                {q.issue}
              </button>
            )}
          </p>
          <div className="map-and-table">
            <MunicipalityMap
              values={values}
              classes={classes}
              measure={comparing ? q.change : s.requested}
              signed={comparing}
            />
            <div className="table-scroll" tabIndex={0} role="region" aria-label={s.mapTable}>
              <SortableTable<MunicipalityRequest>
                caption={s.mapTable}
                testId="distribution-table"
                rows={draft.municipalities}
                rowKey={(m) => m.kommunenummer}
                initialSort={{ key: 'requested', descending: true }}
                columns={[
                  {
                    key: 'municipality',
                    header: s.municipality,
                    value: (m) => `${m.kommunenavn} (${m.kommunenummer})`,
                  },
                  {
                    key: 'requested',
                    header: s.requested,
                    value: (m) => m.requested,
                    numeric: true,
                    render: (m) => count(m.requested),
                  },
                  { key: 'em', header: s.em, value: (m) => m.em, numeric: true, render: (m) => count(m.em) },
                  ...(comparing
                    ? [
                        {
                          key: 'change',
                          header: q.change,
                          value: (m: MunicipalityRequest) => changes.get(m.kommunenummer) ?? 0,
                          numeric: true,
                          render: (m: MunicipalityRequest) =>
                            formatDifference(changes.get(m.kommunenummer) ?? 0, language),
                        },
                      ]
                    : []),
                  { key: 'explanation', header: q.explanation, value: explain },
                ]}
              />
            </div>
          </div>
        </section>
      )}
    </>
  );
}
