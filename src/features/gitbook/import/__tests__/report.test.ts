import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {importGitbook} from '../import';
import {imageWithoutAlt, remoteImageNotFetched} from '../problems';
import {formatReport, formatTodo, groupedProblems, todoCount} from '../report';
import type {ImportReport} from '../report-types';
import {scratchSpaces} from './scratch';

const scratch = scratchSpaces();

function report(problems: ImportReport['problems']): ImportReport {
  return {exportDir: '/export', root: '/export', dest: '/site/docs', dryRun: false, pages: [], files: [], counts: {}, problems, stale: [], redirects: []};
}

describe('la liste de ce qui reste à reprendre (report.ts)', () => {
  it('une ligne par fichier, ligne et chose à faire : les éléments d’une même place sont nommés sur cette ligne', () => {
    const grouped = groupedProblems(
      report([
        {source: 'a.md', line: 3, ...imageWithoutAlt('schema.png', 'html')},
        {source: 'a.md', line: 3, ...imageWithoutAlt('2ᵉ image', 'html')},
        {source: 'a.md', line: 3, ...remoteImageNotFetched('https://autre.fr/x.png')},
        {source: 'a.md', line: 3, ...imageWithoutAlt('photo.png', 'html')},
        {source: 'a.md', line: 9, ...imageWithoutAlt('seule.png', 'markdown')},
        {source: 'b.md', line: 3, ...imageWithoutAlt('schema.png', 'html')},
        {source: 'b.md', line: 4, message: 'balise GitBook {% x %} non prise en charge par le site : remplacez-la.'},
        {source: 'b.md', line: 4, message: 'balise GitBook {% x %} non prise en charge par le site : remplacez-la.'},
      ]),
    );
    expect(grouped).toEqual([
      {
        kind: 'Images sans description',
        lines: [
          '/export/a.md:3 images sans description : schema.png, 2ᵉ image, photo.png ; décrivez ce que chacune montre dans son attribut alt="…" (la construction s’arrête sur une image sans description).',
          // Alone at its place: the problem's own message.
          '/export/a.md:9 image sans texte de remplacement : décrivez ce qu’elle montre entre les crochets, ![description](…) (la construction s’arrête sur une image sans description).',
          '/export/b.md:3 image sans texte de remplacement : décrivez ce qu’elle montre dans son attribut alt="…" (la construction s’arrête sur une image sans description).',
        ],
      },
      {
        kind: 'Images d’autres sites non téléchargées',
        lines: [
          expect.stringMatching(
            /^\/export\/a\.md:3 image d’un autre site \(https:\/\/autre\.fr\/x\.png\) qui n’a pas pu être téléchargée : elle devient un lien/,
          ),
        ],
      },
      {kind: 'Balises GitBook à réécrire', lines: ['/export/b.md:4 balise GitBook {% x %} non prise en charge par le site : remplacez-la (2 fois).']},
    ]);
  });

  it('le rapport et le fichier à cocher comptent les lignes de la liste, par type', () => {
    const problems = [
      {source: 'a.md', line: 3, ...imageWithoutAlt('un.png', 'markdown')},
      {source: 'a.md', line: 3, ...imageWithoutAlt('deux.png', 'markdown')},
      {source: 'a.md', line: 5, ...imageWithoutAlt('trois.png', 'markdown')},
    ];
    expect(todoCount(report(problems))).toBe(2);
    const printed = formatReport({...report(problems), todoFile: '/site/import-gitbook-a-reprendre.md'});
    expect(printed).toContain(
      'À reprendre à la main (2, liste dans /site/import-gitbook-a-reprendre.md) :\n  Images sans description (2) :\n    /export/a.md:3 images sans description : un.png, deux.png ; ',
    );
    expect(formatTodo(report(problems))).toContain('## Images sans description (2)\n\n- [ ] /export/a.md:3 images sans description : un.png, deux.png ; ');
    expect(formatReport(report([]))).toContain('À reprendre à la main : rien.');
  });

  it('un tableau de treize images sans description fait une ligne, qui les nomme par leur fichier ou leur rang', async () => {
    const cells = Array.from({length: 13}, (_, index) =>
      index === 2 ? '<td><img alt=""></td>' : `<td><img src=".gitbook/assets/${index < 2 ? 'schema' : `photo-${index}`}.png" alt=""></td>`,
    );
    const site = await scratch({
      'SUMMARY.md': '# Sommaire\n\n* [Tableau](tableau.md)\n',
      'tableau.md': `---\ndescription: Une page qui tient un tableau de treize images sans description, à décrire.\n---\n\n# Tableau\n\n<table><tr><td><ul><li>Liste</li></ul></td>${cells.join('')}</tr></table>\n`,
      ...Object.fromEntries(Array.from({length: 13}, (_, index) => [`.gitbook/assets/${index < 2 ? 'schema' : `photo-${index}`}.png`, 'PNG'])),
    });
    const imported = await importGitbook(site.options());
    expect(imported.problems).toHaveLength(13);
    const printed = formatReport(imported);
    expect(printed).toMatch(/À reprendre à la main \(1, liste dans .*import-gitbook-a-reprendre\.md\) :\n {2}Images sans description \(1\) :\n/);
    const line = `tableau.md:7 images sans description : schema.png (1ʳᵉ image), schema.png (2ᵉ image), 3ᵉ image, ${Array.from({length: 10}, (_, index) => `photo-${index + 3}.png`).join(', ')} ; décrivez ce que chacune montre dans son attribut alt="…"`;
    expect(printed).toContain(line);
    const todo = await readFile(imported.todoFile!, 'utf8');
    expect(todo.split('\n').filter((text) => text.startsWith('- [ ] '))).toEqual([expect.stringContaining(line)]);
    expect(path.basename(imported.todoFile!)).toBe('import-gitbook-a-reprendre.md');
  });
});
