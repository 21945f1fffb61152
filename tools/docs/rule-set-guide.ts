import type { JsonSchema, RuleSetContract } from '#contracts';
import type { FactDeclaration, ParameterDeclaration, RuleSetDocument } from '#rules';

import { alternatives, code, table } from './markdown.js';

/**
 * rules/README.md's list of rule sets, from the rule files (facts, rules) and the contracts of the services that
 * evaluate them (the events and params each service understands). Links are relative to rules/.
 */
export interface DocumentedRuleSet {
  contract: RuleSetContract;
  document: RuleSetDocument;
}

export function ruleSetOverview(ruleSets: readonly DocumentedRuleSet[]): string {
  return table(
    ['file', 'rule set', 'evaluated by', 'what it decides'],
    ruleSets.map(({ contract, document }) => [
      link(contract.file),
      code(document.id),
      contract.service,
      document.title,
    ]),
  );
}

export function ruleSetDetails(ruleSets: readonly DocumentedRuleSet[]): string {
  return ruleSets.map(details).join('\n\n');
}

function details({ contract, document }: DocumentedRuleSet): string {
  return [
    `### ${document.title}`,
    `${link(contract.file)} (${code(document.id)}), evaluated by the ${contract.service} service; owner: ${document.owner}.`,
    document.description,
    '**Facts** the rules may read:',
    factTable(document.facts),
    ...parameterSection(document.parameters ?? []),
    '**Events** a rule may fire, and their params:',
    eventTable(contract.eventParams),
    '**Rules**:',
    document.rules
      .map((rule) => `- ${code(rule.name)}: ${ruleEvent(rule.event)}. ${rule.description ?? ''}`.trim())
      .join('\n'),
  ].join('\n\n');
}

function link(file: string): string {
  return `[${code(file)}](${file})`;
}

function factTable(facts: readonly FactDeclaration[]): string {
  const withRange = facts.some((fact) => fact.range);
  const withMissing = facts.some((fact) => fact.whenMissing);
  return table(
    [
      'fact',
      'type',
      'unit',
      'meaning',
      ...(withRange ? ['range'] : []),
      ...(withMissing ? ['when missing'] : []),
    ],
    facts.map((fact) => [
      code(fact.name),
      fact.type,
      fact.unit ?? '',
      fact.description,
      ...(withRange ? [rangeText(fact.range)] : []),
      ...(withMissing ? [whenMissingText(fact.whenMissing)] : []),
    ]),
  );
}

/** Policy figures the service reads beside the rules: changed here like a condition, no release needed. */
function parameterSection(parameters: readonly ParameterDeclaration[]): string[] {
  if (parameters.length === 0) return [];
  return [
    '**Parameters** the service reads beside the rules (change the value here; it is validated against the range):',
    table(
      ['parameter', 'value', 'unit', 'meaning', 'range'],
      parameters.map((parameter) => [
        code(parameter.name),
        String(parameter.value),
        parameter.unit ?? '',
        parameter.description,
        rangeText(parameter.range),
      ]),
    ),
  ];
}

function rangeText(range: FactDeclaration['range']): string {
  if (range?.min !== undefined && range.max !== undefined) return `${range.min} to ${range.max}`;
  if (range?.min !== undefined) return `at least ${range.min}`;
  if (range?.max !== undefined) return `at most ${range.max}`;
  return '';
}

function whenMissingText(whenMissing: FactDeclaration['whenMissing']): string {
  if (whenMissing === undefined) return '';
  if (whenMissing === 'exclude') return 'the subject is left out';
  if (whenMissing === 'median') return 'the median of the others';
  return `${code(JSON.stringify(whenMissing.value))} is used`;
}

function eventTable(eventParams: Record<string, JsonSchema>): string {
  const rows = Object.entries(eventParams).flatMap(([event, schema]) => {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const required = (schema.required ?? []) as string[];
    return Object.entries(properties).map(([param, property], index) => [
      index === 0 ? code(event) : '',
      required.includes(param) ? code(param) : `${code(param)} (optional)`,
      valuesText(property),
      typeof property.description === 'string' ? property.description : '',
    ]);
  });
  return table(['event', 'param', 'values', 'meaning'], rows);
}

function valuesText(schema: JsonSchema): string {
  if (Array.isArray(schema.enum)) return alternatives(schema.enum.map((value) => code(String(value))));
  if (schema.type === 'boolean') return `${code('true')} or ${code('false')}`;
  const kind = schema.type === 'integer' ? 'a whole number' : schema.type === 'number' ? 'a number' : 'text';
  const bounds = [
    typeof schema.minimum === 'number' ? `at least ${schema.minimum}` : undefined,
    typeof schema.exclusiveMinimum === 'number' ? `above ${schema.exclusiveMinimum}` : undefined,
    typeof schema.maximum === 'number' ? `at most ${schema.maximum}` : undefined,
  ].filter((bound) => bound !== undefined);
  return bounds.length > 0 ? `${kind}, ${alternatives(bounds, 'and')}` : kind;
}

/** What a rule fires, with its params; a `message` is left to the file (it is prose for the recipients). */
function ruleEvent(event: { type: string; params?: Record<string, unknown> }): string {
  const params = Object.entries(event.params ?? {})
    .filter(([name]) => name !== 'message')
    .map(([name, value]) => `${name} ${code(typeof value === 'string' ? value : JSON.stringify(value))}`);
  return params.length > 0 ? `${code(event.type)} (${params.join(', ')})` : code(event.type);
}
