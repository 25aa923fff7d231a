/**
 * Generates N pages of realistic French guide content for measurements at scale, using every block
 * the site supports: sections with explicit ids, paragraphs, lists, an image of the page's part,
 * hint boxes in their four styles, tabs, a code block with its title, a correspondence table, a
 * plain table, a link to another page's section, a `{% content-ref %}`, an `{% embed %}` (a link),
 * `<details>`, and every fifth page a stepper. In parts of 20 pages (a folder with
 * `_category_.json`, as the GitBook importer writes them): a guide of 1 000 pages has parts, not a
 * menu of 1 000 entries. Deterministic: the same N gives the same pages, so that runs compare.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {random} from './support/random';

/** Pages per generated part. */
const pagesPerPart = 20;

const subjects = [
  'la collectivité territoriale',
  'la communauté des contributeurs',
  'l’incubateur',
  'le service numérique',
  'la forge publique',
  'la structure de mutualisation',
  'l’équipe projet',
  'le conseil municipal',
  'la direction des systèmes d’information',
  'l’agent d’accueil',
  'l’élu délégué au numérique',
  'le réseau des partenaires',
];
const verbs = ['mutualise', 'documente', 'maintient', 'partage', 'finance', 'améliore', 'publie', 'gouverne', 'accompagne', 'réutilise', 'adapte', 'évalue'];
const objects = [
  'une solution numérique libre',
  'les données de référence',
  'le code source ouvert',
  'la charte de contribution',
  'la convention de partenariat',
  'les briques logicielles',
  'la licence choisie',
  'les retours des usagers',
  'la feuille de route commune',
  'le service public local',
  'la documentation partagée',
  'les besoins des habitants',
];
const complements = [
  'avec les autres collectivités',
  'selon des règles décidées ensemble',
  'pour limiter les coûts de licence',
  'au bénéfice de tous les territoires',
  'sans dépendre d’un seul fournisseur',
  'dans le respect du RGPD',
  'en associant les agents',
  'à l’échelle de l’intercommunalité',
  'grâce à une gouvernance ouverte',
  'pour durer',
];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

function sentence(next: () => number): string {
  const text = `${pick(next, subjects)} ${pick(next, verbs)} ${pick(next, objects)} ${pick(next, complements)}.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function paragraph(next: () => number, sentences = 4): string {
  return Array.from({length: sentences}, () => sentence(next)).join(' ');
}

const hintStyles = ['info', 'warning', 'danger', 'success'];

/** The page that a page links to: the next one in its part, or the part's first for its last (of `count`). */
const neighbourNumber = (index: number, count: number) => {
  const first = index - (index % pagesPerPart);
  const last = (index + 1) % pagesPerPart === 0 || index + 1 >= count;
  return String(last ? first + 1 : index + 2).padStart(4, '0');
};

/** Blocks of a page, beyond its prose: each in the section where a guide would put it. */
function blocksOf(next: () => number, index: number, count: number, position: number, theme: string): string[] {
  const neighbour = neighbourNumber(index, count);
  switch (position) {
    case 0:
      return [
        '',
        `![Schéma : ${theme}, partagé entre plusieurs collectivités](./schema.svg)`,
        '',
        '{% tabs %}',
        '{% tab title="Petite commune" %}',
        paragraph(next, 2),
        '{% endtab %}',
        '',
        '{% tab title="Intercommunalité" %}',
        paragraph(next, 2),
        '{% endtab %}',
        '{% endtabs %}',
      ];
    case 1:
      return [
        '',
        `- ${sentence(next)}`,
        `- ${sentence(next)}`,
        `- ${sentence(next)}`,
        '',
        '{% code title="convention.yaml" %}',
        '```yaml',
        `membres: ${1 + (index % 9)}`,
        'licence: EUPL-1.2',
        '```',
        '{% endcode %}',
        ...(index % 5 === 0
          ? [
              '',
              '{% stepper %}',
              '{% step %}',
              `### ${pick(next, ['Réunir', 'Choisir', 'Écrire'])} les partenaires`,
              '',
              sentence(next),
              '{% endstep %}',
              '{% step %}',
              '### Signer la convention',
              '',
              sentence(next),
              '{% endstep %}',
              '{% endstepper %}',
            ]
          : []),
      ];
    case 2:
      return [
        '',
        `{% hint style="${hintStyles[index % hintStyles.length]}" %}`,
        paragraph(next, 2),
        '{% endhint %}',
        '',
        ':::correspondance[Ce que la collectivité apporte, et ce qu’elle en retire]',
        '',
        '| Apport de la collectivité | Ce qu’elle en retire |',
        '| --- | --- |',
        `| ${sentence(next)} | ${sentence(next)} |`,
        `| ${sentence(next)} | ${sentence(next)} |`,
        '',
        ':::',
      ];
    default:
      return [
        '',
        '| Acteur | Rôle |',
        '| --- | --- |',
        `| Collectivité | ${sentence(next)} |`,
        `| Incubateur | ${sentence(next)} |`,
        '',
        `Voir aussi [la gouvernance de la fiche ${neighbour}](./fiche-${neighbour}.md#gouvernance-3).`,
        '',
        `{% content-ref url="./fiche-${neighbour}.md" %}`,
        `[Fiche ${neighbour}](./fiche-${neighbour}.md)`,
        '{% endcontent-ref %}',
        '',
        '{% embed url="https://www.example.org/videos/presentation" %}',
        'Présentation de la démarche en vidéo',
        '{% endembed %}',
        '',
        '<details>',
        '<summary>Pour aller plus loin</summary>',
        '',
        paragraph(next, 2),
        '',
        '</details>',
      ];
  }
}

/** The image of each part: a small drawing, so that every page shows a local image. */
const partImage =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 60" width="120" height="60"><rect width="120" height="60" fill="#e3e3fd"/><circle cx="30" cy="30" r="14" fill="#000091"/><circle cx="90" cy="30" r="14" fill="#000091"/><path d="M44 30h32" stroke="#000091" stroke-width="4"/></svg>\n';

/** Page `index` of a guide of `count` generated pages. */
export function generatedPage(index: number, count: number): {file: string; content: string} {
  const next = random(index + 1);
  const number = String(index + 1).padStart(4, '0');
  const theme = pick(next, objects);
  const sections = ['Contexte', 'Mise en œuvre', 'Gouvernance', 'Pour aller plus loin'];
  const body = sections
    .map((section, position) => {
      const id = `${section
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z]+/g, '-')
        .replace(/^-|-$/g, '')}-${position + 1}`;
      return [`## ${section} {#${id}}`, '', paragraph(next), '', paragraph(next, 3), ...blocksOf(next, index, count, position, theme)].join('\n');
    })
    .join('\n\n');
  const content = `---
title: Fiche ${number} sur ${theme}
description: "Fiche d’exemple numéro ${number} : comment une collectivité met en commun ${theme} avec d’autres territoires."
slug: /fiches/fiche-${number}
---

${paragraph(next)}

${body}
`;
  const part = String(Math.floor(index / pagesPerPart) + 1).padStart(2, '0');
  return {file: path.join(`partie-${part}`, `fiche-${number}.md`), content};
}

/** Writes `count` pages into `dir` (created if needed), in parts after the guide's own pages. */
export async function generatePages(dir: string, count: number): Promise<void> {
  await mkdir(dir, {recursive: true});
  for (let index = 0; index < count; index += 1) {
    const {file, content} = generatedPage(index, count);
    const partDir = path.join(dir, path.dirname(file));
    if (index % pagesPerPart === 0) {
      await mkdir(partDir, {recursive: true});
      const part = index / pagesPerPart + 1;
      await writeFile(path.join(partDir, '_category_.json'), `${JSON.stringify({label: `Fiches, partie ${part}`, position: 100 + part}, null, 2)}\n`);
      await writeFile(path.join(partDir, 'schema.svg'), partImage);
    }
    await writeFile(path.join(dir, file), content);
  }
}
