import {describe, expect, it} from 'vitest';
import {pageHeadings} from '../../published-urls/public';
import {baseParser} from '../../../shared/markdown/content-source';
import {headingLines} from '../link-targets';

const ids = (text: string) => pageHeadings(baseParser(false).parse(text)).map((heading) => heading.id);

describe('les identifiants des titres d’une page, lus sans l’analyser toute', () => {
  it('les mêmes que l’analyse complète : identifiants explicites, doublons, code clôturé, encadrés, tableaux', () => {
    const page = [
      '---',
      'title: Page',
      '---',
      '',
      '## Contexte {#contexte-1}',
      '',
      'Un paragraphe.',
      '',
      '```md',
      '## Pas un titre',
      '```',
      '',
      '{% hint style="info" %}',
      '### Dans un encadré',
      '{% endhint %}',
      '',
      '| a | b |',
      '| --- | --- |',
      '| x | y |',
      '',
      '## Qui décide ? <a href="#qui-decide" id="qui-decide"></a>',
      '## Qui décide ?',
      '',
      '<details>',
      '<summary>Plus</summary>',
      '',
      'Texte.',
      '',
      '</details>',
    ].join('\n');
    expect(headingLines(page)).toBeDefined();
    expect(ids(headingLines(page)!)).toEqual(ids(page));
    expect(ids(page)).toContain('contexte-1');
  });

  it('une page dont un titre pourrait échapper à cette lecture est analysée toute', () => {
    for (const page of [
      'Titre\n=====\n',
      'Texte\n---\n',
      '> ## Dans une citation\n',
      '- ## Dans une liste\n',
      '<div>\n## Dans du HTML\n</div>\n',
      '<h2 id="x">HTML</h2>\n',
    ]) {
      expect(headingLines(page), page).toBeUndefined();
    }
  });
});
