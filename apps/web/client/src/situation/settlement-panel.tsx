import { useId, useMemo, useState } from 'react';

import { apiGet } from '../api';
import { formatCount, formatDifference, formatPercent } from '../format';
import { useTexts } from '../i18n';
import { divergingClasses, sequentialClasses } from '../map/color-scale';
import { MunicipalityMap } from '../map/municipality-map';
import { SortableTable } from '../sortable-table';
import { usePolling } from '../use-polling';
import { Figure, Panel } from './panel-state';
import type { DecisionGap, DecisionSummary, GoalAchievement, WaitingSummary } from './service-types';

type Measure = 'requested' | 'decided' | 'gap';

export function SettlementPanel({ intervalMs }: { intervalMs: number }) {
  const { t, language } = useTexts();
  const s = t.situation;
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [measure, setMeasure] = useState<Measure>('requested');
  const yearId = useId();
  const measureId = useId();
  const goals = usePolling(
    () => apiGet<GoalAchievement>('settlement', `/settlement/goal-achievement/${year}`),
    intervalMs,
    String(year),
  );
  const decisions = usePolling(
    () => apiGet<DecisionSummary>('settlement', `/settlement/decisions/${year}`),
    intervalMs,
    String(year),
  );
  const waiting = usePolling(() => apiGet<WaitingSummary>('settlement', '/settlement/waiting'), intervalMs);
  const count = (n: number | null | undefined) => formatCount(n, language);
  const percent = (n: number | null | undefined) => formatPercent(n, language);

  const municipalities = decisions.data?.municipalities ?? [];
  const values = useMemo(
    () => new Map(municipalities.map((m): [string, number | null] => [m.municipalityNumber, m[measure]])),
    [municipalities, measure],
  );
  const classes = useMemo(() => {
    const numbers = [...values.values()].filter((v): v is number => v !== null);
    return measure === 'gap' ? divergingClasses(numbers) : sequentialClasses(numbers);
  }, [values, measure]);
  const measureLabel = { requested: s.requested, decided: s.decided, gap: s.gap }[measure];

  return (
    <section className="panel" aria-labelledby="settlement-title" data-testid="settlement">
      <h2 id="settlement-title">{s.settlement}</h2>
      <p>
        <label htmlFor={yearId}>{s.year} </label>
        <select id={yearId} value={year} onChange={(event) => setYear(Number(event.target.value))}>
          {[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </p>
      <Panel id="settlement-goals" level={3} title={`${s.goal} ${year}`} polled={goals}>
        {(data) => (
          <>
            <dl className="figures">
              <Figure
                label={s.need}
                value={count(data.needAndDecisions.need?.total)}
                raw={data.needAndDecisions.need?.total ?? null}
                testId="settlement-need"
              />
              <Figure
                label={s.requested}
                value={count(data.needAndDecisions.requested)}
                raw={data.needAndDecisions.requested ?? null}
                testId="settlement-requested"
              />
              <Figure
                label={s.decided}
                value={count(data.needAndDecisions.decided)}
                raw={data.needAndDecisions.decided ?? null}
                testId="settlement-decided"
              />
              <Figure
                label={s.settled}
                value={count(data.goal.settled)}
                raw={data.goal.settled ?? null}
                testId="settlement-settled"
              />
              <Figure
                label={s.shareWithinGoal}
                value={percent(data.goal.sharePercent)}
                raw={data.goal.sharePercent ?? null}
                testId="settlement-goal-share"
                note={s.goalText(data.goal.percent, data.goal.months)}
              />
            </dl>
            <SortableTable
              caption={s.perCountySettlement}
              testId="settlement-counties"
              rows={data.counties}
              rowKey={(row) => row.countyNumber}
              columns={[
                { key: 'county', header: s.county, value: (row) => row.countyName },
                {
                  key: 'requested',
                  header: s.requested,
                  value: (row) => row.requested,
                  numeric: true,
                  render: (row) => count(row.requested),
                },
                {
                  key: 'decided',
                  header: s.decided,
                  value: (row) => row.decided,
                  numeric: true,
                  render: (row) => count(row.decided),
                },
                {
                  key: 'settled',
                  header: s.settled,
                  value: (row) => row.settled,
                  numeric: true,
                  render: (row) => count(row.settled),
                },
                {
                  key: 'share',
                  header: s.shareWithinGoal,
                  value: (row) => row.shareWithinGoalPercent,
                  numeric: true,
                  render: (row) => percent(row.shareWithinGoalPercent),
                },
              ]}
            />
          </>
        )}
      </Panel>
      <Panel id="settlement-waiting" level={3} title={s.waiting} polled={waiting}>
        {(data) => (
          <dl className="figures">
            <Figure
              label={s.waiting}
              value={count(data.waiting)}
              raw={data.waiting ?? null}
              testId="settlement-waiting-count"
            />
            <Figure
              label={s.beyondTarget}
              value={count(data.beyondTarget)}
              note={percent(data.shareBeyondTarget)}
            />
          </dl>
        )}
      </Panel>
      <Panel id="settlement-map" level={3} title={s.map} polled={decisions}>
        {() => (
          <>
            <p>
              <label htmlFor={measureId}>{s.mapMeasure} </label>
              <select
                id={measureId}
                value={measure}
                onChange={(event) => setMeasure(event.target.value as Measure)}
              >
                <option value="requested">{s.requested}</option>
                <option value="decided">{s.decided}</option>
                <option value="gap">{s.gap}</option>
              </select>
            </p>
            <div className="map-and-table">
              <MunicipalityMap
                values={values}
                classes={classes}
                measure={measureLabel}
                signed={measure === 'gap'}
              />
              <div className="table-scroll" tabIndex={0} role="region" aria-label={s.mapTable}>
                <SortableTable<DecisionGap>
                  caption={s.mapTable}
                  testId="settlement-municipalities"
                  rows={municipalities}
                  rowKey={(row) => row.municipalityNumber}
                  initialSort={{ key: measure, descending: true }}
                  columns={[
                    {
                      key: 'municipality',
                      header: s.municipality,
                      value: (row) => `${row.municipalityName} (${row.municipalityNumber})`,
                    },
                    {
                      key: 'requested',
                      header: s.requested,
                      value: (row) => row.requested,
                      numeric: true,
                      render: (row) => count(row.requested),
                    },
                    {
                      key: 'decided',
                      header: s.decided,
                      value: (row) => row.decided,
                      numeric: true,
                      render: (row) => count(row.decided),
                    },
                    {
                      key: 'gap',
                      header: s.gap,
                      value: (row) => row.gap,
                      numeric: true,
                      render: (row) => formatDifference(row.gap, language),
                    },
                  ]}
                />
              </div>
            </div>
          </>
        )}
      </Panel>
    </section>
  );
}
