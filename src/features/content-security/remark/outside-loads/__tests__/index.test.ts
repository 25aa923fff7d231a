import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {contentErrorOf, processMarkdownFile} from '../../../../../../tests/support/markdown';
import remarkOutsideLoads from '..';

const fixture = (name: string) => path.join(__dirname, '__fixtures__', name);
const siteOrigin = 'https://communs.example.gouv.fr';
const run = (name: string, draft = false) => processMarkdownFile(fixture(name), [[remarkOutsideLoads, {siteOrigin, draft}]], {isMdx: name.endsWith('.mdx')});

describe('rien de chargé d’un autre site, dit à sa ligne', () => {
  it('image Markdown, images d’un tableau HTML, figure, iframe : une ligne par ligne du fichier, chaque élément nommé', async () => {
    const {problems, message} = await contentErrorOf(run('tableau-gitbook.md'));
    expect(problems.map(({line, column, message: text}) => `${line}:${column} ${text.split(' : ')[0]}`)).toEqual([
      '5:25 <img> https://files.gitbook.com/v0/b/logo.png',
      '9:9 <img> https://lh7-rt.googleusercontent.com/a.png',
      '10:9 2 éléments, 1) <img> https://lh7-rt.googleusercontent.com/b.png, 2) <img> https://lh7-rt.googleusercontent.com/c.png',
      '14:9 <img> https://github.com/user-attachments/assets/d.png',
      '16:1 <iframe> https://www.youtube-nocookie.com/embed/xyz',
    ]);
    expect(message).toContain('tableau-gitbook.md:9:9 <img> https://lh7-rt.googleusercontent.com/a.png : chargé d’un autre site');
    expect(message).toContain('enregistrez l’image avec la page');
    expect(message).toContain(
      '16:1 <iframe> https://www.youtube-nocookie.com/embed/xyz : chargé d’un autre site, ce que le site ne fait jamais (ni requête ailleurs ni traceur pour ses lecteurs) ; remplacez-le par un lien',
    );
    expect(message).not.toContain('example.org/page');
  });

  it('MDX : les attributs des éléments', async () => {
    const {problems} = await contentErrorOf(run('composant.mdx'));
    expect(problems.map(({line, message}) => `${line} ${message.split(' : ')[0]}`)).toEqual([
      '5 <img> https://cdn.example/e.png',
      '7 <video> https://cdn.example/p.jpg',
    ]);
  });

  it('un brouillon ne dit rien ici : la vérification des pages construites y met un lien et le dit une fois', async () => {
    const {file} = await run('tableau-gitbook.md', true);
    expect(file.messages).toEqual([]);
  });
});
