import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const windows1252 = (text: string) =>
  Buffer.from(
    [...text].map((character) => ({ ø: 0xf8, å: 0xe5, æ: 0xe6 })[character] ?? character.charCodeAt(0)),
  );

describe('npm run settlement -- distribute (without the services)', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'settlement-cli-'));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['dist/tools/settlement-cli.js', 'distribute', ...args], {
      encoding: 'utf8',
    });

  it('writes a full 2026-style distribution as CSV: 13 000 persons, 80 + 571 EM, 357 municipalities, minimums honoured', () => {
    const out = path.join(directory, 'requests-2026.csv');
    const result = run(
      '--year',
      '2026',
      '--total',
      '13000',
      '--em-under-15',
      '80',
      '--em-15-to-18',
      '571',
      '--out',
      out,
      '--explain',
      '0301',
    );
    expect(result.status).toBe(0);
    const [header, ...rows] = readFileSync(out, 'utf8').trim().split('\n');
    expect(header).toBe(
      'kommunenummer,kommunenavn,fylkesnummer,requested,of_which_em,em_under_15,em_15_to_18',
    );
    expect(rows).toHaveLength(357);
    const figures = rows
      .map((row) => row.split(','))
      .map((cells) => ({ requested: Number(cells[3]), em: Number(cells[4]), under15: Number(cells[5]) }));
    expect(figures.reduce((sum, f) => sum + f.requested, 0)).toBe(13000);
    expect(figures.reduce((sum, f) => sum + f.em, 0)).toBe(651);
    expect(figures.reduce((sum, f) => sum + f.under15, 0)).toBe(80);
    expect(figures.filter((f) => f.requested > 0 && f.requested < 5)).toEqual([]);
    expect(result.stderr).toContain('0301 Oslo (Oslo): asked for');
    expect(result.stderr).toContain('warning: The criterion "regional labour market" was left out');
    expect(result.stderr).toMatch(/computed in \d+ ms/);
  });

  it("writes Excel's Norwegian dialect, and distributes within the committee's county split", () => {
    const out = path.join(directory, 'requests-2025.csv');
    const result = run(
      '--year',
      '2025',
      '--total',
      '12640',
      '--county-targets',
      'data/imdi/imdi_fylke_2025.csv',
      '--dialect',
      'excel-no',
      '--out',
      out,
    );
    expect(result.status).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'kommunenummer;kommunenavn;fylkesnummer;requested;of_which_em;em_under_15;em_15_to_18',
    );
    expect(lines.find((line) => line.startsWith('5501;'))).toMatch(/^5501;Tromsø;55;\d+;0;0;0$/);
    expect(result.stderr).toContain('03 Oslo                    640');
    expect(result.stderr).toContain('of which EM unknown');
  });

  it('takes indicators saved by Norwegian Excel, and names a bad input with its line', () => {
    const good = path.join(directory, 'indicators-1252.csv');
    writeFileSync(
      good,
      windows1252('kommunenummer;kommunenavn;employmentRate\r\n301;Oslo;71,5\r\n5501;Tromsø;74,2\r\n'),
    );
    const withIndicators = run(
      '--year',
      '2026',
      '--total',
      '13000',
      '--indicators',
      good,
      '--explain',
      '5501',
    );
    expect(withIndicators.status).toBe(0);
    expect(withIndicators.stderr).toContain('regional labour market: employmentRate = 74.2');

    const indicators = path.join(directory, 'indicators.csv');
    writeFileSync(indicators, 'kommunenummer,employmentRate\n0301,seventy\n');
    const bad = run('--year', '2026', '--total', '100', '--indicators', indicators);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('indicators, line 2: employmentRate "seventy" is not a number');
    writeFileSync(indicators, 'kommunenummer;employmentRate\n0301;-500\n');
    expect(run('--year', '2026', '--total', '100', '--indicators', indicators).stderr).toContain(
      'indicators, line 2: employmentRate "-500" is outside the fact\'s range (0 to 100)',
    );

    const criteria = path.join(directory, 'criteria.json');
    writeFileSync(
      criteria,
      readFileSync('rules/settlement/request-criteria.json', 'utf8').replace('"weight": 0.35', '"weight": 2'),
    );
    const refused = run('--year', '2026', '--total', '100', '--criteria', criteria);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('$.rules[8].event.params.weight');
  });
});

describe('npm run settlement -- backtest', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['dist/tools/settlement-cli.js', 'backtest', ...args], { encoding: 'utf8' });

  it('compares the criteria and carrying over with what IMDi asked for 2025: r, ρ, MAE, asked, largest errors, counties', () => {
    const result = run(
      '--criteria',
      'rules/settlement/request-criteria.json',
      '--from',
      '2024',
      '--to',
      '2025',
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "compared with IMDi's published requests for 2025 (12640 persons; 331 of 357",
    );
    const row = (method: string) => {
      const line = result.stdout.split('\n').find((candidate) => candidate.trim().startsWith(method))!;
      const [r, rho, mae, asked] = line.slice(46).trim().split(/\s+/).map(Number);
      return { r, rho, mae, asked };
    };
    const criteria = row('settlement-request-criteria');
    const carried = row("2024's requests scaled to the new total");
    expect(carried).toMatchObject({ r: 0.965, mae: 8.81, asked: 356 });
    expect(criteria.mae).toBeLessThan(carried.mae);
    expect(criteria.r).toBeGreaterThan(carried.r);
    expect(result.stdout).toContain('largest differences (computed, published, difference)');
    expect(result.stdout).toContain('per county (computed, published, difference)');
  });

  it('names a year without published figures', () => {
    const result = run('--from', '2023', '--to', '2024');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('There are no published requests per municipality for 2023');
  });
});
