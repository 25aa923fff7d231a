/**
 * Generates N pages of realistic French guide content (front matter, sections with explicit ids,
 * paragraphs, lists, a hint, a table) for measurements at scale, in parts of 20 pages (a folder
 * with `_category_.json`, as the GitBook importer writes them): a guide of 1 000 pages has parts,
 * not a menu of 1 000 entries. Deterministic: the same N gives the same pages, so that runs compare.
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

export function generatedPage(index: number): {file: string; content: string} {
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
      const parts = [`## ${section} {#${id}}`, '', paragraph(next), '', paragraph(next, 3)];
      if (position === 1) {
        parts.push('', `- ${sentence(next)}`, `- ${sentence(next)}`, `- ${sentence(next)}`);
      }
      if (position === 2) {
        parts.push('', '{% hint style="info" %}', paragraph(next, 2), '{% endhint %}');
      }
      if (position === 3) {
        parts.push('', '| Acteur | Rôle |', '| --- | --- |', `| Collectivité | ${sentence(next)} |`, `| Incubateur | ${sentence(next)} |`);
      }
      return parts.join('\n');
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
    const {file, content} = generatedPage(index);
    const partDir = path.join(dir, path.dirname(file));
    if (index % pagesPerPart === 0) {
      await mkdir(partDir, {recursive: true});
      const part = index / pagesPerPart + 1;
      await writeFile(path.join(partDir, '_category_.json'), `${JSON.stringify({label: `Fiches, partie ${part}`, position: 100 + part}, null, 2)}\n`);
    }
    await writeFile(path.join(dir, file), content);
  }
}
