import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {contentErrorOf, processMarkdownFile} from '../../../../tests/support/markdown';
import remarkImageAlt from '..';

const fixture = (name: string) => path.join(__dirname, '__fixtures__', name);

describe('texte de remplacement des images', () => {
  it('une image sans description arrête la construction, à sa ligne et sa colonne', async () => {
    const {problems, message} = await contentErrorOf(processMarkdownFile(fixture('missing-alt.md'), [remarkImageAlt]));
    expect(problems.map(({line, column}) => [line, column])).toEqual([
      [11, 1],
      [13, 34],
    ]);
    expect(message).toContain('missing-alt.md:11:1 Image sans texte de remplacement : décrivez ce qu’elle montre');
  });
});
