import { useEffect, useId, useMemo, useState } from 'react';

import type { Service } from '../api';
import { formatCount } from '../format';
import { useTexts } from '../i18n';
import { GroupEditor } from './condition-editor';
import { FormValueError, fromForm, type RuleSetForm, toForm } from './rule-form';
import type { RuleSetDocument } from './rule-set-types';
import {
  type CaseResult,
  type Problem,
  simulate,
  type SimulationReport,
  submitCandidate,
  testCandidate,
  validateCandidate,
} from './rules-api';

const pretty = (document: unknown) => `${JSON.stringify(document, null, 2)}\n`;

/**
 * A candidate edited as a form and as JSON at once (each updates the other), validated as it changes by the
 * services' own rule-set validation (every problem at its JSON path); its test cases run, simulated over the
 * recorded decisions and submitted.
 */
export function RuleSetEditor({
  service,
  active,
  onSubmitted,
}: {
  service: Service;
  active: RuleSetDocument;
  onSubmitted: () => void;
}) {
  const { t, language } = useTexts();
  const r = t.rulesPage;
  const jsonId = useId();
  const [text, setText] = useState(() => pretty(active));
  const [form, setForm] = useState<RuleSetForm>(() => toForm(active));
  const [formProblem, setFormProblem] = useState<string>();
  const [problems, setProblems] = useState<Problem[]>();
  const [tests, setTests] = useState<{ results: CaseResult[]; hasTests?: boolean }>();
  const [report, setReport] = useState<SimulationReport>();
  const [outcome, setOutcome] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setText(pretty(active));
    setForm(toForm(active));
    setTests(undefined);
    setReport(undefined);
  }, [active]);
  // What the last submission gave stays in view when the new version is loaded; another rule set clears it.
  useEffect(() => setOutcome(undefined), [active.id]);

  // Live validation, a moment after typing stops.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      validateCandidate(text).then(
        (answer) => setProblems(answer.problems),
        () => setProblems(undefined),
      );
    }, 300);
    return () => window.clearTimeout(timer);
  }, [text]);

  const candidate = useMemo(() => {
    try {
      return JSON.parse(text) as RuleSetDocument;
    } catch {
      return undefined;
    }
  }, [text]);

  const editJson = (next: string) => {
    setText(next);
    try {
      setForm(toForm(JSON.parse(next) as RuleSetDocument));
    } catch {
      // the form keeps its last readable state until the JSON reads again
    }
  };
  const editForm = (next: RuleSetForm) => {
    setForm(next);
    try {
      setText(pretty(fromForm(next)));
      setFormProblem(undefined);
    } catch (error) {
      setFormProblem(error instanceof FormValueError ? error.message : String(error));
    }
  };
  const valid = problems !== undefined && problems.length === 0 && !formProblem;
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setOutcome(`${t.error}: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="editor-title" className="panel">
      <h2 id="editor-title">{r.form}</h2>
      {form.rules.map((rule, index) => (
        <details key={rule.name} className="rule-form" open={index === 0}>
          <summary>
            <code>{rule.name}</code>
          </summary>
          <GroupEditor
            group={rule.conditions}
            path={`$.rules[${index}].conditions`}
            facts={form.header.facts}
            onChange={(conditions) =>
              editForm({
                ...form,
                rules: form.rules.map((old, i) => (i === index ? { ...old, conditions } : old)),
              })
            }
          />
        </details>
      ))}
      {formProblem && (
        <p className="field-problem" role="alert">
          {formProblem}
        </p>
      )}

      <h2>{r.json}</h2>
      <label htmlFor={jsonId}>{r.editHelp}</label>
      <textarea
        id={jsonId}
        className="json"
        spellCheck={false}
        value={text}
        onChange={(event) => editJson(event.target.value)}
        aria-describedby={`${jsonId}-validation`}
        data-testid="rule-json"
      />
      <div id={`${jsonId}-validation`} aria-live="polite" data-testid="validation">
        <h3>{r.validation}</h3>
        {problems === undefined ? (
          <p>{t.loading}</p>
        ) : problems.length === 0 ? (
          <p className="status-ok">{r.valid}</p>
        ) : (
          <ul className="problems">
            {problems.map((problem) => (
              <li key={`${problem.path}:${problem.message}`}>
                <code>{problem.path}</code> {problem.message}
              </li>
            ))}
          </ul>
        )}
      </div>

      <p className="actions">
        <button
          type="button"
          disabled={busy || !candidate}
          onClick={() => void run(async () => setTests(await testCandidate(text)))}
        >
          {r.runTests}
        </button>{' '}
        <button
          type="button"
          disabled={busy || !valid}
          onClick={() => void run(async () => setReport(await simulate(service, candidate)))}
        >
          {r.simulate}
        </button>{' '}
        <button
          type="button"
          className="primary"
          disabled={busy || !valid}
          onClick={() =>
            void run(async () => {
              const result = await submitCandidate(service, active.id, candidate);
              setOutcome(`${r.submitted} ${r.version} ${result.version} (${result.status})`);
              onSubmitted();
            })
          }
        >
          {r.submit}
        </button>
      </p>
      <div aria-live="polite">
        {outcome && (
          <p className="notice" data-testid="outcome">
            {outcome}
          </p>
        )}
        {tests && (
          <section aria-label={r.testResults} data-testid="test-results">
            <h3>{r.testResults}</h3>
            {tests.hasTests === false ? (
              <p>{r.noTests}</p>
            ) : (
              <ul>
                {tests.results.map((result) => (
                  <li key={result.name}>
                    {result.passed ? '✔' : '✘'} {result.name}{' '}
                    {result.passed ? '' : `– ${result.reasons.join(' ')}`}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
        {report && (
          <section aria-label={r.simulation} data-testid="simulation">
            <h3>{r.simulation}</h3>
            <table>
              <caption>{r.simulation}</caption>
              <tbody>
                <tr>
                  <th scope="row">{r.evaluations}</th>
                  <td className="number">{formatCount(report.evaluations, language)}</td>
                </tr>
                <tr>
                  <th scope="row">{r.unchanged}</th>
                  <td className="number">{formatCount(report.unchanged, language)}</td>
                </tr>
                <tr>
                  <th scope="row">{r.appear}</th>
                  <td className="number">{formatCount(report.appear.count, language)}</td>
                </tr>
                <tr>
                  <th scope="row">{r.disappear}</th>
                  <td className="number">{formatCount(report.disappear.count, language)}</td>
                </tr>
                <tr>
                  <th scope="row">{r.change}</th>
                  <td className="number">{formatCount(report.change.count, language)}</td>
                </tr>
              </tbody>
            </table>
            {[...report.appear.examples, ...report.disappear.examples, ...report.change.examples].length >
              0 && (
              <ul>
                {[...report.appear.examples, ...report.disappear.examples, ...report.change.examples].map(
                  (example) => (
                    <li key={`${example.decisionId}-${example.rule}`}>
                      <code>{example.rule}</code> – {example.subject}
                    </li>
                  ),
                )}
              </ul>
            )}
          </section>
        )}
      </div>
    </section>
  );
}
