/**
 * For policy staff: check, test, explain, compare and simulate rule sets without the services running.
 *
 *   npm run rules -- validate [file ...]              every rule set under rules/ when no file is named
 *   npm run rules -- test [file ...]                  runs the <rule set>.test.json cases
 *   npm run rules -- explain <file> --facts '<json>'  (or --facts @facts.json) which conditions held, with values
 *   npm run rules -- diff <before.json> <after.json>  what changed, in words
 *   npm run rules -- simulate <candidate.json> [--from 2026-01-01] [--to 2026-07-01] [--limit 10000]
 *                                                     what the candidate would decide differently from the
 *                                                     active version over recorded decisions (needs PostgreSQL)
 *   npm run rules -- schema                           writes the published JSON Schemas to rules/schema/
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { ruleSetContractOf } from '#contracts';
import {
  CompiledRuleSet,
  diffRuleSets,
  explainOutcomes,
  type FactValues,
  loadRuleSetFile,
  parseRuleSet,
  ruleSetJsonSchema,
  ruleSetTestJsonSchema,
  RuleSetValidationError,
  runRuleSetTests,
  simulate,
  testFileOf,
} from '#rules/core';

// The configuration readers without the rest of #platform (NestJS): this tool starts without the services'
// frameworks, and loads the database parts only for `simulate`.
import { EnvReader } from '../libs/platform/src/config/env-reader.js';
import { DATABASE_URL, RULES_DIRECTORY } from '../libs/platform/src/config/service-variables.js';

const rulesDirectory = new EnvReader().value(RULES_DIRECTORY);

function ruleSetFiles(directory = rulesDirectory): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) return entry === 'schema' ? [] : ruleSetFiles(full);
    return entry.endsWith('.json') && !entry.endsWith('.test.json') ? [full] : [];
  });
}

function validate(files: string[]): boolean {
  let valid = true;
  for (const file of files.length ? files : ruleSetFiles()) {
    try {
      const { document } = loadRuleSetFile(file);
      console.log(`✔ ${file}: ${document.id} ${document.version}, ${document.rules.length} rules`);
    } catch (error) {
      valid = false;
      console.log(
        `✘ ${error instanceof RuleSetValidationError ? error.message : `${file}: ${(error as Error).message}`}`,
      );
    }
  }
  return valid;
}

async function test(files: string[]): Promise<boolean> {
  let passed = 0;
  let failed = 0;
  for (const file of files.length ? files : ruleSetFiles()) {
    try {
      statSync(testFileOf(file));
    } catch {
      console.log(`- ${file}: no test cases (${testFileOf(file)})`);
      continue;
    }
    try {
      for (const result of await runRuleSetTests(file)) {
        if (result.passed) passed += 1;
        else failed += 1;
        console.log(`${result.passed ? '✔' : '✘'} ${result.file}: ${result.name}`);
        for (const reason of result.reasons) console.log(`    ${reason.replace(/\n/g, '\n    ')}`);
      }
    } catch (error) {
      failed += 1;
      console.log(`✘ ${file}: ${(error as Error).message}`);
    }
  }
  console.log(`\nrules: ${passed} passed, ${failed} failed`);
  return failed === 0;
}

function readFacts(argument: string | undefined): FactValues {
  if (!argument) throw new Error('Give the facts: --facts \'{"name": value}\' or --facts @file.json');
  return JSON.parse(
    argument.startsWith('@') ? readFileSync(argument.slice(1), 'utf8') : argument,
  ) as FactValues;
}

async function explain(file: string, facts: FactValues): Promise<boolean> {
  const ruleSet = new CompiledRuleSet(loadRuleSetFile(file));
  console.log(`${ruleSet.id} ${ruleSet.version}\n${explainOutcomes(await ruleSet.evaluate(facts))}`);
  return true;
}

function diff(before: string, after: string): boolean {
  const changes = diffRuleSets(loadRuleSetFile(before).document, loadRuleSetFile(after).document);
  console.log(changes.length ? changes.map((change) => `- ${change}`).join('\n') : 'No differences.');
  return true;
}

async function simulateCandidate(
  file: string,
  options: { from?: string; to?: string; limit?: string; schema?: string },
): Promise<boolean> {
  const candidate = new CompiledRuleSet(loadRuleSetFile(file));
  const contract = ruleSetContractOf(candidate.id);
  const schema = options.schema ?? contract?.service.replace(/-/g, '_');
  if (!schema)
    throw new Error(`No service evaluates rule set ${candidate.id}; name the schema with --schema`);
  const read = new EnvReader();
  const url = read.value(DATABASE_URL);
  read.done();
  const [{ createServiceDataSource }, { DecisionStore, RuleSetStore }] = await Promise.all([
    import('#persistence'),
    import('#rules'),
  ]);
  const dataSource = createServiceDataSource({
    url,
    schema,
    entities: [],
    migrations: [],
  });
  await dataSource.initialize();
  try {
    const store = new RuleSetStore(dataSource);
    const active = await store.active(candidate.id);
    if (!active) throw new Error(`Rule set ${candidate.id} has never been active in schema ${schema}`);
    const activeVersion = await store.version(candidate.id, { contentHash: active.contentHash });
    const current = new CompiledRuleSet(
      parseRuleSet(activeVersion!.content, `${candidate.id}@${active.version}`),
    );
    const history = await new DecisionStore(dataSource).history(candidate.id, {
      from: options.from,
      to: options.to,
      limit: Number(options.limit ?? 10000),
    });
    const report = await simulate(current, candidate, history);
    console.log(
      `Candidate ${candidate.version} against active ${current.version} over ${history.length} recorded decisions:`,
    );
    console.log(
      `  unchanged: ${report.unchanged} of ${report.evaluations} evaluated (${report.notEvaluable.count} could not be evaluated)`,
    );
    for (const [label, group] of [
      ['would appear', report.appear],
      ['would disappear', report.disappear],
      ['would change', report.change],
    ] as const) {
      const byRule = Object.entries(group.byRule)
        .map(([rule, count]) => `${rule}: ${count}`)
        .join(', ');
      console.log(`  ${label}: ${group.count}${byRule ? ` (${byRule})` : ''}`);
      for (const example of group.examples) {
        console.log(
          `    e.g. ${example.rule} on ${example.subject} at ${example.evaluatedAt} with ${JSON.stringify(example.facts)}`,
        );
      }
    }
    return true;
  } finally {
    await dataSource.destroy();
  }
}

function writeSchemas(): boolean {
  for (const [name, schema] of [
    ['rule-set.schema.json', ruleSetJsonSchema],
    ['rule-set-test.schema.json', ruleSetTestJsonSchema],
  ] as const) {
    const file = path.join(rulesDirectory, 'schema', name);
    writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
    console.log(`wrote ${file}`);
  }
  return true;
}

async function main(): Promise<boolean> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      facts: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      limit: { type: 'string' },
      schema: { type: 'string' },
    },
  });
  const [command, ...files] = positionals;
  switch (command) {
    case 'validate':
      return validate(files);
    case 'test':
      return test(files);
    case 'explain':
      return explain(files[0], readFacts(values.facts));
    case 'diff':
      if (files.length !== 2) throw new Error('diff takes two files: before and after');
      return diff(files[0], files[1]);
    case 'simulate':
      if (!files[0]) throw new Error('simulate takes the candidate file');
      return simulateCandidate(files[0], values);
    case 'schema':
      return writeSchemas();
    default:
      throw new Error(
        'Commands: validate, test, explain, diff, simulate, schema (see the top of tools/rules-cli.ts)',
      );
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: Error) => {
    console.error(error instanceof RuleSetValidationError ? error.message : `rules: ${error.message}`);
    process.exit(1);
  },
);
