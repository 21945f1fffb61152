import { readFileSync } from 'node:fs';
import path from 'node:path';

import { format, resolveConfig } from 'prettier';

import { ruleSetContracts } from '#contracts';
import { loadRuleSetFile } from '#rules';

import { SCHEMA_VALIDATORS_FILE, schemaValidatorsCode } from '../../libs/rules/src/schema-validators-code.js';
import { ALL_CONFIG_VARIABLES } from './config-variables.js';
import { configurationTable } from './configuration-table.js';
import { type DocumentedRuleSet, ruleSetDetails, ruleSetOverview } from './rule-set-guide.js';

/** A part of a document written by `npm run docs`, between `<!-- name:start -->` and `<!-- name:end -->`. */
interface GeneratedSection {
  file: string;
  name: string;
  render: () => string;
}

function documentedRuleSets(root: string): DocumentedRuleSet[] {
  return [...ruleSetContracts]
    .sort((a, b) => a.file.localeCompare(b.file))
    .map((contract) => ({
      contract,
      document: loadRuleSetFile(path.join(root, 'rules', contract.file)).document,
    }));
}

function sections(root: string): GeneratedSection[] {
  return [
    { file: 'README.md', name: 'configuration', render: () => configurationTable(ALL_CONFIG_VARIABLES) },
    {
      file: 'rules/README.md',
      name: 'rule-sets-overview',
      render: () => ruleSetOverview(documentedRuleSets(root)),
    },
    { file: 'rules/README.md', name: 'rule-sets', render: () => ruleSetDetails(documentedRuleSets(root)) },
  ];
}

export function replaceSection(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n\n${content}\n\n${text.slice(to)}`;
}

/**
 * Each generated document as it should be (formatted by prettier, as `npm run lint` checks), by file; with the
 * rule-set schema validators Ajv precompiles (libs/rules), which depend on the same contracts.
 */
export async function generatedDocuments(root: string): Promise<Map<string, string>> {
  const documents = new Map<string, string>();
  for (const section of sections(root)) {
    const current = documents.get(section.file) ?? readFileSync(path.join(root, section.file), 'utf8');
    documents.set(section.file, replaceSection(current, section.name, section.render()));
  }
  documents.set(SCHEMA_VALIDATORS_FILE, await schemaValidatorsCode(root));
  for (const [file, text] of documents) {
    const filepath = path.join(root, file);
    const options = await resolveConfig(filepath);
    documents.set(file, await format(text, { ...options, filepath }));
  }
  return documents;
}
