import { type FormEvent, useId, useState } from 'react';

import { ApiError, apiGet, apiSend } from '../api';
import { formatCount, formatDateTime, formatDifference } from '../format';
import { useTexts } from '../i18n';
import type { UserView } from '../navigation';
import type { Distribution } from '../requests/distribution-types';
import { Figure, Panel } from '../situation/panel-state';
import type { DecisionSummary } from '../situation/service-types';
import { usePolling } from '../use-polling';

interface EarlyWarning {
  warningId: string;
  municipalityNumber: string;
  rule: string;
  message: string;
  issuedAt: string;
  status: string;
  deliveredAt: string | null;
}

/** The year's issued requests, or undefined while none are issued (the service answers 404 until then). */
async function issuedOrNone<T>(answer: Promise<T>): Promise<T | undefined> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

/**
 * One municipality's own picture: its request and decision, UDI's early warnings, the webhook. (Reception centres
 * per municipality are not shown: the services' access matrix gives municipal staff no occupancy route.)
 */
function MunicipalityView({ number }: { number: string }) {
  const { t, language } = useTexts();
  const m = t.municipalityPage;
  const s = t.situation;
  const id = useId();
  const year = new Date().getFullYear();
  const count = (n: number | null | undefined) => formatCount(n, language);
  const request = usePolling(
    async () => {
      const issued = await issuedOrNone(apiGet<Distribution>('settlement', `/settlement/requests/${year}`));
      const row = issued?.municipalities.find((entry) => entry.kommunenummer === number) ?? null;
      return { issued: issued !== undefined, row };
    },
    30000,
    number,
  );
  const decision = usePolling(
    async () =>
      (await apiGet<DecisionSummary>('settlement', `/settlement/decisions/${year}`)).municipalities.find(
        (row) => row.municipalityNumber === number,
      ) ?? null,
    30000,
    number,
  );
  const warnings = usePolling(
    () => apiGet<EarlyWarning[]>('reception', `/reception/early-warnings?municipality=${number}`),
    30000,
    number,
  );
  const [webhook, setWebhook] = useState('');
  const [webhookMessage, setWebhookMessage] = useState<string>();
  const saveWebhook = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await apiSend('reception', 'PUT', `/reception/host-municipalities/${number}/webhook`, {
        url: webhook,
      });
      setWebhookMessage(m.webhookSaved);
    } catch (error) {
      setWebhookMessage(`${t.error}: ${(error as Error).message}`);
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="panel" data-testid={`municipality-${number}`}>
      <h2 id={`${id}-title`}>
        {s.municipality} {number}
      </h2>
      <Panel id={`${id}-request`} level={3} title={`${m.requestAndDecision} ${year}`} polled={request}>
        {({ issued, row }) =>
          !issued ? (
            <p>{m.noRequestsYet}</p>
          ) : (
            <dl className="figures">
              <Figure label={s.requested} value={count(row?.requested)} raw={row?.requested ?? null} />
              <Figure label={`${s.requested}, ${s.em}`} value={count(row?.em)} />
              <Figure label={s.decided} value={count(decision.data?.decided)} />
              <Figure label={s.gap} value={formatDifference(decision.data?.gap, language)} />
            </dl>
          )
        }
      </Panel>
      <Panel id={`${id}-warnings`} level={3} title={m.earlyWarnings} polled={warnings}>
        {(list) =>
          list.length === 0 ? (
            <p>{m.noWarnings}</p>
          ) : (
            <ul>
              {list.map((warning) => (
                <li key={warning.warningId}>
                  {formatDateTime(warning.issuedAt, language)}: {warning.message} ({warning.status})
                </li>
              ))}
            </ul>
          )
        }
      </Panel>
      <form onSubmit={(event) => void saveWebhook(event)}>
        <h3>{m.webhook}</h3>
        <label htmlFor={`${id}-webhook`}>{m.webhookLabel}</label>{' '}
        <input
          id={`${id}-webhook`}
          type="url"
          size={50}
          value={webhook}
          onChange={(event) => setWebhook(event.target.value)}
          placeholder="https://kommune.example/varsler"
          required
        />{' '}
        <button type="submit">{m.save}</button>
        <p aria-live="polite">{webhookMessage}</p>
      </form>
    </section>
  );
}

/** Municipal staff see their own municipalities only (those the token names). */
export function MunicipalityPage({ user }: { user: UserView }) {
  const { t } = useTexts();
  return (
    <>
      <h1>{t.pages.municipality}</h1>
      {user.municipalities.length === 0 && <p>{t.noAccessText}</p>}
      {user.municipalities.map((number) => (
        <MunicipalityView key={number} number={number} />
      ))}
    </>
  );
}
