import { type FormEvent, useId, useState } from 'react';

import { apiGet, apiSend } from '../api';
import { formatCount, formatPercent } from '../format';
import { useTexts } from '../i18n';
import { Figure, Panel } from '../situation/panel-state';
import type { WaitingSummary } from '../situation/service-types';
import { usePolling } from '../use-polling';

interface Suggestion {
  rank: number;
  municipalityNumber: string;
  municipalityName: string;
  points: number;
  freeCapacity: number;
  reasons: { rule: string; points: number; reason: string }[];
}

interface Suggestions {
  household: Record<string, unknown>;
  suggestions: Suggestion[];
  excluded: Record<string, number>;
}

/**
 * IMDi's caseworkers: how many settlement-ready (bosettingsklare) people wait and how many are past their target;
 * a household's suggested municipalities with the reasons; the hard constraints shown and not overridable; a
 * placement, with a reason where it is not the top suggestion.
 */
export function CaseworkerPage() {
  const { t, language } = useTexts();
  const c = t.caseworkerPage;
  const s = t.situation;
  const id = useId();
  const waiting = usePolling(() => apiGet<WaitingSummary>('settlement', '/settlement/waiting'), 30000);
  const [household, setHousehold] = useState('');
  const [answer, setAnswer] = useState<Suggestions>();
  const [message, setMessage] = useState<string>();
  const [chosen, setChosen] = useState<string>();
  const [reason, setReason] = useState('');

  const look = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(undefined);
    setChosen(undefined);
    try {
      const result = await apiGet<Suggestions>(
        'settlement',
        `/settlement/households/${encodeURIComponent(household)}/suggestions`,
      );
      setAnswer(result);
      setChosen(result.suggestions[0]?.municipalityNumber);
    } catch (error) {
      setAnswer(undefined);
      setMessage(`${t.error}: ${(error as Error).message}`);
    }
  };
  const place = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    try {
      await apiSend(
        'settlement',
        'POST',
        `/settlement/households/${encodeURIComponent(household)}/placements`,
        {
          municipalityNumber: chosen,
          ...(reason.trim() ? { reason } : {}),
        },
      );
      setMessage(c.placed);
    } catch (error) {
      setMessage(`${t.error}: ${(error as Error).message}`);
    }
  };
  const top = answer?.suggestions[0]?.municipalityNumber;

  return (
    <>
      <h1>{t.pages.caseworker}</h1>
      <Panel id="caseworker-waiting" title={s.waiting} polled={waiting}>
        {(data) => (
          <dl className="figures">
            <Figure label={s.waiting} value={formatCount(data.waiting, language)} raw={data.waiting} />
            <Figure
              label={s.beyondTarget}
              value={formatCount(data.beyondTarget, language)}
              note={formatPercent(data.shareBeyondTarget, language)}
            />
          </dl>
        )}
      </Panel>
      <form onSubmit={(event) => void look(event)} className="panel">
        <h2>{c.household}</h2>
        <label htmlFor={`${id}-household`}>{c.householdId}</label>{' '}
        <input
          id={`${id}-household`}
          value={household}
          onChange={(event) => setHousehold(event.target.value)}
          required
        />{' '}
        <button type="submit">{c.suggest}</button>
      </form>
      <div aria-live="polite">{message && <p className="notice">{message}</p>}</div>
      {answer && (
        <form onSubmit={(event) => void place(event)} className="panel">
          <fieldset>
            <legend>{c.suggestions}</legend>
            {answer.suggestions.length === 0 && <p>{c.none}</p>}
            <ol>
              {answer.suggestions.map((suggestion) => (
                <li key={suggestion.municipalityNumber}>
                  <label>
                    <input
                      type="radio"
                      name="municipality"
                      value={suggestion.municipalityNumber}
                      checked={chosen === suggestion.municipalityNumber}
                      onChange={() => setChosen(suggestion.municipalityNumber)}
                    />{' '}
                    {suggestion.municipalityName} ({suggestion.municipalityNumber}) – {c.points}{' '}
                    {suggestion.points}, {c.free} {formatCount(suggestion.freeCapacity, language)}
                  </label>
                  <ul>
                    {suggestion.reasons.map((r) => (
                      <li key={r.rule}>
                        {r.reason} ({r.points})
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </fieldset>
          <h3>{c.constraints}</h3>
          <ul>
            {Object.entries(answer.excluded).map(([constraint, count]) => (
              <li key={constraint}>
                {constraint}: {formatCount(count, language)} {c.excludedMunicipalities}
              </li>
            ))}
          </ul>
          <p>
            <label htmlFor={`${id}-reason`}>{chosen !== top ? c.reasonRequired : c.reason}</label>
            <br />
            <input
              id={`${id}-reason`}
              size={60}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              required={chosen !== top}
            />
          </p>
          <button type="submit" className="primary" disabled={!chosen}>
            {c.place}
          </button>
        </form>
      )}
    </>
  );
}
