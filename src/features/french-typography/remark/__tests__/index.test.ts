import path from 'node:path';
import type {Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {describe, expect, it} from 'vitest';
import {processMarkdownFile} from '../../../../../tests/support/markdown';
import remarkFrenchTypography, {colon, dash, ellipsis, guillemets} from '..';

const fixture = (name: string) => path.join(__dirname, '__fixtures__', name);
const french = [[remarkFrenchTypography, {locale: 'fr'}]] as never;
const NNBSP = '\u202F';
const NBSP = '\u00A0';

/** Shows the no-break spaces, so that failures say which space is where. */
const visible = (text: string) => text.replaceAll(NNBSP, '⍽').replaceAll(NBSP, '~');

describe('typographie française', () => {
  it('espaces fines avant ; ! ? et dans les guillemets, insécable avant :, apostrophe typographique', async () => {
    const {tree} = await processMarkdownFile(fixture('tricky.md'), french);
    const paragraphs = tree.children.filter((node) => node.type === 'paragraph').map((node) => visible(toString(node)));
    expect(paragraphs[0]).toBe('Voici une question⍽? Et une exclamation⍽! Puis une liste⍽; enfin, l’apostrophe de l’usage.');
    expect(paragraphs[1]).toBe('Une citation «⍽avec des espaces⍽» puis «⍽sans espaces⍽» puis «⍽avec insécables⍽» et «⍽des guillemets droits⍽».');
    const heading = tree.children.find((node) => node.type === 'heading');
    expect(visible(toString(heading))).toBe('Les communs numériques~: une définition');
  });

  it('points de suspension pour trois points, tiret demi-cadratin pour un trait d’union entre deux espaces', async () => {
    const {tree, mdx} = await processMarkdownFile(fixture('tricky.md'), french);
    const paragraph = tree.children
      .filter((node) => node.type === 'paragraph')
      .map((node) => toString(node))
      .find((text) => text.startsWith('Une mairie'));
    expect(paragraph).toBe('Une mairie – ou une commune – peut-être, de 10 – 12 heures, etc… mais quatre points.... restent.');
    expect(mdx).toContain('`x - 1...`');
    for (const text of ['a - b... c', 'peut-être', '- liste']) expect(dash(ellipsis(dash(ellipsis(text))))).toBe(dash(ellipsis(text)));
  });

  it('ne touche ni au code, ni aux adresses, ni aux attributs, ni à l’en-tête', async () => {
    const {tree, mdx} = await processMarkdownFile(fixture('tricky.md'), french);
    expect(mdx).toContain('https://exemple.fr/recherche?q=commun\\&x=1');
    expect(mdx).toContain("`a ; b ? c : d 'x'`");
    expect(mdx).toContain('const question = "Pourquoi ?"; // Code : intact');
    expect(mdx).toContain('"Titre : garder"');
    expect(mdx).toContain('![Texte : garder](./image.png)');
    expect(mdx).toContain(`title: "Une page : avec des deux-points ; dans l'en-tête ?"`);
    const text = toString(tree as Root);
    expect(text).toContain('10:30');
    expect(text).toContain('la recherche ?q= aussi');
    expect(text).toContain(`Wikipédia${NBSP}: les communs`);
  });

  it('les cellules de tableau sont du texte, elles aussi', async () => {
    const {mdx} = await processMarkdownFile(fixture('tricky.md'), french);
    expect(visible(mdx)).toContain('| Colonne~: un');
    expect(visible(mdx)).toContain('Colonne⍽? deux');
    expect(visible(mdx)).toContain('Cellule⍽; trois');
    expect(mdx).toContain('l’apostrophe');
  });

  it('appliquée deux fois, ne change plus rien', async () => {
    const {mdx: once} = await processMarkdownFile(fixture('already-typographic.md'), french);
    expect(visible(once)).toBe('Déjà typographié~: «⍽comme ceci⍽»⍽; rien ne change⍽? Non⍽! L’apostrophe aussi.\n');
    for (const text of ['a « b » c : d', '«x»', 'Quoi ? Oui !']) {
      expect(guillemets(colon(guillemets(colon(text))))).toBe(guillemets(colon(text)));
    }
  });

  it('dans l’édition anglaise, s’applique à une page française pas encore traduite, pas à une traduction', async () => {
    const english = [[remarkFrenchTypography, {locale: 'en', siteDir: path.join(__dirname, '__fixtures__')}]] as never;
    const {mdx: original} = await processMarkdownFile(fixture('tricky.md'), english);
    const {mdx: typeset} = await processMarkdownFile(fixture('tricky.md'), french);
    const {mdx: raw} = await processMarkdownFile(fixture('tricky.md'), []);
    expect(original).toBe(typeset);
    expect(original).not.toBe(raw);
    const translation = fixture('i18n/en/docusaurus-plugin-content-docs/current/english-page.md');
    const {mdx: translated} = await processMarkdownFile(translation, english);
    expect(translated).toBe('Is this page in English? Yes: "quotes" stay straight, and so does it.\n');
  });

  it('ne s’applique pas à une autre langue', async () => {
    const {mdx} = await processMarkdownFile(fixture('already-typographic.md'), [[remarkFrenchTypography, {locale: 'en'}]] as never);
    const {mdx: raw} = await processMarkdownFile(fixture('already-typographic.md'), []);
    expect(mdx).toBe(raw);
  });
});
