import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { RuleSetDocument } from '#rules';

import { waitUntil } from '../../infra/wait-until.js';
import { ServiceHarness } from '../support/service-harness.js';

const RULE_SET = 'reception-escalations';

/** RULES_FILE_ACTIVATION=false (production): an edited rule file is a candidate, active once approved. */
describe('rule files reviewed before they decide', () => {
  const harness = new ServiceHarness('rule-file-review');
  const reception = harness.service('reception');
  const rulesDirectory = mkdtempSync(path.join(tmpdir(), 'rules-'));
  const ruleFile = path.join(rulesDirectory, 'reception', 'escalations.json');
  const original = JSON.parse(readFileSync('rules/reception/escalations.json', 'utf8')) as RuleSetDocument;
  const approver = () => reception.as('policy-approver-udi');
  const activeVersion = async () => (await approver().get<RuleSetDocument>(`/rules/${RULE_SET}`)).version;
  type Candidate = { version: string; origin: string; status: string; submittedBy: { subject: string } };

  beforeAll(async () => {
    mkdirSync(path.dirname(ruleFile));
    copyFileSync('rules/reception/escalations.json', ruleFile);
    await harness.start({
      reception: {
        RULES_DIRECTORY: rulesDirectory,
        RULES_POLL_INTERVAL_MS: '200',
        RULES_FILE_ACTIVATION: 'false',
      },
    });
  });
  afterAll(() => harness.stop());

  it('activates the file at the first start, recorded as a file activation with its content hash', async () => {
    expect(await activeVersion()).toBe(original.version);
    const [row] = await reception.query<{
      action: string;
      target: string;
      details: { file: string; contentHash: string };
    }>(`SELECT * FROM audit_trail WHERE action = 'rule-set.file-activated'`);
    expect(row).toMatchObject({ target: `rule-set:${RULE_SET}@${original.version}` });
    expect(row.details.file).toMatch(/reception\/escalations\.json$/);
    expect(row.details.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps an edited file pending until a policy approver approves it', async () => {
    writeFileSync(ruleFile, JSON.stringify({ ...original, version: '9.5.0' }, null, 2));
    let pending: Candidate[] = [];
    await waitUntil(
      'the edited file to become a candidate',
      async () => {
        pending = await approver().get<Candidate[]>(`/rules/${RULE_SET}/candidates`);
        return pending.length === 1;
      },
      { timeoutMs: 15000 },
    );
    expect(pending[0]).toMatchObject({ version: '9.5.0', status: 'pending' });
    expect(pending[0].origin).toMatch(/^file:.*reception\/escalations\.json$/);
    expect(await activeVersion()).toBe(original.version);

    const approved = await approver().post(`/rules/${RULE_SET}/candidates/9.5.0/approve`, {});
    expect(approved).toMatchObject({ status: 200, body: { status: 'activated', version: '9.5.0' } });
    expect(await activeVersion()).toBe('9.5.0');
  });

  it('still refuses an invalid file, and the version in force stays', async () => {
    const broken = structuredClone({ ...original, version: '9.6.0' });
    broken.rules[1].name = broken.rules[0].name;
    writeFileSync(ruleFile, JSON.stringify(broken, null, 2));
    await waitUntil(
      'the refusal to be recorded',
      async () => {
        const refusals = await reception.query(`SELECT 1 FROM rule_set_refusals WHERE origin LIKE 'file:%'`);
        return refusals.length > 0;
      },
      { timeoutMs: 15000 },
    );
    expect(await approver().get<Candidate[]>(`/rules/${RULE_SET}/candidates`)).toEqual([]);
    expect(await activeVersion()).toBe('9.5.0');
  });
});
