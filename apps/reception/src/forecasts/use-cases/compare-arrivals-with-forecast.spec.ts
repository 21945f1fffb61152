import { InMemoryForecasts } from '../../testing/in-memory-forecasts.js';
import { InMemoryStays } from '../../testing/in-memory-stays.js';
import { TRANSACTION } from '../../testing/transaction.js';
import { CompareArrivalsWithForecast } from './compare-arrivals-with-forecast.js';

describe('CompareArrivalsWithForecast', () => {
  let forecasts: InMemoryForecasts;
  let stays: InMemoryStays;
  let compare: CompareArrivalsWithForecast;

  beforeEach(async () => {
    forecasts = new InMemoryForecasts();
    stays = new InMemoryStays();
    compare = new CompareArrivalsWithForecast(forecasts, stays);
    await forecasts.save(TRANSACTION, {
      periodStart: '2026-11-01',
      periodEnd: '2026-11-30',
      expected: 300,
      low: 200,
      high: 400,
      publishedOn: '2026-10-20',
    });
    await stays.open(TRANSACTION, 'p-before', 'OSL-1', '2026-10-31');
    for (let n = 1; n <= 5; n += 1) await stays.open(TRANSACTION, `p-${n}`, 'OSL-1', '2026-11-03');
  });

  it('compares the forecast share of the days passed with the arrivals in the period so far', async () => {
    expect(await compare.execute(TRANSACTION, '2026-11-07')).toEqual([70, 5]);
    expect(await compare.execute(TRANSACTION, '2026-11-30')).toEqual([300, 5]);
  });

  it('compares nothing in the first six days of a period, or without a forecast for the day', async () => {
    expect(await compare.execute(TRANSACTION, '2026-11-06')).toEqual([]);
    expect(await compare.execute(TRANSACTION, '2026-12-07')).toEqual([]);
  });
});
