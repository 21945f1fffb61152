import { apiGet } from '../api';
import { formatCount, formatPercent } from '../format';
import { useTexts } from '../i18n';
import { SortableTable } from '../sortable-table';
import { usePolling } from '../use-polling';
import { Figure, Panel } from './panel-state';
import type { CareOccupancy } from './service-types';

export function CarePanel({ intervalMs }: { intervalMs: number }) {
  const { t, language } = useTexts();
  const s = t.situation;
  const occupancy = usePolling(
    () => apiGet<CareOccupancy>('care-centres', '/care-centres/occupancy'),
    intervalMs,
  );
  const count = (n: number | null | undefined) => formatCount(n, language);
  const percent = (n: number | null | undefined) => formatPercent(n, language);
  return (
    <Panel id="care-centres" title={s.careCentres} polled={occupancy}>
      {(data) => (
        <>
          <dl className="figures">
            <Figure
              label={s.children}
              value={count(data.national.children)}
              raw={data.national.children ?? null}
              testId="care-children"
            />
            <Figure
              label={s.places}
              value={count(data.national.places)}
              raw={data.national.places ?? null}
              testId="care-places"
            />
            <Figure
              label={s.occupancy}
              value={percent(data.national.occupancyPercent)}
              raw={data.national.occupancyPercent ?? null}
              testId="care-occupancy"
            />
            <Figure
              label={s.awaitingPlacement}
              value={count(data.national.awaitingPlacement)}
              raw={data.national.awaitingPlacement ?? null}
              testId="care-awaiting"
            />
          </dl>
          <SortableTable
            caption={s.careCentre}
            rows={data.centres}
            rowKey={(row) => row.centreId}
            columns={[
              { key: 'centre', header: s.careCentre, value: (row) => row.name ?? row.centreId },
              {
                key: 'children',
                header: s.children,
                value: (row) => row.children,
                numeric: true,
                render: (row) => count(row.children),
              },
              {
                key: 'places',
                header: s.places,
                value: (row) => row.places,
                numeric: true,
                render: (row) => count(row.places),
              },
              {
                key: 'occupancy',
                header: s.occupancy,
                value: (row) => row.occupancyPercent,
                numeric: true,
                render: (row) => percent(row.occupancyPercent),
              },
            ]}
          />
        </>
      )}
    </Panel>
  );
}
