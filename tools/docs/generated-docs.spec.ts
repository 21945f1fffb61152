import { readFileSync } from 'node:fs';
import path from 'node:path';

import { repositoryRoot } from '../../infra/paths.js';
import { generatedDocuments, replaceSection } from './generated-docs.js';

const root = repositoryRoot();

describe('generated documentation', () => {
  it.each(['README.md', 'rules/README.md'])(
    '%s is what the code generates (run npm run docs after changing a variable or a rule set)',
    async (file) => {
      const documents = await generatedDocuments(root);
      expect(readFileSync(path.join(root, file), 'utf8')).toBe(documents.get(file));
    },
  );

  it('replaces only what is between the markers', () => {
    expect(replaceSection('a\n<!-- x:start -->\nold\n<!-- x:end -->\nb', 'x', 'new')).toBe(
      'a\n<!-- x:start -->\n\nnew\n\n<!-- x:end -->\nb',
    );
    expect(() => replaceSection('no markers', 'x', 'new')).toThrow('no <!-- x:start -->');
  });
});
