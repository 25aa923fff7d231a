/**
 * The pieces of the content checker that need no tool: the prose read from the Markdown tree (what
 * spelling and grammar see, and where each character comes from), the findings' order and summary,
 * the JSON with comments of .markdownlint.jsonc.
 */
import {describe, expect, it} from 'vitest';
import {sortFindings, summary, type Finding} from '../findings';
import {maskProperNames, spaceFinding} from '../grammar';
import {parseJsonc} from '../markdownlint';
import {alignText, bodyProseLines, frontMatterProseLines, placeholder, type ProseLine} from '../prose';
import {markdownParser} from '../../../../shared/markdown/content-source';

function proseOf(markdown: string, mdx = false): ProseLine[] {
  return bodyProseLines(markdownParser(mdx).parse(markdown), markdown);
}

/** The text of a prose line, the characters the spelling check skips shown as `_`. */
const visible = (line: ProseLine) => [...line.text].map((char, index) => (line.checked[index] ? char : '_')).join('');

describe('la prose lue dans une page', () => {
  it('laisse de côté le code, les adresses, les balises GitBook et les identifiants de titre', () => {
    const markdown = [
      '## Un titre {#un-titre}',
      '',
      'Lancez `npm test` puis lisez <https://exemple.fr/?q=a:b> et [la page](https://exemple.fr/a?b).',
      '',
      '```bash',
      'colectivité',
      '```',
      '',
      '{% hint style="info" %}',
      'Un encadré.',
      '{% endhint %}',
    ].join('\n');
    expect(proseOf(markdown).map(visible)).toEqual([
      'Un titre',
      `Lancez ${'_'.repeat(placeholder.length)} puis lisez ${'_'.repeat(placeholder.length)} et la page.`,
      'Un encadré.',
    ]);
  });

  it('garde la position de chaque caractère dans la source, même après un échappement ou dans une citation', () => {
    const markdown = 'Un \\*texte\\* cité :\n\n> une ligne\n> et la suivante';
    const [first, quote] = proseOf(markdown);
    expect(first!.text).toBe('Un *texte* cité :');
    expect(markdown.slice(first!.offsets[first!.text.indexOf('cité')]!)).toMatch(/^cité/);
    expect(quote!.text).toBe('une ligne et la suivante');
    expect(markdown.slice(quote!.offsets[quote!.text.indexOf('suivante')]!)).toMatch(/^suivante/);
  });

  it('lit les composants MDX comme des noms, et ignore les passages dans une autre langue', () => {
    const markdown = 'Écrivez <Contact />. La clé <span lang="en">localStorage</span> reste là.\n\n## Titre {/* #titre */}';
    expect(proseOf(markdown, true).map((line) => line.text)).toEqual([`Écrivez ${placeholder}. La clé ${placeholder} reste là.`, 'Titre']);
  });

  it('lit les textes de l’en-tête que le lecteur voit, à leur place', () => {
    const markdown = '---\ntitle: Un titre\ndescription: "Une description : entre guillemets."\nslug: /un-titre\n---\n\nTexte.';
    const tree = markdownParser(false).parse(markdown);
    const lines = frontMatterProseLines(tree, markdown, {title: 'Un titre', description: 'Une description : entre guillemets.', slug: '/un-titre'});
    expect(lines.map((line) => line.text)).toEqual(['Un titre', 'Une description : entre guillemets.']);
    expect(markdown.slice(lines[1]!.offsets[0]!)).toMatch(/^Une description/);
  });

  it('aligne un texte décodé sur sa source', () => {
    expect(alignText('a & b', 'a &amp; b', 0, 9)).toEqual([0, 1, 2, 7, 8]);
  });
});

describe('la grammaire', () => {
  it('lit un nom propre de plusieurs mots comme un seul nom', () => {
    const line: ProseLine = {text: 'Le guide Communs numériques.', offsets: [...Array(28).keys()], checked: Array(28).fill(true)};
    const masked = maskProperNames(line, ['Communs numériques']);
    expect(masked.text).toBe(`Le guide ${placeholder}.`);
    expect(masked.offsets.at(-1)).toBe(27);
  });

  it('une espace ordinaire avant « ; ! ? : » ou dans des guillemets : la publication la met à la française, rien ne bloque', () => {
    expect(spaceFinding(' ?', '', [])).toEqual({severity: 'published', message: expect.stringContaining('espace fine insécable (U+202F')});
    expect(spaceFinding(' :', '', [])).toEqual({severity: 'published', message: expect.stringContaining('espace insécable (U+00A0')});
    expect(spaceFinding('« ', '', []).severity).toBe('published');
    expect(spaceFinding('«', '', []).severity).toBe('published');
  });

  it('aucune espace avant « ! » : un problème, réglé en tapant une espace', () => {
    expect(spaceFinding('!', '', [])).toEqual({severity: 'problem', message: expect.stringMatching(/^Espace manquante avant « ! » : tapez une espace/)});
  });

  it('une espace ordinaire ailleurs (« 45 000 ») : un conseil, qui ne bloque pas', () => {
    expect(spaceFinding(' ', 'Espace insécable.', ['45\u00a0000']).severity).toBe('advice');
  });
});

describe('le rapport', () => {
  const finding = (file: string, line: number, column: number, message = 'm'): Finding => ({file, line, column, message, check: 'markdownlint'});

  it('trie par fichier, ligne et colonne, sans doublon', () => {
    const sorted = sortFindings([finding('b.md', 1, 1), finding('a.md', 10, 2), finding('a.md', 2, 5), finding('a.md', 2, 5), finding('a.md', 2, 1)]);
    expect(sorted.map(({file, line, column}) => `${file}:${line}:${column}`)).toEqual(['a.md:2:1', 'a.md:2:5', 'a.md:10:2', 'b.md:1:1']);
  });

  it('résume en français, au singulier comme au pluriel', () => {
    expect(summary([], 1)).toBe('Contenu vérifié : 1 fichier, aucun problème.');
    expect(summary([], 4)).toBe('Contenu vérifié : 4 fichiers, aucun problème.');
    expect(summary([finding('a.md', 1, 1)], 3)).toBe('1 problème dans 1 fichier (sur 3 fichiers vérifiés).');
    expect(summary([finding('a.md', 1, 1), finding('b.md', 1, 1, 'n')], 2)).toBe('2 problèmes dans 2 fichiers (sur 2 fichiers vérifiés).');
  });
});

describe('le JSON avec commentaires', () => {
  it('ignore les commentaires et les virgules finales, pas le contenu des chaînes', () => {
    expect(parseJsonc('// titre\n{\n  "a": "http://x/*y*/", /* note */\n  "b": [1, 2,],\n}')).toEqual({a: 'http://x/*y*/', b: [1, 2]});
  });
});
