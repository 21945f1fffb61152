import { useEffect, useState } from 'react';

import { formatDateTime } from '../format';
import { useTexts } from '../i18n';
import type { UserView } from '../navigation';
import { plainWords } from '../rules/plain-words';
import { RuleSetEditor } from '../rules/rule-set-editor';
import type { RuleSetDocument } from '../rules/rule-set-types';
import { allRuleSets, ruleSet, type RuleSetSummary, type VersionEntry, versions } from '../rules/rules-api';
import { usePolling } from '../use-polling';

/** Policy authors and approvers: every rule set, its versions, the rules in plain words, and a candidate editor. */
export function RulesPage(_props: { user: UserView }) {
  const { t, language } = useTexts();
  const r = t.rulesPage;
  const list = usePolling(allRuleSets, 30000);
  const [selected, setSelected] = useState<RuleSetSummary>();
  const [document, setDocument] = useState<RuleSetDocument>();
  const [history, setHistory] = useState<VersionEntry[]>();
  const [reload, setReload] = useState(0);

  useEffect(() => {
    setDocument(undefined);
    setHistory(undefined);
  }, [selected]);
  // Loaded again after a submission without clearing, so the editor stays with what the submission said.
  useEffect(() => {
    if (!selected) return;
    void ruleSet(selected.service, selected.id).then(setDocument);
    void versions(selected.service, selected.id).then(setHistory, () => setHistory([]));
  }, [selected, reload]);

  return (
    <>
      <h1>{r.title}</h1>
      <div className="two-columns">
        <nav aria-labelledby="rule-sets-title">
          <h2 id="rule-sets-title">{r.ruleSets}</h2>
          {!list.data && <p>{list.error ? t.situation.unavailable : t.loading}</p>}
          <ul className="rule-list" data-testid="rule-sets">
            {list.data?.map((summary) => (
              <li key={`${summary.service}/${summary.id}`}>
                <button
                  type="button"
                  aria-pressed={selected?.id === summary.id && selected.service === summary.service}
                  onClick={() => setSelected(summary)}
                >
                  {summary.title}
                </button>
                <br />
                <span className="muted">
                  {summary.service} · {r.version} {summary.version}
                </span>
              </li>
            ))}
          </ul>
        </nav>
        <div>
          {!selected && <p>{r.choose}</p>}
          {selected && document && (
            <>
              <h2>
                {document.title} <span className="muted">({document.id})</span>
              </h2>
              <p>{document.description}</p>
              <p className="muted">
                {document.owner} · {r.version} {document.version} · {r.effectiveFrom} {document.effectiveFrom}
              </p>
              <section aria-labelledby="versions-title" className="panel">
                <h3 id="versions-title">{r.versions}</h3>
                {history && history.length > 0 ? (
                  <table data-testid="versions">
                    <caption>{r.versions}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{r.version}</th>
                        <th scope="col">{r.submittedBy}</th>
                        <th scope="col">{r.when}</th>
                        <th scope="col">{r.reason}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {history.map((entry) => (
                        <tr key={entry.activationId}>
                          <td>{entry.version}</td>
                          <td>{entry.activatedBy}</td>
                          <td>{formatDateTime(entry.activatedAt, language)}</td>
                          <td>{entry.reason}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : (
                  <p>{history ? t.situation.noData : t.loading}</p>
                )}
              </section>
              <section aria-labelledby="plain-title" className="panel" data-testid="plain-words">
                <h3 id="plain-title">{r.readAs}</h3>
                {document.rules.map((rule) => (
                  <div key={rule.name} className="plain-rule">
                    <h4>
                      <code>{rule.name}</code>
                    </h4>
                    {rule.description && <p>{rule.description}</p>}
                    <ul>
                      {plainWords(rule.conditions, document.facts, language).map((line, index) => (
                        <li key={index} style={{ marginLeft: `${line.depth * 1.25}rem` }}>
                          {line.text}
                        </li>
                      ))}
                    </ul>
                    <p className="muted">
                      {r.then} <code>{rule.event.type}</code>
                      {typeof rule.event.params?.severity === 'string'
                        ? ` (${rule.event.params.severity})`
                        : ''}
                    </p>
                  </div>
                ))}
              </section>
              <RuleSetEditor
                service={selected.service}
                active={document}
                onSubmitted={() => {
                  setReload((n) => n + 1);
                  list.refresh();
                }}
              />
            </>
          )}
        </div>
      </div>
    </>
  );
}
