import type { EntityManager } from 'typeorm';

import type { CountyTargetsSet } from '#contracts';
import { RejectedError } from '#domain';

import { SetCountyTargets } from './set-county-targets.js';

const TRANSACTION = {} as EntityManager;
const COUNTIES = [
  { number: '03', name: 'Oslo' },
  { number: '46', name: 'Vestland' },
];

describe('SetCountyTargets', () => {
  let kept: CountyTargetsSet[];
  let set: SetCountyTargets;
  const split = (targets: CountyTargetsSet['targets']): CountyTargetsSet => ({
    year: 2026,
    targets,
    source: 'Nasjonalt utvalg',
    setOn: '2025-06-12',
  });

  beforeEach(() => {
    kept = [];
    set = new SetCountyTargets(
      { counties: () => Promise.resolve(COUNTIES) },
      {
        add: (_transaction, targets) => {
          kept.push(targets);
          return Promise.resolve();
        },
      },
    );
  });

  it('keeps a split with one figure for every county', async () => {
    const targets = split([
      { countyNumber: '03', persons: 640 },
      { countyNumber: '46', persons: 1478 },
    ]);
    expect(await set.execute(TRANSACTION, targets)).toEqual({ counties: 2, total: 2118 });
    expect(kept).toEqual([targets]);
  });

  it('refuses an unknown county, a county twice and a county left out, naming the field', async () => {
    const refusals = [
      [split([{ countyNumber: '99', persons: 1 }]), 'targets[0].countyNumber'],
      [
        split([
          { countyNumber: '03', persons: 1 },
          { countyNumber: '03', persons: 2 },
        ]),
        'targets[1].countyNumber',
      ],
      [split([{ countyNumber: '03', persons: 1 }]), 'targets'],
    ] as const;
    for (const [targets, field] of refusals) {
      const refused = set.execute(TRANSACTION, targets);
      await expect(refused).rejects.toThrow(RejectedError);
      await expect(refused).rejects.toMatchObject({ field });
    }
    expect(kept).toEqual([]);
  });
});
