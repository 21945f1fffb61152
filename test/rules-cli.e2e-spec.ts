import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The rules CLI as policy staff run it (from the build output), on a copy of the rules folder. */
function rulesCli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['dist/tools/rules-cli.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const shipped = JSON.parse(readFileSync('rules/reception/escalations.json', 'utf8')) as { version: string };
const shippedCases = (
  JSON.parse(readFileSync('rules/reception/escalations.test.json', 'utf8')) as { cases: unknown[] }
).cases.length;

describe('npm run rules', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'rules-cli-'));
  const ruleFile = path.join(directory, 'reception', 'escalations.json');

  beforeAll(() => {
    mkdirSync(path.dirname(ruleFile));
    copyFileSync('rules/reception/escalations.json', ruleFile);
    copyFileSync(
      'rules/reception/escalations.test.json',
      path.join(directory, 'reception', 'escalations.test.json'),
    );
  });

  it('validates and tests the rule sets, printing one line per case and a total', () => {
    expect(rulesCli(['validate'], { RULES_DIRECTORY: directory })).toMatchObject({
      status: 0,
      output: expect.stringContaining('✔') as unknown,
    });
    const run = rulesCli(['test'], { RULES_DIRECTORY: directory });
    expect(run.status).toBe(0);
    expect(run.output).toContain(`rules: ${shippedCases} passed, 0 failed`);
  });

  it('exits non-zero with the reason when a case fails', () => {
    const tests = JSON.parse(readFileSync('rules/reception/escalations.test.json', 'utf8')) as {
      cases: { expect: { events?: unknown[]; absent?: string[] } }[];
    };
    tests.cases[0].expect = { events: [{ rule: 'national-occupancy-high' }] };
    writeFileSync(path.join(directory, 'reception', 'escalations.test.json'), JSON.stringify(tests));
    const run = rulesCli(['test'], { RULES_DIRECTORY: directory });
    expect(run.status).toBe(1);
    expect(run.output).toContain('✘');
    expect(run.output).toContain('nationalOccupancyPercent (90) is at least 95: no');
    expect(run.output).toContain(`rules: ${shippedCases - 1} passed, 1 failed`);
  });

  it('refuses an invalid file with the rule and path, and exits non-zero', () => {
    const broken = JSON.parse(readFileSync(ruleFile, 'utf8')) as {
      rules: { conditions: { all: { operator: string }[] } }[];
    };
    broken.rules[0].conditions.all[0].operator = 'isBig';
    const file = path.join(directory, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const run = rulesCli(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.output).toContain(
      '$.rules[0].conditions.all[0].operator (rule "national-occupancy-high"): "isBig" is not a known operator',
    );
  });

  it('explains an evaluation and describes a difference in words', () => {
    const explained = rulesCli([
      'explain',
      ruleFile,
      '--facts',
      '{"nationalResidents":96,"nationalCapacity":100,"nationalOccupancyPercent":96,"centreResidents":13,"centreCapacity":12,"centreOccupancyPercent":108.3,"hostMunicipalityPlaces":[],"placesNeededForTargetOccupancy":0,"countyOccupancyPercent":null,"nationalOccupancyPercentPerDay":[],"arrivalsAgainstForecast":[],"residentsWithPermitBeyondTarget":0}',
    ]);
    expect(explained.status).toBe(0);
    expect(explained.output).toContain('Rule "centre-over-capacity" fired (escalation, critical)');
    expect(explained.output).toContain('centreResidents (13) is more than centreCapacity (12): yes');

    const changed = JSON.parse(readFileSync(ruleFile, 'utf8')) as {
      version: string;
      rules: { name: string; priority: number }[];
    };
    changed.version = '2.0.0';
    changed.rules.find((rule) => rule.name === 'centre-over-capacity')!.priority = 5;
    const candidate = path.join(directory, 'candidate.json');
    writeFileSync(candidate, JSON.stringify(changed));
    const diff = rulesCli(['diff', ruleFile, candidate]);
    expect(diff.output).toContain(`- version changed from "${shipped.version}" to "2.0.0".`);
    expect(diff.output).toContain('- Rule "centre-over-capacity": priority changed from 20 to 5.');
  });
});
