import { RejectedError } from '#domain';

import {
  byNumber,
  criteriaWith,
  distributeFixture as distribute,
  sumOf as sum,
} from '../../testing/distribution-fixture.js';

const TARGETS = [
  { countyNumber: '01', persons: 300 },
  { countyNumber: '02', persons: 500 },
  { countyNumber: '03', persons: 200 },
];
const inCounty = (distribution: Awaited<ReturnType<typeof distribute>>, county: string) =>
  sum(distribution.municipalities.filter((m) => m.fylkesnummer === county));

describe("the national committee's county targets", () => {
  it('give each county exactly its target, split within it by the criteria', async () => {
    const distribution = await distribute({ countyTargets: TARGETS });
    expect(distribution.followsCountyTargets).toBe(true);
    expect([
      inCounty(distribution, '01'),
      inCounty(distribution, '02'),
      inCounty(distribution, '03'),
    ]).toEqual([300, 500, 200]);
    expect(distribution.counties.map((county) => county.target)).toEqual([300, 500, 200]);
    expect(sum(distribution.municipalities)).toBe(1000);
  });

  it("keep a county recommendation inside its county's target", async () => {
    const distribution = await distribute({
      countyTargets: TARGETS,
      countyRecommendations: [{ municipalityNumber: '0201', persons: 350 }],
    });
    expect(byNumber(distribution).get('0201')!.requested).toBe(350);
    expect(inCounty(distribution, '02')).toBe(500);
    expect(inCounty(distribution, '01')).toBe(300);
  });

  it('are refused when they do not add up to the total, or leave a county out, naming countyTargets', async () => {
    await expect(distribute({ countyTargets: TARGETS, total: 900 })).rejects.toMatchObject({
      field: 'countyTargets',
      message: 'The county targets add up to 1000, but the total to distribute is 900',
    });
    await expect(distribute({ countyTargets: TARGETS.slice(0, 2), total: 800 })).rejects.toMatchObject({
      field: 'countyTargets',
      message: 'The county targets have no figure for 03',
    });
  });

  it('are refused, naming the county, when its municipalities cannot take its target', async () => {
    // Sørfylke's three municipalities may be asked for at most 2 % of their 77 200 inhabitants: 1 544.
    const impossible = [
      { countyNumber: '01', persons: 0 },
      { countyNumber: '02', persons: 0 },
      { countyNumber: '03', persons: 2000 },
    ];
    const run = () => distribute({ countyTargets: impossible, total: 2000, em: undefined });
    await expect(run()).rejects.toThrow(RejectedError);
    await expect(run()).rejects.toMatchObject({
      field: 'countyTargets',
      message: expect.stringContaining("County 03's target of 2000"),
    });
  });

  it('are set aside with a warning when the criteria split directly', async () => {
    const distribution = await distribute({
      countyTargets: TARGETS,
      criteria: criteriaWith((document) => {
        document.rules.find((rule) => rule.event.type === 'distribution-method')!.event.params = {
          method: 'direct',
        };
      }),
    });
    expect(distribution.followsCountyTargets).toBe(false);
    expect(distribution.warnings).toContain(
      "The criteria split directly, so the committee's county targets were not used",
    );
  });
});
