import { apiGet, type Service } from '../api';
import { formatAge, formatDateTime } from '../format';
import { useTexts } from '../i18n';
import { usePolling } from '../use-polling';
import { type Agency, type AgencyEscalation, mergeEscalations } from './aggregate';
import { Panel } from './panel-state';
import type { Escalation } from './service-types';

const SOURCES: { service: Service; agency: Agency; path: string }[] = [
  { service: 'settlement', agency: 'IMDi', path: '/settlement/escalations?status=open' },
  { service: 'reception', agency: 'UDI', path: '/reception/escalations?status=open' },
  { service: 'care-centres', agency: 'Bufdir', path: '/care-centres/escalations?status=open' },
];

/** Each agency's list; one the user may not read (or a service that is down) leaves the others. */
async function loadAll(): Promise<{ escalations: AgencyEscalation[]; missing: Agency[] }> {
  const answers = await Promise.allSettled(
    SOURCES.map(async (source) =>
      (await apiGet<Escalation[]>(source.service, source.path)).map((e): AgencyEscalation => ({
        ...e,
        agency: source.agency,
        service: source.service,
      })),
    ),
  );
  if (answers.every((answer) => answer.status === 'rejected')) throw new Error('no escalations');
  return {
    escalations: mergeEscalations(answers.map((a) => (a.status === 'fulfilled' ? a.value : []))),
    missing: SOURCES.filter((_, i) => answers[i].status === 'rejected').map((s) => s.agency),
  };
}

export function EscalationsPanel({ intervalMs }: { intervalMs: number }) {
  const { t, language } = useTexts();
  const s = t.situation;
  const polled = usePolling(loadAll, intervalMs);
  const now = polled.updatedAt ?? new Date();
  return (
    <Panel id="escalations" title={s.escalations} polled={polled}>
      {({ escalations, missing }) => (
        <>
          {missing.length > 0 && (
            <p className="notice">
              {missing.join(', ')}: {s.unavailable}
            </p>
          )}
          {escalations.length === 0 ? (
            <p>{s.noEscalations}</p>
          ) : (
            <table data-testid="escalations-table">
              <caption>{s.escalations}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.severity}</th>
                  <th scope="col">{s.agency}</th>
                  <th scope="col">{s.age}</th>
                  <th scope="col">{s.subject}</th>
                  <th scope="col">{s.rule}</th>
                  <th scope="col">{s.explanation}</th>
                  <th scope="col">{s.decisionRecord}</th>
                </tr>
              </thead>
              <tbody>
                {escalations.map((e) => (
                  <tr key={`${e.service}-${e.escalationId}`} data-rule={e.rule}>
                    <td>{t.severities[e.severity] ?? e.severity}</td>
                    <td>{e.agency}</td>
                    <td title={formatDateTime(e.raisedAt, language)}>
                      {formatAge(e.raisedAt, now, language)}
                    </td>
                    <td>{e.subject}</td>
                    <td>
                      <code>{e.rule}</code>
                    </td>
                    <td>{e.message}</td>
                    <td>
                      {e.decisionId ? (
                        <a href={`/api/${e.service}/decisions/${e.decisionId}/explanation`}>
                          {s.decisionRecord} <span className="visually-hidden">{e.rule}</span>
                        </a>
                      ) : (
                        '–'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Panel>
  );
}
