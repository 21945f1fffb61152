import type { EmBandExplanation, MunicipalityRequest } from './distribution.js';

const percent = (share: number) => `${(share * 100).toFixed(3)} %`;

const bandText = (name: string, figure: number, band: EmBandExplanation) =>
  `${name} ${figure} (exact share ${band.quota.toFixed(2)}${band.adjustments.length ? `; ${band.adjustments.join('; ')}` : ''})`;

/** One municipality's figure in words: eligibility, each criterion's value, share and weight, and adjustments. */
export function explainRequest(request: MunicipalityRequest): string {
  const { explanation: e } = request;
  const lines = [
    `${request.kommunenummer} ${request.kommunenavn} (${request.fylkesnavn}): asked for ${request.requested}, ` +
      `of which ${request.em} unaccompanied minors (${request.emUnder15} under 15, ${request.em15To18} aged 15–18).`,
  ];
  if (!e.eligible) return [...lines, `Not asked: ${e.reasons.join('; ')}.`].join('\n');
  lines.push(`Asked because: ${e.reasons.join('; ')}.`);
  for (const criterion of e.criteria) {
    const source = criterion.source === 'data' ? '' : ` (${criterion.source})`;
    lines.push(
      `  ${criterion.criterion}: ${criterion.fact} = ${criterion.value}${source}, ${criterion.direction} asks more; ` +
        `${criterion.measure === criterion.fact ? '' : `${criterion.measure} = ${Number(criterion.basis.toFixed(2))}; `}` +
        `share ${percent(criterion.share)} × weight ${criterion.weight}`,
    );
  }
  lines.push(`  criteria together: ${percent(e.criteriaShare)} of the need`);
  if (e.continuity) {
    lines.push(
      `  continuity: ${e.continuity.basis} = ${e.continuity.lastYear}, share ${percent(e.continuity.share)}, weight ${e.continuity.weight}`,
    );
  }
  for (const caution of e.cautions) lines.push(`  caution: ${caution.reason} (weight × ${caution.factor})`);
  lines.push(
    `  weight: ${percent(e.weight)}; exact share ${e.quota.toFixed(2)}; minimum ${e.minimum}, maximum ${e.maximum}`,
  );
  for (const adjustment of e.adjustments) lines.push(`  ${adjustment}`);
  lines.push(
    e.em.eligible
      ? `  unaccompanied minors: ${e.em.reasons.join('; ')}; in groups of at least ${e.em.minimum}; ` +
          `${bandText('under 15', request.emUnder15, e.em.under15)}, ${bandText('15–18', request.em15To18, e.em.from15To18)}`
      : '  unaccompanied minors: not asked',
  );
  return lines.join('\n');
}
