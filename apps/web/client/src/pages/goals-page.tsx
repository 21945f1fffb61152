import { useId, useState } from 'react';

import { apiGet } from '../api';
import { formatCount, formatPercent } from '../format';
import { useTexts } from '../i18n';
import { Figure, Panel } from '../situation/panel-state';
import type { GoalAchievement } from '../situation/service-types';
import { SortableTable } from '../sortable-table';
import { usePolling } from '../use-polling';

/** IMDi's goal achievement for a year, as the committee reports it; printable (the menu and header are left out). */
export function GoalsPage() {
  const { t, language } = useTexts();
  const g = t.goalsPage;
  const s = t.situation;
  const id = useId();
  const [year, setYear] = useState(new Date().getFullYear());
  const goals = usePolling(
    () => apiGet<GoalAchievement>('settlement', `/settlement/goal-achievement/${year}`),
    60000,
    String(year),
  );
  const count = (n: number | null | undefined) => formatCount(n, language);
  const percent = (n: number | null | undefined) => formatPercent(n, language);
  const met = (value: boolean | null) => (value === null ? '–' : value ? g.met : g.notMet);
  return (
    <>
      <h1>
        {g.title} {year}
      </h1>
      <p className="no-print">
        <label htmlFor={`${id}-year`}>{s.year}</label>{' '}
        <select id={`${id}-year`} value={year} onChange={(event) => setYear(Number(event.target.value))}>
          {[0, 1, 2, 3].map((back) => {
            const y = new Date().getFullYear() - back;
            return (
              <option key={y} value={y}>
                {y}
              </option>
            );
          })}
        </select>{' '}
        <button type="button" onClick={() => window.print()}>
          {g.print}
        </button>
      </p>
      <Panel id="goal" title={s.goal} polled={goals}>
        {(data) => (
          <>
            <dl className="figures">
              <Figure
                label={s.settled}
                value={count(data.goal.settled)}
                raw={data.goal.settled}
                testId="goal-settled"
              />
              <Figure
                label={s.settledWithinGoal}
                value={count(data.goal.settledWithinTarget)}
                raw={data.goal.settledWithinTarget}
              />
              <Figure
                label={s.shareWithinGoal}
                value={percent(data.goal.sharePercent)}
                raw={data.goal.sharePercent}
                note={`${s.goalText(data.goal.percent, data.goal.months)}: ${met(data.goal.met)}`}
              />
              <Figure label={s.need} value={count(data.needAndDecisions.need?.total)} />
              <Figure label={s.requested} value={count(data.needAndDecisions.requested)} />
              <Figure label={s.decided} value={count(data.needAndDecisions.decided)} />
            </dl>
            {data.groups && (
              <SortableTable
                caption={g.groups}
                rows={data.groups}
                rowKey={(row) => row.group}
                columns={[
                  { key: 'group', header: g.group, value: (row) => g.groupNames[row.group] ?? row.group },
                  { key: 'target', header: g.targetMonths, value: (row) => row.targetMonths, numeric: true },
                  {
                    key: 'settled',
                    header: s.settled,
                    value: (row) => row.settled,
                    numeric: true,
                    render: (row) => count(row.settled),
                  },
                  {
                    key: 'within',
                    header: s.settledWithinGoal,
                    value: (row) => row.settledWithinTarget,
                    numeric: true,
                    render: (row) => count(row.settledWithinTarget),
                  },
                  {
                    key: 'share',
                    header: s.shareWithinGoal,
                    value: (row) => row.sharePercent,
                    numeric: true,
                    render: (row) => percent(row.sharePercent),
                  },
                  {
                    key: 'median',
                    header: g.medianDays,
                    value: (row) => row.medianDaysWaited,
                    numeric: true,
                    render: (row) => count(row.medianDaysWaited),
                  },
                ]}
              />
            )}
            <SortableTable
              caption={s.perCountySettlement}
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
                { key: 'met', header: g.goalMet, value: (row) => met(row.goalMet) },
              ]}
            />
            {data.waitingTimes && (
              <SortableTable
                caption={g.waitingBands}
                rows={data.waitingTimes.bands}
                rowKey={(row) => row.band}
                columns={[
                  { key: 'band', header: g.band, value: (row) => row.band },
                  {
                    key: 'settled',
                    header: s.settled,
                    value: (row) => row.settled,
                    numeric: true,
                    render: (row) => count(row.settled),
                  },
                  {
                    key: 'share',
                    header: g.share,
                    value: (row) => row.sharePercent,
                    numeric: true,
                    render: (row) => percent(row.sharePercent),
                  },
                ]}
              />
            )}
          </>
        )}
      </Panel>
    </>
  );
}
