import { type FormEvent, useEffect, useId, useState } from 'react';

import { apiGet, apiSend } from '../api';
import { formatCount } from '../format';
import { useTexts } from '../i18n';
import { loadMap } from '../map/municipality-map';
import type { UserView } from '../navigation';
import { countyName } from '../situation/counties';
import { usePolling } from '../use-polling';

interface Recommendation {
  municipalityNumber: string;
  countyNumber: string;
  persons: number;
  source: string;
  recordedAt: string;
}

interface Targets {
  year: number;
  targets: { countyNumber: string; persons: number }[];
}

/**
 * A county authority (fylkeskommune), its own county only: the committee's target for the county, and a
 * recommended figure for each of its municipalities, saved for IMDi's distribution.
 */
function CountyView({ county }: { county: string }) {
  const { t, language } = useTexts();
  const f = t.countyPage;
  const id = useId();
  const year = new Date().getFullYear() + 1;
  const [municipalities, setMunicipalities] = useState<{ number: string; name: string }[]>([]);
  const [figures, setFigures] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const targets = usePolling(
    () => apiGet<Targets>('settlement', `/settlement/county-targets/${year}`),
    60000,
    county,
  );
  const saved = usePolling(
    () => apiGet<Recommendation[]>('settlement', `/settlement/county-recommendations/${year}`),
    60000,
    county,
  );
  useEffect(() => {
    void loadMap().then((map) =>
      setMunicipalities(
        map.features
          .map((feature) => ({
            number: feature.properties.kommunenummer,
            name: feature.properties.kommunenavn,
          }))
          .filter((m) => m.number.startsWith(county))
          .sort((a, b) => a.name.localeCompare(b.name, 'nb')),
      ),
    );
  }, [county]);
  useEffect(() => {
    const own = (saved.data ?? []).filter((r) => r.countyNumber === county);
    if (own.length > 0)
      setFigures(Object.fromEntries(own.map((r) => [r.municipalityNumber, String(r.persons)])));
  }, [saved.data, county]);
  const target = targets.data?.targets.find((entry) => entry.countyNumber === county)?.persons;
  const sum = Object.values(figures).reduce((total, text) => total + (Number(text) || 0), 0);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await apiSend('settlement', 'PUT', `/settlement/county-recommendations/${year}/${county}`, {
        source: `${countyName(county)} fylkeskommune, ${new Date().toISOString().slice(0, 10)}`,
        recommendations: Object.entries(figures)
          .filter(([, text]) => text.trim() !== '')
          .map(([municipalityNumber, text]) => ({ municipalityNumber, persons: Number(text) })),
      });
      setMessage(f.saved);
      saved.refresh();
    } catch (error) {
      setMessage(`${t.error}: ${(error as Error).message}`);
    }
  };

  return (
    <form onSubmit={(event) => void save(event)} className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {countyName(county)} ({county}) – {year}
      </h2>
      <p>
        {f.target}: <strong>{target === undefined ? f.noTarget : formatCount(target, language)}</strong>.{' '}
        {f.sum}: <strong data-testid="county-sum">{formatCount(sum, language)}</strong>
        {target !== undefined && sum !== target ? ` (${f.differs})` : ''}
      </p>
      <p className="muted">{f.deadline}</p>
      <table>
        <caption>{f.recommendations}</caption>
        <thead>
          <tr>
            <th scope="col">{t.situation.municipality}</th>
            <th scope="col">{f.recommended}</th>
          </tr>
        </thead>
        <tbody>
          {municipalities.map((m) => (
            <tr key={m.number}>
              <th scope="row">
                <label htmlFor={`${id}-${m.number}`}>
                  {m.name} ({m.number})
                </label>
              </th>
              <td>
                <input
                  id={`${id}-${m.number}`}
                  inputMode="numeric"
                  pattern="[0-9]*"
                  size={6}
                  value={figures[m.number] ?? ''}
                  onChange={(event) => setFigures({ ...figures, [m.number]: event.target.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="submit" className="primary">
        {f.save}
      </button>
      <p aria-live="polite">{message}</p>
    </form>
  );
}

export function CountyPage({ user }: { user: UserView }) {
  const { t } = useTexts();
  return (
    <>
      <h1>{t.pages.county}</h1>
      {user.counties.length === 0 && <p>{t.noAccessText}</p>}
      {user.counties.map((county) => (
        <CountyView key={county} county={county} />
      ))}
    </>
  );
}
