import type { Condition, FactDeclaration, RuleDefinition, RuleSetDocument } from './rule-set.js';

interface Leaf {
  path: string;
  fact: string;
  operator: string;
  value: unknown;
}

function leaves(condition: Condition, path = ''): Leaf[] {
  if ('all' in condition)
    return condition.all.flatMap((member, index) => leaves(member, `${path}all[${index}].`));
  if ('any' in condition)
    return condition.any.flatMap((member, index) => leaves(member, `${path}any[${index}].`));
  if ('not' in condition) return leaves(condition.not, `${path}not.`);
  return [
    {
      path: path.replace(/\.$/, ''),
      fact: condition.fact,
      operator: condition.operator,
      value: condition.value,
    },
  ];
}

const show = (value: unknown) => JSON.stringify(value);

function describeFactChange(before: FactDeclaration, after: FactDeclaration): string[] {
  const changes: string[] = [];
  for (const key of ['type', 'unit', 'description', 'range'] as const) {
    if (show(before[key]) !== show(after[key])) {
      changes.push(
        `Fact "${after.name}": ${key} changed from ${show(before[key]) ?? 'none'} to ${show(after[key]) ?? 'none'}.`,
      );
    }
  }
  return changes;
}

function describeRuleChange(before: RuleDefinition, after: RuleDefinition): string[] {
  const changes: string[] = [];
  const name = after.name;
  if ((before.priority ?? 1) !== (after.priority ?? 1)) {
    changes.push(`Rule "${name}": priority changed from ${before.priority ?? 1} to ${after.priority ?? 1}.`);
  }
  const oldLeaves = new Map(leaves(before.conditions).map((leaf) => [`${leaf.fact}|${leaf.path}`, leaf]));
  const newLeaves = new Map(leaves(after.conditions).map((leaf) => [`${leaf.fact}|${leaf.path}`, leaf]));
  for (const [key, leaf] of newLeaves) {
    const old = oldLeaves.get(key);
    if (!old)
      changes.push(`Rule "${name}": new condition ${leaf.fact} ${leaf.operator} ${show(leaf.value)}.`);
    else if (old.operator !== leaf.operator || show(old.value) !== show(leaf.value)) {
      changes.push(
        `Rule "${name}": the condition on ${leaf.fact} changed from "${old.operator} ${show(old.value)}" to "${leaf.operator} ${show(leaf.value)}".`,
      );
    }
  }
  for (const [key, leaf] of oldLeaves) {
    if (!newLeaves.has(key))
      changes.push(`Rule "${name}": condition ${leaf.fact} ${leaf.operator} ${show(leaf.value)} removed.`);
  }
  if (
    oldLeaves.size === newLeaves.size &&
    changes.length === 0 &&
    show(before.conditions) !== show(after.conditions)
  ) {
    changes.push(`Rule "${name}": the way its conditions are grouped (all/any/not) changed.`);
  }
  if (before.event.type !== after.event.type) {
    changes.push(`Rule "${name}": sends "${after.event.type}" instead of "${before.event.type}".`);
  }
  const keys = new Set([...Object.keys(before.event.params ?? {}), ...Object.keys(after.event.params ?? {})]);
  for (const key of keys) {
    const was = before.event.params?.[key];
    const now = after.event.params?.[key];
    if (show(was) !== show(now))
      changes.push(`Rule "${name}": ${key} changed from ${show(was) ?? 'none'} to ${show(now) ?? 'none'}.`);
  }
  if ((before.description ?? '') !== (after.description ?? ''))
    changes.push(`Rule "${name}": description changed.`);
  return changes;
}

/** What changed from one rule set to another, in sentences a policy officer can read. */
export function diffRuleSets(before: RuleSetDocument, after: RuleSetDocument): string[] {
  const changes: string[] = [];
  for (const key of ['id', 'title', 'owner', 'version', 'effectiveFrom', 'effectiveTo'] as const) {
    if (before[key] !== after[key])
      changes.push(`${key} changed from ${show(before[key]) ?? 'none'} to ${show(after[key]) ?? 'none'}.`);
  }
  if (before.description !== after.description) changes.push('description changed.');
  const oldFacts = new Map(before.facts.map((fact) => [fact.name, fact]));
  const newFacts = new Map(after.facts.map((fact) => [fact.name, fact]));
  for (const [name, fact] of newFacts) {
    const old = oldFacts.get(name);
    if (!old)
      changes.push(
        `New fact "${name}" (${fact.type}${fact.unit ? `, ${fact.unit}` : ''}): ${fact.description}`,
      );
    else changes.push(...describeFactChange(old, fact));
  }
  for (const name of oldFacts.keys()) if (!newFacts.has(name)) changes.push(`Fact "${name}" removed.`);
  const oldRules = new Map(before.rules.map((rule) => [rule.name, rule]));
  const newRules = new Map(after.rules.map((rule) => [rule.name, rule]));
  for (const [name, rule] of newRules) {
    const old = oldRules.get(name);
    if (!old) changes.push(`New rule "${name}"${rule.description ? `: ${rule.description}` : ''}.`);
    else changes.push(...describeRuleChange(old, rule));
  }
  for (const name of oldRules.keys()) if (!newRules.has(name)) changes.push(`Rule "${name}" removed.`);
  return changes;
}
