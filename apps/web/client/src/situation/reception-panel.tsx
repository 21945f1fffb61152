import { apiGet } from '../api';
import { formatCount, formatPercent } from '../format';
import { useTexts } from '../i18n';
import { SortableTable } from '../sortable-table';
import { usePolling } from '../use-polling';
import { occupancyPerCounty } from './aggregate';
import { countyName } from './counties';
import { Figure, Panel } from './panel-state';
import type { ReceptionDay, ReceptionOccupancy } from './service-types';

/** UDI's steering target for the use of reception places. */
export const STEERING_TARGET_PERCENT = 85;

const daysAgo = (days: number) => new Date(Date.now() - days * 86400000).toISOString().slice(0, 10);

export function ReceptionPanel({ intervalMs }: { intervalMs: number }) {
  const { t, language } = useTexts();
  const s = t.situation;
  const occupancy = usePolling(
    () => apiGet<ReceptionOccupancy>('reception', '/reception/occupancy'),
    intervalMs,
  );
  const days = usePolling(
    () => apiGet<ReceptionDay[]>('reception', `/reception/occupancy/days?from=${daysAgo(30)}`),
    intervalMs,
  );
  const count = (n: number | null | undefined) => formatCount(n, language);
  const percent = (n: number | null | undefined) => formatPercent(n, language);
  const against = (n: number | null) =>
    n === null ? '' : n > STEERING_TARGET_PERCENT ? s.aboveTarget : s.belowTarget;

  return (
    <Panel id="reception" title={s.reception} polled={occupancy}>
      {(data) => (
        <>
          <dl className="figures">
            <Figure
              label={s.residents}
              value={count(data.national.residents)}
              raw={data.national.residents ?? null}
              testId="reception-residents"
            />
            <Figure
              label={s.places}
              value={count(data.national.capacity)}
              raw={data.national.capacity ?? null}
              testId="reception-capacity"
            />
            <Figure
              label={s.nationalOccupancy}
              value={percent(data.national.occupancyPercent)}
              raw={data.national.occupancyPercent ?? null}
              testId="reception-occupancy"
              note={`${s.target} ${percent(STEERING_TARGET_PERCENT)}: ${against(data.national.occupancyPercent)}`}
            />
          </dl>
          <SortableTable
            caption={s.perCounty}
            testId="reception-counties"
            rows={occupancyPerCounty(data.centres)}
            rowKey={(row) => row.countyNumber}
            columns={[
              { key: 'county', header: s.county, value: (row) => countyName(row.countyNumber) },
              {
                key: 'residents',
                header: s.residents,
                value: (row) => row.residents,
                numeric: true,
                render: (row) => count(row.residents),
              },
              {
                key: 'capacity',
                header: s.places,
                value: (row) => row.capacity,
                numeric: true,
                render: (row) => count(row.capacity),
              },
              {
                key: 'occupancy',
                header: s.occupancy,
                value: (row) => row.occupancyPercent,
                numeric: true,
                render: (row) =>
                  `${percent(row.occupancyPercent)} ${row.occupancyPercent !== null && row.occupancyPercent > STEERING_TARGET_PERCENT ? '▲' : ''}`,
              },
            ]}
          />
          <SortableTable
            caption={s.perCentre}
            testId="reception-centres"
            rows={data.centres}
            rowKey={(row) => row.centreId}
            columns={[
              { key: 'centre', header: s.centre, value: (row) => row.name ?? row.centreId },
              { key: 'municipality', header: s.municipality, value: (row) => row.hostMunicipalityNumber },
              { key: 'type', header: s.type, value: (row) => row.type },
              {
                key: 'residents',
                header: s.residents,
                value: (row) => row.residents,
                numeric: true,
                render: (row) => count(row.residents),
              },
              {
                key: 'capacity',
                header: s.places,
                value: (row) => row.capacity,
                numeric: true,
                render: (row) => count(row.capacity),
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
          {days.data && days.data.length > 0 && (
            <SortableTable
              caption={s.perDay}
              rows={days.data}
              rowKey={(row) => row.day}
              initialSort={{ key: 'day', descending: true }}
              columns={[
                { key: 'day', header: s.day, value: (row) => row.day },
                {
                  key: 'residents',
                  header: s.residents,
                  value: (row) => row.residents,
                  numeric: true,
                  render: (row) => count(row.residents),
                },
                {
                  key: 'capacity',
                  header: s.places,
                  value: (row) => row.capacity,
                  numeric: true,
                  render: (row) => count(row.capacity),
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
          )}
        </>
      )}
    </Panel>
  );
}
