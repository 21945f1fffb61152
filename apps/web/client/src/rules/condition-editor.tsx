import { useId } from 'react';

import { useTexts } from '../i18n';
import { operatorsFor } from './operators';
import {
  checkConditionRow,
  type ConditionRow,
  type GroupRow,
  type NodeRow,
  type ValueKind,
} from './rule-form';
import type { FactDeclaration } from './rule-set-types';

/** One condition as a form row: fact and operator chosen from the declaration, the value checked as typed. */
function ConditionEditor({
  row,
  path,
  facts,
  onChange,
}: {
  row: ConditionRow;
  path: string;
  facts: readonly FactDeclaration[];
  onChange: (row: ConditionRow) => void;
}) {
  const { t } = useTexts();
  const id = useId();
  const fact = facts.find((f) => f.name === row.fact);
  const problems = checkConditionRow(row, facts);
  const problemOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const operators = fact ? operatorsFor(fact.type) : [];
  const kindFor = (declared: FactDeclaration | undefined): ValueKind =>
    declared?.type === 'number' || declared?.type === 'boolean'
      ? declared.type
      : declared?.type === 'string'
        ? 'string'
        : 'json';
  const field = (name: 'fact' | 'operator' | 'value') => ({
    id: `${id}-${name}`,
    'aria-invalid': problemOf(name) ? true : undefined,
    'aria-describedby': problemOf(name) ? `${id}-${name}-problem` : undefined,
  });
  return (
    <fieldset className="condition" data-path={path}>
      <legend className="visually-hidden">{path}</legend>
      <label htmlFor={`${id}-fact`}>{t.rulesPage.fact}</label>{' '}
      <select
        {...field('fact')}
        value={row.fact}
        onChange={(event) => {
          const next = facts.find((f) => f.name === event.target.value);
          onChange({
            ...row,
            fact: event.target.value,
            ...(row.valueKind !== 'json' ? { valueKind: kindFor(next) } : {}),
          });
        }}
      >
        {!fact && <option value={row.fact}>{row.fact}</option>}
        {facts.map((f) => (
          <option key={f.name} value={f.name}>
            {f.name}
          </option>
        ))}
      </select>{' '}
      <label htmlFor={`${id}-operator`}>{t.rulesPage.operator}</label>{' '}
      <select
        {...field('operator')}
        value={row.operator}
        onChange={(event) => onChange({ ...row, operator: event.target.value })}
      >
        {!operators.includes(row.operator) && <option value={row.operator}>{row.operator}</option>}
        {operators.map((operator) => (
          <option key={operator} value={operator}>
            {operator}
          </option>
        ))}
      </select>{' '}
      <label htmlFor={`${id}-value`}>{t.rulesPage.value}</label>{' '}
      <input
        {...field('value')}
        value={row.valueText}
        inputMode={row.valueKind === 'number' ? 'decimal' : undefined}
        size={row.valueKind === 'json' ? 30 : 8}
        onChange={(event) => onChange({ ...row, valueText: event.target.value })}
      />
      {fact?.unit && <span className="muted"> {fact.unit}</span>}
      {problems.map((problem) => (
        <p key={problem.field} id={`${id}-${problem.field}-problem`} className="field-problem" role="status">
          {problem.message}
        </p>
      ))}
    </fieldset>
  );
}

/** A group of conditions (all / any / not) and its members, recursively. */
export function GroupEditor({
  group,
  path,
  facts,
  onChange,
}: {
  group: GroupRow;
  path: string;
  facts: readonly FactDeclaration[];
  onChange: (group: GroupRow) => void;
}) {
  const { t } = useTexts();
  const heading =
    group.kind === 'all' ? t.rulesPage.when_all : group.kind === 'any' ? t.rulesPage.when_any : 'not';
  const replace = (index: number, item: NodeRow) =>
    onChange({ ...group, items: group.items.map((old, i) => (i === index ? item : old)) });
  return (
    <div className="group">
      <p className="muted">{heading}</p>
      <ul>
        {group.items.map((item, index) => {
          const at = group.kind === 'not' ? `${path}.not` : `${path}.${group.kind}[${index}]`;
          return (
            <li key={at}>
              {item.kind === 'condition' ? (
                <ConditionEditor row={item} path={at} facts={facts} onChange={(row) => replace(index, row)} />
              ) : (
                <GroupEditor group={item} path={at} facts={facts} onChange={(row) => replace(index, row)} />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
