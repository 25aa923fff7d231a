import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {describe, expect, it} from 'vitest';
import {contentErrorOf} from '../../../../tests/support/markdown';
import {docFrontMatterProblems, parseFrontMatter, slugPattern} from '..';

describe("règles de l'en-tête d'une page du guide", () => {
  const complete = '---\ntitle: Titre\ndescription: Une description.\nslug: /titre\n---\n\nTexte.\n';

  it('une page complète n’a aucun problème', () => {
    expect(docFrontMatterProblems(complete, {title: 'Titre', description: 'Une description.', slug: '/titre'})).toEqual([]);
  });

  it('un slug numérique ou vide est refusé', () => {
    const problems = docFrontMatterProblems(complete, {title: 'Titre', description: 'Une description.', slug: 12});
    expect(problems).toEqual([{line: 4, column: 1, message: expect.stringMatching(/slug « 12 » invalide/)}]);
  });

  it.each([
    ['/definition', true],
    ['/questions-des-collectivites', true],
    ['/guide/mise-en-pratique', true],
    ['/Definition', false],
    ['/définition', false],
    ['definition', false],
    ['/a--b', false],
    ['/', false],
  ])('slug %s accepté : %s', (slug, accepted) => {
    expect(slugPattern.test(slug)).toBe(accepted);
  });
});

describe('un en-tête YAML illisible', () => {
  it('arrête la construction avec la ligne de l’erreur', async () => {
    const filePath = path.join(__dirname, '__fixtures__', 'invalid-yaml.md');
    const fileContent = await readFile(filePath, 'utf8');
    const error = await contentErrorOf(parseFrontMatter({filePath, fileContent, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER}));
    expect(error.message).toMatch(/invalid-yaml\.md:3:1 En-tête illisible \(YAML\) : .*entre guillemets doubles/);
  });
});
