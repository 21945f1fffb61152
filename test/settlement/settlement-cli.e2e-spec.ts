import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

describe('npm run settlement -- distribute (without the services)', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'settlement-cli-'));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['dist/tools/settlement-cli.js', 'distribute', ...args], {
      encoding: 'utf8',
    });

  it('writes a full 2026-style distribution as CSV: 13 000 persons, 651 EM, 357 municipalities, minimums honoured', () => {
    const out = path.join(directory, 'requests-2026.csv');
    const result = run(
      '--year',
      '2026',
      '--total',
      '13000',
      '--em',
      '651',
      '--out',
      out,
      '--explain',
      '0301',
    );
    expect(result.status).toBe(0);
    const [header, ...rows] = readFileSync(out, 'utf8').trim().split('\n');
    expect(header).toBe('kommunenummer,kommunenavn,fylkesnummer,requested,of_which_em');
    expect(rows).toHaveLength(357);
    const figures = rows
      .map((row) => row.split(','))
      .map((cells) => ({ requested: Number(cells[3]), em: Number(cells[4]) }));
    expect(figures.reduce((sum, f) => sum + f.requested, 0)).toBe(13000);
    expect(figures.reduce((sum, f) => sum + f.em, 0)).toBe(651);
    expect(figures.filter((f) => f.requested > 0 && f.requested < 5)).toEqual([]);
    expect(result.stderr).toContain('0301 Oslo (Oslo): asked for');
    expect(result.stderr).toMatch(/computed in \d+ ms/);
  });

  it('takes indicators and a candidate criteria file, and names a bad input', () => {
    const indicators = path.join(directory, 'indicators.csv');
    writeFileSync(indicators, 'kommunenummer,employmentRate\n0301,seventy\n');
    const bad = run('--year', '2026', '--total', '100', '--indicators', indicators);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('indicators, line 2: employmentRate "seventy" is not a number');

    const criteria = path.join(directory, 'criteria.json');
    writeFileSync(
      criteria,
      readFileSync('rules/settlement/request-criteria.json', 'utf8').replace('"weight": 0.5', '"weight": 2'),
    );
    const refused = run('--year', '2026', '--total', '100', '--criteria', criteria);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('$.rules[4].event.params.weight');
  });
});
