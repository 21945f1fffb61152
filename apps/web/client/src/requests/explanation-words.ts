import type { MunicipalityExplanation } from './distribution-types';

const percent = (share: number, language: 'nb' | 'en') =>
  `${new Intl.NumberFormat(language === 'nb' ? 'nb-NO' : 'en-GB', { maximumFractionDigits: 2 }).format(share * 100)} %`;

/** Why a municipality got its figure, in one line: criteria shares with weights, continuity, cautions, adjustments. */
export function explanationWords(explanation: MunicipalityExplanation, language: 'nb' | 'en'): string {
  if (!explanation.eligible) {
    const not = language === 'nb' ? 'Ikke anmodet' : 'Not asked';
    return explanation.reasons.length > 0 ? `${not}: ${explanation.reasons.join('; ')}` : not;
  }
  const weight = language === 'nb' ? 'vekt' : 'weight';
  const parts = explanation.criteria.map(
    (c) => `${c.criterion} ${percent(c.share, language)} (${weight} ${c.weight})`,
  );
  if (explanation.continuity) {
    const word = language === 'nb' ? 'kontinuitet' : 'continuity';
    parts.push(
      `${word} ${percent(explanation.continuity.share, language)} (${weight} ${explanation.continuity.weight})`,
    );
  }
  for (const caution of explanation.cautions) parts.push(`${caution.reason} ×${caution.factor}`);
  parts.push(...explanation.adjustments);
  return parts.join('; ');
}
