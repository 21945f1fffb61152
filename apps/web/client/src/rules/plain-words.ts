import { OPERATOR_WORDS } from './operators';
import type { Condition, FactDeclaration } from './rule-set-types';

export type Words = 'nb' | 'en';

const GROUP_WORDS = {
  all: { nb: 'alle disse gjelder', en: 'all of these hold' },
  any: { nb: 'minst én av disse gjelder', en: 'at least one of these holds' },
  not: { nb: 'dette gjelder ikke', en: 'this does not hold' },
};

/** A line of a rule in plain words, with its depth for indentation. */
export interface PlainLine {
  depth: number;
  text: string;
}

function valueWords(
  value: unknown,
  fact: FactDeclaration | undefined,
  facts: readonly FactDeclaration[],
  language: Words,
): string {
  if (typeof value === 'object' && value !== null && 'fact' in value) {
    const other = facts.find((f) => f.name === (value as { fact: string }).fact);
    return other ? `«${other.description}»` : String((value as { fact: string }).fact);
  }
  if (typeof value === 'boolean') return language === 'nb' ? (value ? 'ja' : 'nei') : value ? 'yes' : 'no';
  if (typeof value === 'number') {
    const number = new Intl.NumberFormat(language === 'nb' ? 'nb-NO' : 'en-GB').format(value);
    return fact?.unit ? `${number} ${fact.unit}` : number;
  }
  if (Array.isArray(value)) return value.map((item) => valueWords(item, fact, facts, language)).join(', ');
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .map(([key, item]) => `${key} ${String(item)}`)
      .join(', ');
  }
  return `«${String(value)}»`;
}

/** The conditions as lines of plain words: "Residents as a share of all places is at least 95 percent". */
export function plainWords(
  condition: Condition,
  facts: readonly FactDeclaration[],
  language: Words,
  depth = 0,
): PlainLine[] {
  if ('all' in condition || 'any' in condition) {
    const key = 'all' in condition ? 'all' : 'any';
    const members = 'all' in condition ? condition.all : condition.any;
    return [
      { depth, text: `${language === 'nb' ? 'Når' : 'When'} ${GROUP_WORDS[key][language]}:` },
      ...members.flatMap((member) => plainWords(member, facts, language, depth + 1)),
    ];
  }
  if ('not' in condition) {
    return [
      { depth, text: `${language === 'nb' ? 'Når' : 'When'} ${GROUP_WORDS.not[language]}:` },
      ...plainWords(condition.not, facts, language, depth + 1),
    ];
  }
  const fact = facts.find((f) => f.name === condition.fact);
  const subject = fact ? fact.description : condition.fact;
  const operator = OPERATOR_WORDS[condition.operator]?.[language] ?? condition.operator;
  return [{ depth, text: `${subject} ${operator} ${valueWords(condition.value, fact, facts, language)}` }];
}
