import { useTexts } from '../i18n';
import { CarePanel } from '../situation/care-panel';
import { EscalationsPanel } from '../situation/escalations-panel';
import { ReceptionPanel } from '../situation/reception-panel';
import { SettlementPanel } from '../situation/settlement-panel';

/** How often the figures are fetched again while the page is open. */
export const REFRESH_MS = 10000;

export function SituationPage() {
  const { t } = useTexts();
  return (
    <>
      <h1>{t.situation.title}</h1>
      <p>{t.situation.intro}</p>
      <EscalationsPanel intervalMs={REFRESH_MS} />
      <ReceptionPanel intervalMs={REFRESH_MS} />
      <CarePanel intervalMs={REFRESH_MS} />
      <SettlementPanel intervalMs={REFRESH_MS} />
    </>
  );
}
