import { InMemoryForecasts } from '../../testing/in-memory-forecasts.js';
import { TRANSACTION } from '../../testing/transaction.js';
import { RecordForecast } from './record-forecast.js';

describe('RecordForecast', () => {
  let forecasts: InMemoryForecasts;
  let recordForecast: RecordForecast;
  const forecast = {
    periodStart: '2026-11-01',
    periodEnd: '2026-11-30',
    expected: 300,
    low: 200,
    high: 450,
    publishedOn: '2026-10-20',
  };

  beforeEach(() => {
    forecasts = new InMemoryForecasts();
    recordForecast = new RecordForecast(forecasts);
  });

  it('keeps a forecast; a later one for the same period replaces it', async () => {
    await recordForecast.execute(TRANSACTION, forecast);
    await recordForecast.execute(TRANSACTION, { ...forecast, expected: 320, publishedOn: '2026-11-05' });
    expect([...forecasts.rows.values()]).toEqual([{ ...forecast, expected: 320, publishedOn: '2026-11-05' }]);
  });

  it('refuses a period that ends before it starts', async () => {
    await expect(
      recordForecast.execute(TRANSACTION, { ...forecast, periodEnd: '2026-10-31' }),
    ).rejects.toMatchObject({ kind: 'rejected', message: 'the forecast period ends before it starts' });
    expect(forecasts.rows.size).toBe(0);
  });

  it.each([
    ['low above expected', { low: 301 }],
    ['expected above high', { high: 299 }],
  ])('refuses %s', async (_case, figures) => {
    await expect(recordForecast.execute(TRANSACTION, { ...forecast, ...figures })).rejects.toMatchObject({
      kind: 'rejected',
      message: 'a forecast must have low ≤ expected ≤ high',
    });
    expect(forecasts.rows.size).toBe(0);
  });
});
