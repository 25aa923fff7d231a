import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {contentErrorOf, processMarkdownFile} from '../../../../../../tests/support/markdown';
import remarkGitbookArtefacts from '..';

const fixture = (name: string) => path.join(__dirname, '__fixtures__', name);

describe("artefacts d'export GitBook", () => {
  it('un gras vide échappé arrête la construction, à chaque ligne où il reste', async () => {
    const {problems, message} = await contentErrorOf(processMarkdownFile(fixture('escaped-empty-bold.md'), [remarkGitbookArtefacts]));
    expect(problems.map(({line, column}) => [line, column])).toEqual([
      [7, 1],
      [9, 1],
    ]);
    expect(message).toContain("escaped-empty-bold.md:7:1 Artefact d'export GitBook « **** » (gras vide) : supprimez");
  });

  it('laisse passer le gras, l’emphase, les règles et le code', async () => {
    const {mdx} = await processMarkdownFile(fixture('clean.md'), [remarkGitbookArtefacts]);
    expect(mdx).toContain('`****`');
  });
});
