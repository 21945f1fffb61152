import type { EntityManager } from 'typeorm';

import type { MunicipalityDecided } from '#contracts';
import { NotFoundError, RejectedError } from '#domain';

import { RecordMunicipalDecision } from './record-municipal-decision.js';

const TRANSACTION = {} as EntityManager;

describe('RecordMunicipalDecision', () => {
  let kept: MunicipalityDecided[];
  let checkedYears: number[];
  let record: RecordMunicipalDecision;
  const decided = (extra: Partial<MunicipalityDecided> = {}): MunicipalityDecided => ({
    year: 2026,
    municipalityNumber: '0301',
    total: 500,
    em: 20,
    decidedOn: '2026-02-01',
    ...extra,
  });

  beforeEach(() => {
    kept = [];
    checkedYears = [];
    record = new RecordMunicipalDecision(
      { exists: (number) => Promise.resolve(number === '0301') },
      {
        add: (_transaction, decision) => {
          kept.push(decision);
          return Promise.resolve();
        },
      },
      {
        execute: (_transaction, year) => {
          checkedYears.push(year);
          return Promise.resolve({ raised: 0, resolved: 0 });
        },
      },
    );
  });

  it("keeps the decision and checks the year's national triggers again", async () => {
    await record.execute(TRANSACTION, decided());
    expect(kept).toEqual([decided()]);
    expect(checkedYears).toEqual([2026]);
  });

  it('refuses a municipality that does not exist, and more minors than persons, naming the field', async () => {
    const unknown = record.execute(TRANSACTION, decided({ municipalityNumber: '9999' }));
    await expect(unknown).rejects.toThrow(NotFoundError);
    await expect(unknown).rejects.toMatchObject({ field: 'municipalityNumber' });
    const tooMany = record.execute(TRANSACTION, decided({ total: 5, em: 6 }));
    await expect(tooMany).rejects.toThrow(RejectedError);
    await expect(tooMany).rejects.toMatchObject({ field: 'em' });
    expect(kept).toEqual([]);
    expect(checkedYears).toEqual([]);
  });

  it('keeps minors by age band, and refuses bands that do not make up em', async () => {
    await record.execute(TRANSACTION, decided({ emUnder15: 5, em15To18: 15 }));
    expect(kept).toEqual([decided({ emUnder15: 5, em15To18: 15 })]);
    const wrong = record.execute(TRANSACTION, decided({ emUnder15: 5, em15To18: 10 }));
    await expect(wrong).rejects.toThrow(RejectedError);
    await expect(wrong).rejects.toMatchObject({ field: 'em15To18' });
    await expect(record.execute(TRANSACTION, decided({ emUnder15: 25 }))).rejects.toThrow(RejectedError);
    expect(kept).toHaveLength(1);
  });
});
