import type { MunicipalityRequest } from './distribution.js';

const percent = (share: number) => `${(share * 100).toFixed(3)} %`;

/** One municipality's figure in words: eligibility, each criterion's value, share and weight, and adjustments. */
export function explainRequest(request: MunicipalityRequest): string {
  const { explanation: e } = request;
  const lines = [
    `${request.kommunenummer} ${request.kommunenavn} (${request.fylkesnavn}): asked for ${request.requested}, of which ${request.em} unaccompanied minors.`,
  ];
  if (!e.eligible) return [...lines, `Not asked: ${e.reasons.join('; ')}.`].join('\n');
  lines.push(`Asked because: ${e.reasons.join('; ')}.`);
  for (const criterion of e.criteria) {
    const source = criterion.source === 'data' ? '' : ` (${criterion.source})`;
    lines.push(
      `  ${criterion.criterion}: ${criterion.fact} = ${criterion.value}${source}, ${criterion.direction} asks more; ` +
        `share ${percent(criterion.share)} × weight ${criterion.weight}`,
    );
  }
  lines.push(`  criteria together: ${percent(e.criteriaShare)} of the need`);
  if (e.continuity) {
    lines.push(
      `  continuity: ${e.continuity.basis} = ${e.continuity.lastYear}, share ${percent(e.continuity.share)}, weight ${e.continuity.weight}`,
    );
  }
  lines.push(
    `  weight: ${percent(e.weight)}; exact share ${e.quota.toFixed(2)}; minimum ${e.minimum}, maximum ${e.maximum}`,
  );
  for (const adjustment of e.adjustments) lines.push(`  ${adjustment}`);
  lines.push(
    e.em.eligible
      ? `  unaccompanied minors: ${e.em.reasons.join('; ')}; exact share ${e.em.quota.toFixed(2)}${e.em.adjustments.length ? `; ${e.em.adjustments.join('; ')}` : ''}`
      : '  unaccompanied minors: not asked',
  );
  return lines.join('\n');
}
