import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {contentErrorOf, processMarkdownFile} from '../../../../../../tests/support/markdown';
import remarkCorrespondenceTable from '../../../../correspondence-table/remark';
import remarkGitbookArtefacts from '../../../../gitbook/remark/artefacts';
import remarkGitbookBlocks from '../../../../gitbook/remark/blocks';
import remarkPageFrontMatter from '../../page-front-matter';

const docsDir = path.join(__dirname, '__fixtures__', 'docs');

describe('problèmes de contenu', () => {
  it("tous les problèmes d'une page sont signalés ensemble, dans l'ordre des lignes", async () => {
    const error = await contentErrorOf(
      processMarkdownFile(path.join(docsDir, 'everything-wrong.md'), [
        [remarkPageFrontMatter, {docsDirs: [docsDir]}],
        remarkGitbookBlocks,
        remarkGitbookArtefacts,
        remarkCorrespondenceTable,
      ] as never),
    );
    expect(error.problems.map(({line, message}) => `${line} ${message.split(' :')[0]}`)).toEqual([
      '1 En-tête',
      '1 En-tête',
      "5 Style d'encadré « astuce » inconnu",
      "9 Artefact d'export GitBook « **** » (gras vide)",
      '11 Tableau de correspondance sans légende',
    ]);
  });
});
