import {describe, expect, it} from 'vitest';
import {analyseSpace} from '../analyse';
import {convertSpace} from '../convert';
import {planSpace} from '../plan';
import {readSpace} from '../read';
import {scratchSpaces, type Files} from './scratch';

const scratch = scratchSpaces();

async function converted(files: Files) {
  const site = await scratch(files);
  const space = await readSpace(site.exportDir);
  const plan = await planSpace(space, site.options());
  const analysed = await analyseSpace(space, plan, site.options());
  return convertSpace(space, plan, analysed, site.options());
}

const content = (result: Awaited<ReturnType<typeof converted>>, file: string) => String(result.outputs.find((output) => output.file === file)?.content);

describe('conversion de l’espace (convert.ts)', () => {
  const space: Files = {
    'SUMMARY.md':
      '# Sommaire\n\n* [Accueil du guide](README.md)\n\n## Partie A\n\n* [FAQ](a/faq.md)\n  * [Détail](a/detail.md)\n\n## Partie B\n\n* [FAQ](b/faq.md)\n  * [Détail](b/detail.md)\n',
    'README.md':
      '---\ndescription: Une page d’accueil pour essayer la conversion des pages d’un espace GitBook.\n---\n\n# Accueil\n\nVoir [le détail](a/detail.md) et ![Photo](.gitbook/assets/photo.png).\n\n{% include ".gitbook/includes/aide.md" %}\n\n{% if visitor.claims.unsigned.role === "agent" %}\nPour les agents.\n{% endif %}\n',
    'a/faq.md': '# FAQ\n\nTrop court.\n',
    'a/detail.md': '---\ndescription: Court.\n---\n\n# Détail\n\n{% if visitor.claims.unsigned.role === "agent" %}\nAussi.\n{% endif %}\n',
    'b/faq.md': '# FAQ\n\nLa foire aux questions de la seconde partie du guide, avec ses réponses.\n',
    'b/detail.md': '# Détail\n',
    '.gitbook/includes/aide.md': 'Besoin d’aide ? Lisez [la FAQ](../../b/faq.md).\n',
    '.gitbook/assets/photo.png': 'PNG',
  };

  it('écrit chaque page avec son en-tête, ses liens vers les nouvelles places et ses contenus réutilisables', async () => {
    const result = await converted(space);
    expect(result.outputs.map(({file, kind}) => `${kind} ${file}`)).toEqual([
      'page accueil-du-guide.md',
      'page partie-a/faq/index.md',
      'page partie-a/faq/detail.md',
      'page partie-b/faq/index.md',
      'page partie-b/faq/detail.md',
      'file partie-a/_category_.json',
      'file partie-a/faq/_category_.json',
      'file partie-b/_category_.json',
      'file partie-b/faq/_category_.json',
      'file assets/photo.png',
    ]);
    expect(content(result, 'accueil-du-guide.md')).toBe(
      [
        '---',
        'title: "Accueil"',
        'sidebar_label: "Accueil du guide"',
        'sidebar_position: 1',
        'description: "Une page d’accueil pour essayer la conversion des pages d’un espace GitBook."',
        'slug: /accueil-du-guide',
        '---',
        '',
        'Voir [le détail](./partie-a/faq/detail.md) et ![Photo](./assets/photo.png).',
        '',
        'Besoin d’aide\u202F? Lisez [la FAQ](./partie-b/faq/index.md).',
        '',
        '{% if visitor.claims.unsigned.role === "agent" %}',
        'Pour les agents.',
        '{% endif %}',
        '',
      ].join('\n'),
    );
    expect(result.outputs.find((output) => output.file === 'assets/photo.png')).toMatchObject({
      source: '.gitbook/assets/photo.png',
      content: Buffer.from('PNG'),
    });
  });

  it('deux catégories de même nom reçoivent leur dossier pour clé', async () => {
    const result = await converted(space);
    expect(JSON.parse(content(result, 'partie-a/faq/_category_.json'))).toEqual({label: 'FAQ', position: 1, key: 'partie-a/faq'});
    expect(JSON.parse(content(result, 'partie-a/_category_.json'))).toEqual({label: 'Partie A', position: 2});
  });

  it('dit les descriptions absentes ou trop courtes, et chaque condition de contenu adaptatif une seule fois', async () => {
    const result = await converted(space);
    const problems = result.problems.map(({source, line, message}) => `${source}:${line} ${message.split(' :')[0]}`);
    expect(problems).toEqual([
      'README.md:11 contenu adaptatif {% if visitor.claims.unsigned.role === "agent" %}',
      'a/faq.md:1 pas de « description » et pas de paragraphe pour en tirer une',
      'a/detail.md:1 description de 6 caractères',
      expect.stringMatching(/^b\/faq\.md:1 pas de « description »/),
      'b/detail.md:1 pas de « description » et pas de paragraphe pour en tirer une',
    ]);
    expect(content(result, 'partie-b/faq/index.md')).toContain('description: "La foire aux questions de la seconde partie du guide, avec ses réponses."');
  });
});
