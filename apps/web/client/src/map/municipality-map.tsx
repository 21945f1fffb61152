import { useEffect, useState } from 'react';

import { formatCount, formatDifference } from '../format';
import { useTexts } from '../i18n';
import { type ColourClass, colourOf, NO_VALUE } from './color-scale';
import { type ProjectedMap, projectTopology, type Topology } from './topojson';

const MAP_URL = '/data/maps/kommuner-2024-S.topojson';
let loading: Promise<ProjectedMap> | undefined;

/** The municipalities' boundaries, fetched and projected once per page load. */
function loadMap(): Promise<ProjectedMap> {
  loading ??= fetch(MAP_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`${MAP_URL}: ${response.status}`);
      return response.json() as Promise<Topology>;
    })
    .then((topology) => projectTopology(topology, 'Kommuner'))
    .catch((error: Error) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

export interface MunicipalityMapProps {
  /** The figure of each municipality by its number; absent: no figure. */
  values: ReadonlyMap<string, number | null>;
  classes: readonly ColourClass[];
  /** What the figure is, for the map's label and each tooltip. */
  measure: string;
  signed?: boolean;
}

/** A choropleth of the 357 municipalities; the figures are in the table beside it too (never colour alone). */
export function MunicipalityMap({ values, classes, measure, signed }: MunicipalityMapProps) {
  const { t, language } = useTexts();
  const [map, setMap] = useState<ProjectedMap>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    loadMap().then(setMap, (e: Error) => setError(e.message));
  }, []);
  const show = (value: number | null | undefined) =>
    signed ? formatDifference(value, language) : formatCount(value, language);
  if (error) return <p role="alert">{error}</p>;
  if (!map) return <p>{t.loading}</p>;
  return (
    <figure className="map">
      <svg
        viewBox={map.viewBox}
        role="img"
        aria-label={`${t.situation.map}: ${measure}. ${t.situation.mapSummary(map.features.length)}`}
        data-testid="municipality-map"
      >
        {map.features.map((feature) => {
          const number = feature.properties.kommunenummer;
          const value = values.get(number);
          return (
            <path
              key={number}
              d={feature.path}
              fill={value === undefined ? NO_VALUE : colourOf(value, classes)}
              data-municipality={number}
            >
              <title>{`${feature.properties.kommunenavn} (${number}): ${measure} ${show(value)}`}</title>
            </path>
          );
        })}
      </svg>
      <figcaption>
        <ul className="legend" aria-label={t.situation.legend}>
          {classes.map((c) => (
            <li key={c.colour}>
              <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
              {Number.isFinite(c.from) ? show(c.from) : '…'}–{Number.isFinite(c.to) ? show(c.to) : '…'}
            </li>
          ))}
          <li>
            <span className="swatch" style={{ background: NO_VALUE }} aria-hidden="true" />
            {t.situation.noData}
          </li>
        </ul>
        <p className="attribution">{t.situation.mapAttribution}</p>
      </figcaption>
    </figure>
  );
}
