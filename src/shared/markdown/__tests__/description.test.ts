import {describe, expect, it} from 'vitest';
import {descriptionFromContent, plainDescription, shortenDescription} from '../description';

describe('la description d’une page, en texte', () => {
  it('écrite avec du Markdown ou du HTML dans l’en-tête : son texte seul', () => {
    expect(plainDescription('Comment **ouvrir** le code avec `git` et [la licence](./licence.md).')).toBe('Comment ouvrir le code avec git et la licence.');
    expect(plainDescription('Un <b>guide</b> {% hint style="info" %} pour  les\ncollectivités')).toBe('Un guide pour les collectivités');
  });

  it('tirée du premier vrai paragraphe : pas d’une balise GitBook, de ses liens, d’une image, d’un titre, d’un tableau ou d’un import', () => {
    const content = [
      'import Schema from "./schema.png";',
      '',
      '# Créer un simulateur',
      '',
      '{% content-ref url="./creer-un-simulateur.md" %}',
      '[creer-un-simulateur-de-droits.md](./creer-un-simulateur.md)',
      '{% endcontent-ref %}',
      '',
      '![Schéma du simulateur](./schema.png)',
      '',
      '| a | b |',
      '| - | - |',
      '| une cellule assez longue pour compter | x |',
      '',
      '<div class="carte">Une carte écrite en HTML, assez longue</div>',
      '',
      '[Lien seul vers une autre page du guide](./autre.md)',
      '',
      'Ce guide explique, pas à pas, comment `publier` un **simulateur** sur [le site](https://example.org).',
      '',
      'Le paragraphe suivant ne compte pas.',
    ].join('\n');
    expect(descriptionFromContent(content)).toBe('Ce guide explique, pas à pas, comment publier un simulateur sur le site.');
  });

  it('le texte d’un encadré compte : ce sont des mots de la page', () => {
    expect(descriptionFromContent('{% hint style="info" %}\nCette page résume les questions que posent les élus.\n{% endhint %}')).toBe(
      'Cette page résume les questions que posent les élus.',
    );
  });

  it('aucun paragraphe : rien, pour qu’une personne l’écrive', () => {
    expect(descriptionFromContent('# Titre\n\n{% embed url="https://example.org/video" %}\nUne vidéo\n{% endembed %}\n\n![Image](./a.png)\n')).toBeUndefined();
    expect(descriptionFromContent('Trop court.')).toBeUndefined();
  });

  it('coupée à une phrase, sinon à un mot, à 160 caractères', () => {
    const long = `${'Une phrase qui dit ce que fait la page et pourquoi. '.repeat(2)}${'mot '.repeat(40)}`;
    expect(shortenDescription(long.trim())).toBe('Une phrase qui dit ce que fait la page et pourquoi. Une phrase qui dit ce que fait la page et pourquoi.');
    const words = shortenDescription('mot '.repeat(60).trim());
    expect(words.endsWith('mot…')).toBe(true);
    expect(words.length).toBeLessThanOrEqual(161);
  });
});
