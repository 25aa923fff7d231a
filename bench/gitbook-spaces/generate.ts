/**
 * Three GitBook spaces as GitBook's Markdown export (Git Sync) writes them today, for measuring
 * and trying the importer at scale: a French public-sector space (~50 pages), a French community
 * guide (~350 pages) and a product documentation in English, modelled on GitBook's own (~180 pages).
 *
 * Every construct that real exports hold is written the way GitBook writes it (the forms come from
 * public Git Sync repositories: GitbookIO/public-docs and others): steppers, columns, includes
 * (relative, in sub-folders, from another space), adaptive content, prompts, updates, OpenAPI
 * blocks, embeds and files with captions, code options, hint and tab icons, card tables, tables
 * with hidden headers, figures, light and dark pictures, details, marks, keys, buttons, aligned
 * paragraphs, line breaks, heading anchors, icons, emoji titles, HTML code blocks, integration
 * blocks, expressions, images with an empty description, images of other sites, stale links that
 * `.gitbook.yaml` redirects, `broken-reference` links, files missing from the export.
 *
 * Deterministic: the same profile gives the same space. `plan` records what a person has to fix
 * after the import (the descriptions of the images GitBook left empty, the anchors that no longer
 * exist), so that a bench can play that person (fix.ts).
 */
import {mkdir, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {random} from '../support/random';

export interface SpaceProfile {
  /** Folder name, and how the bench names the space. */
  name: string;
  lang: 'fr' | 'en';
  title: string;
  /** Pages, READMEs of groups included. */
  pages: number;
  /** Parts of SUMMARY.md. */
  parts: number;
  seed: number;
  /** Old paths `.gitbook.yaml` redirects. */
  redirects: number;
  /** One page in `stepperEvery` holds a stepper. */
  stepperEvery: number;
}

export const spaceProfiles: Record<string, SpaceProfile> = {
  collectivite: {name: 'collectivite', lang: 'fr', title: 'Guide de la mutualisation numérique', pages: 52, parts: 5, seed: 7, redirects: 24, stepperEvery: 6},
  communaute: {
    name: 'communaute',
    lang: 'fr',
    title: 'Le guide de la communauté des communs',
    pages: 352,
    parts: 12,
    seed: 11,
    redirects: 170,
    stepperEvery: 7,
  },
  produit: {name: 'produit', lang: 'en', title: 'Product documentation', pages: 182, parts: 8, seed: 13, redirects: 90, stepperEvery: 9},
  /** The smallest space that holds every construct: what the tests import and build. */
  essai: {name: 'essai', lang: 'fr', title: 'Guide d’essai', pages: 20, parts: 3, seed: 5, redirects: 6, stepperEvery: 8},
};

/** What the generator knows that a person would find out after the import. */
export interface SpacePlan {
  /** Export path of an image whose description GitBook left empty → the description a person writes. */
  descriptions: Record<string, string>;
  /** Anchors that point at no heading any more: a person removes them. */
  staleAnchors: string[];
  /** Names of files that pages link to but the export lacks: a person removes the links. */
  missingFiles: string[];
  /** Export paths of the pages, in SUMMARY.md's order. */
  pages: string[];
  /** How many of each construct the space holds. */
  constructs: Record<string, number>;
}

/* ------------------------------------------------------------------------------------------ */
/* Words                                                                                      */
/* ------------------------------------------------------------------------------------------ */

const words = {
  fr: {
    subjects: [
      'la collectivité',
      'la communauté',
      'l’incubateur',
      'le service numérique',
      'la forge publique',
      'l’équipe projet',
      'le conseil municipal',
      'la DSI',
      'l’agent d’accueil',
      'l’élu délégué',
      'le réseau des partenaires',
      'le syndicat mixte',
    ],
    verbs: ['mutualise', 'documente', 'maintient', 'partage', 'finance', 'améliore', 'publie', 'gouverne', 'accompagne', 'réutilise', 'adapte', 'évalue'],
    objects: [
      'une solution libre',
      'les données de référence',
      'le code source',
      'la charte de contribution',
      'la convention',
      'les briques logicielles',
      'la licence',
      'les retours des usagers',
      'la feuille de route',
      'le service public local',
      'la documentation',
      'les besoins des habitants',
    ],
    complements: [
      'avec les autres collectivités',
      'selon des règles décidées ensemble',
      'pour limiter les coûts',
      'au bénéfice de tous les territoires',
      'sans dépendre d’un seul fournisseur',
      'dans le respect des données personnelles',
      'en associant les agents',
      'à l’échelle de l’intercommunalité',
      'grâce à une gouvernance ouverte',
      'pour durer',
    ],
    topics: [
      'Gouvernance',
      'Financement',
      'Contribution',
      'Licences',
      'Données',
      'Hébergement',
      'Sécurité',
      'Accessibilité',
      'Marchés publics',
      'Communauté',
      'Feuille de route',
      'Formation',
      'Support',
      'Témoignages',
      'Outils',
      'Méthodes',
    ],
    things: [
      'la convention',
      'le comité',
      'la charte',
      'le budget',
      'la forge',
      'le catalogue',
      'l’annuaire',
      'le registre',
      'la foire aux questions',
      'le tableau de bord',
      'la messagerie',
      'le calendrier',
      'le modèle',
      'le glossaire',
      'la démarche',
      'le parcours',
    ],
    actions: ['Créer', 'Rédiger', 'Signer', 'Publier', 'Réunir', 'Choisir', 'Évaluer', 'Financer', 'Ouvrir', 'Partager', 'Animer', 'Documenter'],
    sections: ['Contexte', 'Pourquoi', 'Comment faire', 'Qui décide', 'Exemples', 'Pour aller plus loin', 'Points d’attention', 'Calendrier'],
    image: 'Schéma\u00a0: qui fait quoi entre la collectivité, l’incubateur et les prestataires',
    caption: 'Les acteurs d’un commun numérique et leurs rôles',
    step: 'Étape',
    tabA: 'Petite commune',
    tabB: 'Intercommunalité',
  },
  en: {
    subjects: [
      'the editor',
      'your team',
      'the space owner',
      'an admin',
      'the integration',
      'a reviewer',
      'the site',
      'the workspace',
      'the company',
      'a visitor',
      'the API',
      'the change request',
    ],
    verbs: ['publishes', 'checks', 'reviews', 'updates', 'protects', 'tracks', 'merges', 'shares', 'adapts', 'imports', 'exports', 'indexes'],
    objects: [
      'the content',
      'a new page',
      'the changes',
      'your documents',
      'the branch',
      'each block',
      'the navigation',
      'the search index',
      'the permissions',
      'a custom domain',
      'the API reference',
      'the assets',
    ],
    complements: [
      'in a few clicks',
      'from the editor',
      'with the repository',
      'for every visitor',
      'without leaving the editor',
      'on each merge',
      'in real time',
      'across spaces',
      'with precise roles',
      'for your whole team',
    ],
    topics: [
      'Getting started',
      'Editor',
      'Blocks',
      'Publishing',
      'Repositories',
      'Integrations',
      'API reference',
      'Account',
      'Collaboration',
      'Themes',
      'Insights',
      'Security',
      'Content structure',
      'Search',
      'Guides',
      'Release notes',
    ],
    things: [
      'spaces',
      'collections',
      'change requests',
      'custom domains',
      'site sections',
      'variants',
      'reusable content',
      'page links',
      'adaptive content',
      'the site header',
      'visitor authentication',
      'insights',
      'the docs assistant',
      'snippets',
      'templates',
      'permissions',
    ],
    actions: ['Create', 'Configure', 'Publish', 'Connect', 'Invite', 'Adapt', 'Import', 'Export', 'Review', 'Manage', 'Embed', 'Migrate'],
    sections: ['Overview', 'How it works', 'Setting it up', 'Permissions', 'Examples', 'Limits', 'Troubleshooting', 'Next steps'],
    image: 'The editor with the block menu open next to the page outline',
    caption: 'The insert menu lists every block you can add',
    step: 'Step',
    tabA: 'Windows',
    tabB: 'macOS',
  },
} as const;

type Lang = keyof typeof words;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** GitBook's file names: the page's slug, lower case, accents kept in some spaces. */
function fileSlug(title: string, keepAccents: boolean): string {
  const base = keepAccents ? title : title.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return base
    .toLowerCase()
    .replace(/[’'?!:,.()«»\u202f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** GitBook's heading anchors: the slug, its periods kept, `id-` before a digit (`id-2.-qui-decide`). */
const anchorOf = (title: string) => {
  const slug = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'?!:,()«»\u202f]/g, '')
    .replace(/[^a-z0-9._]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^\d/.test(slug) ? `id-${slug}` : slug;
};

/* ------------------------------------------------------------------------------------------ */
/* The tree of pages                                                                          */
/* ------------------------------------------------------------------------------------------ */

interface PageNode {
  /** Export path, `part/group/README.md` for a group. */
  file: string;
  title: string;
  depth: number;
  children: PageNode[];
  /** Anchors of its sections, that other pages link to. */
  anchors: string[];
  index: number;
}

interface Part {
  title: string;
  /** GitBook writes an anchor after some part titles. */
  anchor?: string;
  pages: PageNode[];
}

function planTree(profile: SpaceProfile, next: () => number): {home: PageNode; parts: Part[]; all: PageNode[]} {
  const w = words[profile.lang];
  const keepAccents = profile.name === 'collectivite';
  const all: PageNode[] = [];
  const used = new Set<string>();
  const take = (folder: string, title: string, readme: boolean): string => {
    const slug = fileSlug(title, keepAccents) || 'page';
    let name = slug;
    for (let n = 1; used.has(path.posix.join(folder, name)); n += 1) name = `${slug}-${n}`;
    used.add(path.posix.join(folder, name));
    return readme ? path.posix.join(folder, name, 'README.md') : path.posix.join(folder, `${name}.md`);
  };
  const home: PageNode = {
    file: 'README.md',
    title: profile.lang === 'fr' ? `🏠 ${profile.title}` : `👋 Welcome to the ${profile.title.toLowerCase()}`,
    depth: 0,
    children: [],
    anchors: [],
    index: 0,
  };
  all.push(home);
  const parts: Part[] = [];
  const remaining = () => profile.pages - all.length;
  for (let p = 0; p < profile.parts; p += 1) {
    const topic = w.topics[p % w.topics.length]!;
    const title = p === 0 && profile.lang === 'en' ? 'Get started' : topic;
    const part: Part = {title, anchor: p % 3 === 1 ? anchorOf(title) : undefined, pages: []};
    parts.push(part);
    const partFolder = fileSlug(title, keepAccents);
    const share = Math.ceil(remaining() / (profile.parts - p));
    let made = 0;
    while (made < share && remaining() > 0) {
      const thing = w.things[Math.floor(next() * w.things.length)]!;
      const action = w.actions[Math.floor(next() * w.actions.length)]!;
      const groupTitle = profile.lang === 'fr' ? `${capitalize(thing)}` : capitalize(thing);
      // A group: a folder with its README.md, children, sometimes grandchildren.
      const group: PageNode = {file: take(partFolder, groupTitle, true), title: groupTitle, depth: 1, children: [], anchors: [], index: all.length};
      all.push(group);
      made += 1;
      const childCount = Math.min(share - made, 2 + Math.floor(next() * 5));
      for (let c = 0; c < childCount && remaining() > 0; c += 1) {
        const childTitle =
          profile.lang === 'fr'
            ? `${w.actions[(c + p) % w.actions.length]} ${w.things[(c * 3 + p) % w.things.length]}`
            : `${w.actions[(c + p) % w.actions.length]} ${w.things[(c * 3 + p) % w.things.length]}`;
        const hasGrandchildren = c === 1 && next() < 0.3;
        const folder = path.posix.dirname(group.file);
        const child: PageNode = {
          file: take(folder, childTitle, hasGrandchildren),
          title: c === 0 ? `${childTitle} ?`.replace(' ?', profile.lang === 'fr' ? ' ?' : '?') : childTitle,
          depth: 2,
          children: [],
          anchors: [],
          index: all.length,
        };
        all.push(child);
        group.children.push(child);
        made += 1;
        if (hasGrandchildren) {
          for (let g = 0; g < 2 && remaining() > 0; g += 1) {
            const grandTitle = `${action} ${w.things[(g + c + p + 5) % w.things.length]}`;
            const grand: PageNode = {
              file: take(path.posix.dirname(child.file), grandTitle, false),
              title: grandTitle,
              depth: 3,
              children: [],
              anchors: [],
              index: all.length,
            };
            all.push(grand);
            child.children.push(grand);
            made += 1;
          }
        }
      }
      part.pages.push(group);
    }
  }
  return {home, parts, all};
}

/* ------------------------------------------------------------------------------------------ */
/* Pages                                                                                      */
/* ------------------------------------------------------------------------------------------ */

/** Every construct the generator writes, in the order pages take them. */
const constructs = [
  'hint',
  'hint-icon',
  'tabs',
  'stepper',
  'columns',
  'include',
  'include-other-space',
  'if',
  'prompt',
  'updates',
  'openapi',
  'openapi-operation',
  'openapi-schemas',
  'openapi-webhook',
  'embed',
  'embed-caption',
  'file',
  'file-caption',
  'file-missing',
  'code',
  'code-options',
  'code-html',
  'content-ref',
  'cards',
  'table-header-hidden',
  'table-full-width',
  'table-gfm-html',
  'figure',
  'figure-empty-alt',
  'figure-aligned',
  'picture',
  'picture-inline',
  'image-line',
  'image-remote',
  'image-remote-missing',
  'image-remote-html',
  'figure-remote',
  'image-files-id',
  'details',
  'mark',
  'kbd',
  'buttons',
  'p-align',
  'br',
  'icons',
  'mention',
  'link-redirected',
  'link-broken-reference',
  'link-broken-pages',
  'link-stale-anchor',
  'expression',
  'integration',
  'mermaid',
  'footnote',
  'hard-breaks',
  'escapes',
  'list-nested-tags',
  'separator',
] as const;
type Construct = (typeof constructs)[number];

interface PageContext {
  profile: SpaceProfile;
  page: PageNode;
  all: PageNode[];
  next: () => number;
  imageOrigin: string;
  plan: SpacePlan;
  /** Old paths that `.gitbook.yaml` redirects: a page may still link to one. */
  oldPaths: string[];
  assets: Assets;
}

interface Assets {
  /** Export paths of the images in `.gitbook/assets/`. */
  images: string[];
  files: string[];
  add(name: string, kind: 'image' | 'file'): string;
}

/** The relative path from a page to a path of the space. */
const from = (page: PageNode, target: string) => {
  const relative = path.posix.relative(path.posix.dirname(page.file), target);
  return relative || path.posix.basename(target);
};

function sentence(lang: Lang, next: () => number): string {
  const w = words[lang];
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return `${capitalize(`${pick(w.subjects)} ${pick(w.verbs)} ${pick(w.objects)} ${pick(w.complements)}`)}.`;
}

function paragraph(lang: Lang, next: () => number, count = 3): string {
  return Array.from({length: count}, () => sentence(lang, next)).join(' ');
}

function otherPage(context: PageContext, offset: number): PageNode {
  const {all, page} = context;
  return all[(page.index + offset) % all.length] === page ? all[(page.index + offset + 1) % all.length]! : all[(page.index + offset) % all.length]!;
}

/** One construct, as GitBook writes it. */
function block(construct: Construct, context: PageContext, serial: number): string {
  const {profile, page, next, imageOrigin, assets} = context;
  const lang = profile.lang;
  const w = words[lang];
  const fr = lang === 'fr';
  const text = () => paragraph(lang, next, 2);
  const image = (name: string) => from(page, assets.add(name, 'image'));
  const described = (name: string, description: string) => {
    const file = assets.add(name, 'image');
    context.plan.descriptions[file] = description;
    return from(page, file);
  };
  switch (construct) {
    case 'hint':
      return [`{% hint style="${['info', 'warning', 'danger', 'success'][serial % 4]}" %}`, text(), '{% endhint %}'].join('\n');
    case 'hint-icon':
      return [
        `{% hint style="info" icon="lightbulb-exclamation" %}`,
        `**${fr ? 'Bon à savoir' : 'Good to know'}** : ${sentence(lang, next)}`,
        '',
        `* ${sentence(lang, next)}`,
        `* ${sentence(lang, next)}`,
        '{% endhint %}',
      ].join('\n');
    case 'tabs':
      return [
        '{% tabs %}',
        `{% tab title="${w.tabA}" icon="${fr ? 'house' : 'windows'}" %}`,
        text(),
        '{% endtab %}',
        '',
        `{% tab title="${w.tabB}" %}`,
        text(),
        '',
        '{% hint style="info" %}',
        sentence(lang, next),
        '{% endhint %}',
        '{% endtab %}',
        '{% endtabs %}',
      ].join('\n');
    case 'stepper': {
      const steps = 3 + (serial % 3);
      const lines = ['{% stepper %}'];
      for (let s = 1; s <= steps; s += 1) {
        lines.push('{% step %}');
        if (s === 2) lines.push('');
        lines.push(
          s === 3 ? `**${w.step} ${s}**` : `### ${w.actions[(s + serial) % w.actions.length]} ${w.things[(s * 2 + serial) % w.things.length]}`,
          '',
          sentence(lang, next),
        );
        if (s === 1)
          lines.push(
            '',
            `<figure><img src="${image('etape-1.png')}" alt="${fr ? 'Le formulaire à remplir pour la première étape' : 'The form to fill in for the first step'}"><figcaption></figcaption></figure>`,
          );
        if (s === 2) lines.push('', '{% code title="commande.sh" %}', '```bash', 'npm run build', '```', '{% endcode %}');
        lines.push('{% endstep %}');
        if (s < steps) lines.push('');
      }
      lines.push('{% endstepper %}');
      return lines.join('\n');
    }
    case 'columns':
      return [
        '{% columns %}',
        `{% column width="66.66666666666666%" %}`,
        `### ${w.sections[serial % w.sections.length]}`,
        '',
        sentence(lang, next),
        '',
        `<a href="${from(page, otherPage(context, 3).file)}" class="button primary">${fr ? `Lire « ${otherPage(context, 3).title} »` : `Read “${otherPage(context, 3).title}”`}</a>`,
        '{% endcolumn %}',
        '',
        `{% column width="33.33333333333334%" valign="middle" %}`,
        '{% hint style="info" %}',
        sentence(lang, next),
        '',
        `* \`${fr ? 'commune' : 'space'}\``,
        '  {% endhint %}',
        '  {% endcolumn %}',
        '{% endcolumns %}',
      ].join('\n');
    case 'include':
      return `{% include "${from(page, serial % 2 ? '.gitbook/includes/aide.md' : '.gitbook/includes/exemples/commande.md')}" %}`;
    case 'include-other-space':
      return '{% include "https://app.gitbook.com/s/SsmexDFPv2xG2OTyO5yV/~/reusable/7hzG0V6AUK8DqF4oiVaW/" %}';
    case 'if':
      return [
        `{% if visitor.claims.unsigned.role === "${serial % 2 ? 'agent' : 'elu'}" %}`,
        '',
        '{% hint style="info" %}',
        sentence(lang, next),
        '{% endhint %}',
        '{% endif %}',
        '',
        `{% if !visitor.claims.unsigned.role %}`,
        sentence(lang, next),
        '{% endif %}',
      ].join('\n');
    case 'prompt':
      return [
        `{% prompt description="${fr ? 'Résumer une délibération en cinq points' : 'Summarize a release note'}${serial % 2 ? '”' : '"'} icon="rectangle-terminal" openInAIProviders="true" defaultExpanded="full" %}`,
        '```markdown',
        fr ? 'Résume cette délibération en cinq points, pour un agent qui ne l’a pas lue.' : 'Summarize the key changes in this release note for a new reader.',
        '```',
        '{% endprompt %}',
      ].join('\n');
    case 'updates':
      return [
        '{% updates format="full" %}',
        `{% update date="2026-0${1 + (serial % 9)}-15" tags="${fr ? 'nouveauté,guide' : 'editor,new-feature'}" %}`,
        `## ${fr ? 'Nouvelle version du guide' : '💻 A brand new update'}`,
        '',
        sentence(lang, next),
        '{% endupdate %}',
        '',
        `{% update date="2025-1${serial % 3}-02" %}`,
        `## ${fr ? 'Première publication' : 'First release'}`,
        '',
        sentence(lang, next),
        '{% endupdate %}',
        '{% endupdates %}',
      ].join('\n');
    case 'openapi':
      return [
        `{% openapi src="${from(page, assets.add('openapi.yaml', 'file'))}" path="/messages/{id}" method="get" %}`,
        `[${fr ? 'La spécification de l’interface' : 'The API specification'}](${from(page, '.gitbook/assets/openapi.yaml')})`,
        '{% endopenapi %}',
      ].join('\n');
    case 'openapi-operation':
      return [
        '{% openapi-operation spec="api-du-service" path="/demandes" method="post" %}',
        '[OpenAPI api-du-service](https://api.exemple.fr/openapi.json)',
        '{% endopenapi-operation %}',
      ].join('\n');
    case 'openapi-schemas':
      return [
        '{% openapi-schemas spec="api-du-service" schemas="Demande,Commune" grouped="true" %}',
        '[Broken link](broken-reference)',
        '{% endopenapi-schemas %}',
        '',
        '{% openapi-schemas spec="api-du-service" schemas="Demande" %}',
        '[OpenAPI api-du-service](https://api.exemple.fr/openapi.json)',
        '{% endopenapi-schemas %}',
      ].join('\n');
    case 'openapi-webhook':
      return [
        '{% openapi-webhook spec="api-du-service" name="demande-traitee" method="post" %}',
        '[OpenAPI api-du-service](https://api.exemple.fr/openapi.json)',
        '{% endopenapi-webhook %}',
      ].join('\n');
    case 'embed':
      return '{% embed url="https://www.youtube.com/watch?v=D_uLM5i0Z4c&list=PLx" %}';
    case 'embed-caption':
      return [
        '{% embed url="https://github.com/betagouv/communs-exemple" %}',
        fr ? 'Le dépôt du commun, sur GitHub' : 'The repository, on GitHub',
        '{% endembed %}',
      ].join('\n');
    case 'file':
      return `{% file src="${from(page, assets.add(fr ? 'Modèle de convention (1).pdf' : 'example\\_template.pdf', 'file'))}" %}`;
    case 'file-caption':
      return [
        `{% file src="${from(page, assets.add('charte-de-contribution.pdf', 'file'))}" %}`,
        fr ? 'La charte de contribution, à signer' : 'This is a caption on a file.',
        '{% endfile %}',
      ].join('\n');
    case 'file-missing':
      return `${fr ? 'Le compte rendu' : 'The minutes'} : [${fr ? 'compte rendu de la réunion' : 'meeting minutes'}](${from(page, '.gitbook/assets/compte-rendu-absent.pdf')}).`;
    case 'code':
      return ['{% code title="configuration.yaml" %}', '```yaml', 'nom: commun', 'licence: EUPL-1.2', '```', '{% endcode %}'].join('\n');
    case 'code-options':
      return [
        '{% code title="journal.sh" overflow="wrap" lineNumbers="true" fullWidth="false" expandable="true" %}',
        '',
        '```bash',
        'tail -n 100 /var/log/nginx/access.log | grep "GET /guide"',
        '```',
        '',
        '{% endcode %}',
      ].join('\n');
    case 'code-html':
      return '<pre class="language-yaml" data-title="publication.yaml"><code class="lang-yaml">site: communs\n<strong>langue: fr\n</strong>pages: 12\n</code></pre>';
    case 'content-ref': {
      const target = otherPage(context, 5);
      return [
        `{% content-ref url="${from(page, target.file)}" %}`,
        `[${path.posix.basename(target.file)}](${from(page, target.file)})`,
        '{% endcontent-ref %}',
      ].join('\n');
    }
    case 'cards': {
      const a = otherPage(context, 7);
      const b = otherPage(context, 11);
      const cover = from(page, assets.add('couverture-carte.png', 'image'));
      return `<table data-view="cards" data-full-width="false"><thead><tr><th></th><th></th><th data-hidden data-card-cover data-type="image">Cover image</th><th data-hidden data-type="image">Cover image (dark)</th><th data-hidden data-card-target data-type="content-ref"></th></tr></thead><tbody><tr><td><strong>${a.title}</strong></td><td>${sentence(lang, next)}</td><td><a href="${cover}">couverture-carte.png</a></td><td></td><td><a href="${from(page, a.file)}">${path.posix.basename(a.file)}</a></td></tr><tr><td><i class="fa-gavel" style="color:$primary;">:gavel:</i> <strong>${b.title}</strong></td><td>${sentence(lang, next)}</td><td></td><td></td><td><a href="${from(page, b.file)}">${path.posix.basename(b.file)}</a></td></tr><tr><td><strong>${fr ? 'Page disparue' : 'Lost page'}</strong></td><td>${sentence(lang, next)}</td><td></td><td></td><td><a href="/broken/pages/ngeSCZKxiGVWqYZTHDjY">Broken link</a></td></tr></tbody></table>`;
    }
    case 'table-header-hidden':
      return `<table data-header-hidden><thead><tr><th width="158"></th><th></th></tr></thead><tbody><tr><td>${fr ? 'Acteur' : 'Role'}</td><td>${fr ? 'Rôle' : 'What it does'}</td></tr><tr><td>${fr ? 'Collectivité' : 'Admin'}</td><td>${sentence(lang, next)}</td></tr><tr><td>${fr ? 'Incubateur' : 'Editor'}</td><td>${sentence(lang, next)}<br>${sentence(lang, next)}</td></tr></tbody></table>`;
    case 'table-full-width':
      return `<table data-full-width="true"><thead><tr><th width="333.111083984375">${fr ? 'Étape' : 'Step'}</th><th>${fr ? 'Qui' : 'Who'}</th><th data-type="checkbox">${fr ? 'Obligatoire ?' : 'Required?'}</th></tr></thead><tbody><tr><td>${fr ? 'Signer la convention' : 'Create the space'}</td><td><ul><li>${fr ? 'le maire' : 'an admin'}</li><li>${fr ? 'le président' : 'an owner'}</li></ul></td><td>true</td></tr><tr><td>${fr ? 'Voter le budget' : 'Invite members'}</td><td>${fr ? 'le conseil' : 'the team'}</td><td>false</td></tr></tbody></table>`;
    case 'table-gfm-html':
      return [
        `| ${fr ? 'Commune' : 'Plan'} | ${fr ? 'Rôle' : 'Limit'} |`,
        '| --- | --- |',
        `| ${fr ? 'Lyon' : 'Free'} | <p>${sentence(lang, next)}</p> |`,
        `| ${fr ? 'Nantes' : 'Pro'} | ${sentence(lang, next)} |`,
      ].join('\n');
    case 'figure':
      return `<figure><img src="${image('schema-des-roles.png')}" alt="" width="563"><figcaption><p>${w.caption}</p></figcaption></figure>`;
    case 'figure-empty-alt': {
      const name = `capture (${serial % 6}).png`;
      return `<figure><img src="${described(name, `${w.image} (${serial % 6})`)}" alt=""><figcaption></figcaption></figure>`;
    }
    case 'figure-aligned':
      return `<div align="center"><figure><img src="${image('Schéma de gouvernance.png')}" alt="${fr ? 'Le comité de pilotage réunit les collectivités membres' : 'The review flow between editors and reviewers'}"><figcaption><p><strong>${fr ? 'Gouvernance' : 'Reviews'}</strong></p></figcaption></figure></div>\n\n<div data-full-width="true">\n\n<img src="${image('bandeau.png')}" alt="${fr ? 'Carte des communes membres' : 'A map of the world with the sites'}">\n\n</div>`;
    case 'picture':
      return `<figure><picture><source srcset="${image('tableau de bord - sombre.png')}" media="(prefers-color-scheme: dark)"><img src="${image('tableau de bord - clair.png')}" alt="${fr ? 'Le tableau de bord du commun' : 'The insights dashboard'}"></picture><figcaption></figcaption></figure>`;
    case 'picture-inline':
      return `${fr ? 'Ouvrez le menu' : 'Open the'} <picture><source srcset="${image('menu-sombre.svg')}" media="(prefers-color-scheme: dark)"><img src="${image('menu-clair.svg')}" alt="${fr ? 'le menu des options' : 'The Options menu icon'}"></picture> ${fr ? 'puis choisissez Partager.' : 'menu, then Share.'}`;
    case 'image-line':
      return `## <img src="${image('image (5).png')}" alt="" data-size="line"> ${fr ? 'Miroir' : 'Mirror'} <a href="#miroir-${serial}" id="miroir-${serial}"></a>\n\n${sentence(lang, next)}`;
    case 'image-remote':
      return `![${fr ? 'La carte des communs du territoire' : 'A diagram of the sync'}](${imageOrigin}/images/carte-${serial % 4}.png)`;
    case 'image-remote-missing':
      return `${fr ? 'Une image disparue' : 'A lost image'} : ![${fr ? 'Le logo de l’ancien projet' : 'The old logo'}](${imageOrigin}/absent/logo-${serial}.png)`;
    case 'image-remote-html':
      // Google Docs pasted into GitBook: a table of images of another site, one of them gone.
      return [
        '<table><thead><tr><th>' + (fr ? 'Avant' : 'Before') + '</th><th>' + (fr ? 'Après' : 'After') + '</th></tr></thead><tbody><tr>',
        `<td><img src="${imageOrigin}/images/avant-${serial % 3}.png" alt="${fr ? 'L’ancien formulaire' : 'The old form'}"></td>`,
        `<td><img src="${imageOrigin}/absent/apres-${serial}.png" alt="${fr ? 'Le nouveau formulaire' : 'The new form'}"></td>`,
        '</tr></tbody></table>',
      ].join('\n');
    case 'figure-remote':
      return `<figure><img src="${imageOrigin}/absent/parcours-${serial}.png" alt="${fr ? 'Le parcours d’une demande' : 'The path of a request'}"><figcaption><p>${w.caption}</p></figcaption></figure>`;
    case 'image-files-id':
      return `<img src="/files/8cHYgc3d7E9Uts2pUXj8" alt="">\n\n![](broken-reference)`;
    case 'details':
      return [
        '<details open>',
        '',
        `<summary><strong>${fr ? 'Étape 1 : ouvrir le dépôt' : 'Step 1: Start using expandable blocks'}</strong></summary>`,
        '',
        text(),
        '',
        '</details>',
        '',
        '<details>',
        '',
        `<summary>${fr ? 'Et si la commune est petite ?' : 'What about large teams?'}</summary>`,
        '',
        sentence(lang, next),
        '',
        '</details>',
      ].join('\n');
    case 'mark':
      return `${sentence(lang, next)} <mark style="color:orange;">${fr ? 'Important' : 'Important'}</mark>, <mark style="background-color:yellow;">${fr ? 'à relire' : 'to review'}</mark> ${fr ? 'et' : 'and'} <mark style="color:$primary;">${fr ? 'à suivre' : 'to follow'}</mark>. <mark style="color:green;">\`POST\`</mark> \`/demandes\``;
    case 'kbd':
      return `${fr ? 'Pour chercher, appuyez sur' : 'To search, press'} <kbd>Ctrl</kbd> + <kbd>K</kbd> ${fr ? 'ou' : 'or'} <kbd>⌘</kbd> + <kbd>K</kbd>.`;
    case 'buttons':
      return `<a href="${from(page, otherPage(context, 2).file)}" class="button primary" data-icon="forward">${fr ? 'Continuer' : 'Continue'}</a> <a href="https://www.numerique.gouv.fr/" class="button secondary">${fr ? 'Le site du numérique public' : 'Sign up'}</a>`;
    case 'p-align':
      return `<p align="center"><img src="${described('logo-du-commun.png', fr ? 'Le logo du commun' : 'The product logo')}" alt=""></p>\n\n<p align="center">${fr ? 'Figure 1 : le logo' : 'Figure 1: the logo'}</p>`;
    case 'br':
      return `1. ${sentence(lang, next)}<br>\n2. ${sentence(lang, next)}`;
    case 'icons':
      return `### <i class="fa-list-timeline">:list-timeline:</i> ${fr ? 'Historique des changements' : 'Change history'} <a href="#historique-${serial}" id="historique-${serial}"></a>\n\n${sentence(lang, next)} <i class="fa-github">:github:</i> GitHub.`;
    case 'mention': {
      const target = otherPage(context, 4);
      const anchor = target.anchors[0];
      return `${fr ? 'Voir' : 'See'} [${path.posix.basename(target.file)}](${from(page, target.file)} "mention") ${fr ? 'et' : 'and'} [#${anchor}](${from(page, target.file)}#${anchor} "mention"), <a data-mention href="${from(page, target.file)}">${path.posix.basename(target.file)}</a>.`;
    }
    case 'link-redirected': {
      const old = context.oldPaths[serial % context.oldPaths.length]!;
      return `${fr ? 'L’ancienne page' : 'The old page'} : [${fr ? 'lire ici' : 'read it here'}](${from(page, `${old}.md`)}).`;
    }
    case 'link-broken-reference':
      return `${fr ? 'Voir aussi' : 'See also'} [${fr ? 'la page supprimée' : 'Build System'}](broken-reference), [${fr ? 'une autre' : 'Quickstart guide'}](/broken/pages/ngeSCZKxiGVWqYZTHDjY) ${fr ? 'et' : 'and'} [${fr ? 'celle d’un autre espace' : 'another space'}](/broken/spaces/6LsKtmbJhZxgxraY5mHB/pages/EsovwRrOMFnJMFfWhnMV).\n\n* [${fr ? 'Préparer le poste de travail' : 'Setup environment'}](broken-reference)\n  * [${fr ? 'Installer' : 'Install'}](broken-reference)`;
    case 'link-broken-pages':
      return `[${fr ? 'Le lien de l’ancien wiki' : 'The old wiki'}](https://wiki.exemple.fr/docs/broken-reference)`;
    case 'link-stale-anchor': {
      const target = otherPage(context, 6);
      const anchor = `section-disparue-${serial}`;
      context.plan.staleAnchors.push(anchor);
      return `${fr ? 'Une section qui n’existe plus' : 'A section that no longer exists'} : [${target.title}](${from(page, target.file)}#${anchor})`;
    }
    case 'expression':
      return `${fr ? 'Ce guide vaut pour' : 'This applies to'} <code class="expression">space.vars.PRODUCT_NAME</code>, ${fr ? 'dans sa version' : 'in its version'} <code class="expression">space.vars.VERSION</code>, ${fr ? 'pour les lecteurs' : 'for the readers'} <code class="expression">page.vars.audience</code>.`;
    case 'integration':
      return `{% @github-files/github-code-block url="https://github.com/betagouv/communs-exemple/blob/main/README.md" %}\n\n{% @arcade/embed flowId="iVIQA53PE3vtm6hoNo7b" url="https://app.arcade.software/share/iVIQA53PE3vtm6hoNo7b" %}\n\n{% @marketo/form formid="4316" formId="4316" %}`;
    case 'mermaid':
      return `{% @mermaid/diagram content="graph TB\n  A[${fr ? 'Collectivité' : 'Editor'}] --> B[${fr ? 'Incubateur' : 'Reviewer'}]\n  B --> C[#quot;${fr ? 'Commun' : 'Site'}#quot;]" %}`;
    case 'footnote':
      return `${sentence(lang, next)}[^${serial}]\n\n[^${serial}]: ${sentence(lang, next)}`;
    case 'hard-breaks':
      return `${sentence(lang, next)}\\\n${sentence(lang, next)}\\\n\\\n${sentence(lang, next)}`;
    case 'escapes':
      return `${sentence(lang, next)}&#x20;\n\n${fr ? 'Le paramètre' : 'The parameter'} \\<nom> ${fr ? 'se trouve dans le fichier' : 'is in the file'} mon\\_fichier.txt.`;
    case 'list-nested-tags':
      return [
        `1.  ${sentence(lang, next)}`,
        '',
        '    {% hint style="warning" %}',
        `    ${sentence(lang, next)}`,
        '    {% endhint %}',
        `2.  ${sentence(lang, next)}`,
        '',
        `    <div align="left"><figure><img src="${image('Screenshot (620).png')}" alt="${fr ? 'Le volet de création du conteneur' : 'The Create Container pane'}"><figcaption><p><strong>${fr ? 'Création' : 'Create'}</strong> ${fr ? 'du conteneur' : 'pane'}</p></figcaption></figure></div>`,
      ].join('\n');
    case 'separator':
      return '***';
  }
}

function pageContent(context: PageContext): string {
  const {profile, page, next, all} = context;
  const lang = profile.lang;
  const w = words[lang];
  const fr = lang === 'fr';
  const lines: string[] = ['---'];
  const description = sentence(lang, next);
  if (page.index % 9 === 4) {
    // A folded description, cut between two words, as GitBook writes a long one.
    const cut = description.indexOf(' ', 30);
    lines.push(`description: >-`, `  ${description.slice(0, cut)}`, `  ${description.slice(cut + 1)}`);
  } else if (page.index % 11 !== 7) lines.push(`description: ${page.index % 5 === 0 ? `"${description}"` : description}`);
  if (page.index % 4 === 0) lines.push(`icon: ${['rocket', 'house', 'book-open', 'repeat'][page.index % 3]}`);
  if (page.index % 6 === 0)
    lines.push(
      'layout:',
      '  width: wide',
      '  title:',
      '    visible: true',
      '  description:',
      '    visible: true',
      '  tableOfContents:',
      '    visible: true',
      '  outline:',
      '    visible: true',
      '  pagination:',
      '    visible: false',
    );
  if (page.index % 13 === 3) lines.push(`cover: .gitbook/assets/New Project (7).png`, 'coverY: -21.391402714932127');
  if (page.index % 17 === 5) lines.push('metaLinks:', '  alternates:', '    - >-', '      https://app.gitbook.com/s/MdbbIbIwHdJwkEREnJyv/guide');
  lines.push('---', '');
  const emoji = page.index % 10 === 3 ? (fr ? '🛠️ ' : '🛠️ ') : '';
  lines.push(`# ${emoji}${page.title}${page.index % 15 === 2 ? ' <i class="fa-rocket">:rocket:</i>' : ''}`, '');
  lines.push(paragraph(lang, next, 3), '');

  // Constructs: each page takes three in turn, so that every space holds each many times.
  const picked: Construct[] = [];
  for (let j = 0; j < 3; j += 1) picked.push(constructs[(page.index * 3 + j) % constructs.length]!);
  if (page.index % profile.stepperEvery === 0 && !picked.includes('stepper')) picked.push('stepper');
  const sectionCount = 2 + (page.index % 3);
  for (let s = 0; s < sectionCount; s += 1) {
    const title = w.sections[(s + page.index) % w.sections.length]!;
    const anchor = page.anchors[s]!;
    // GitBook writes its anchor after most headings; some are numbered.
    const written = s === 1 && page.index % 5 === 0 ? `${s + 1}. ${title}` : title;
    lines.push(
      page.index % 2 === 0 ? `## ${written} <a href="#${anchor}" id="${anchor}"></a>` : `## ${written}${s === 0 && page.index % 7 === 0 ? '&#x20;' : ''}`,
      '',
    );
    lines.push(paragraph(lang, next, 2), '');
    const construct = picked[s];
    if (construct) {
      context.plan.constructs[construct] = (context.plan.constructs[construct] ?? 0) + 1;
      lines.push(block(construct, context, page.index + s), '');
    }
    if (s === 0) {
      const target = all[(page.index + 1) % all.length]!;
      const anchorTarget = target.anchors[1] ?? target.anchors[0];
      lines.push(`${fr ? 'La suite' : 'Next'} : [${target.title}](${from(page, target.file)}${anchorTarget ? `#${anchorTarget}` : ''})`, '');
    }
  }
  for (const extra of picked.slice(sectionCount)) {
    context.plan.constructs[extra] = (context.plan.constructs[extra] ?? 0) + 1;
    lines.push(block(extra, context, page.index + 7), '');
  }
  if (page.children.length > 0) {
    for (const child of page.children) {
      lines.push(
        `{% content-ref url="${from(page, child.file)}" %}`,
        `[${path.posix.basename(child.file === `${path.posix.dirname(child.file)}/README.md` ? path.posix.dirname(child.file) : child.file)}](${from(page, child.file)})`,
        '{% endcontent-ref %}',
        '',
      );
    }
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/* ------------------------------------------------------------------------------------------ */
/* The space                                                                                  */
/* ------------------------------------------------------------------------------------------ */

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect width="16" height="16" fill="#000091"/></svg>\n';
const pdf = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/MediaBox[0 0 200 200]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`;

function summaryText(profile: SpaceProfile, home: PageNode, parts: Part[]): string {
  const lines = ['# Table of contents', '', `* [${home.title}](${home.file})`];
  const entry = (page: PageNode, indent: string) => {
    lines.push(`${indent}* [${page.title}](${page.file})`);
    for (const child of page.children) entry(child, `${indent}  `);
  };
  for (const [index, part] of parts.entries()) {
    lines.push('', `## ${part.title}${part.anchor ? ` <a href="#${part.anchor}" id="${part.anchor}"></a>` : ''}`, '');
    for (const page of part.pages) entry(page, '');
    if (index === parts.length - 1) {
      lines.push('', '***', '', `* [${profile.lang === 'fr' ? 'Signaler une erreur' : 'Report a bug'}](https://forge.exemple.fr/communs/guide/-/issues)`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export interface GenerateOptions {
  /** Where the images « of other sites » are served (a loopback server in the bench and tests). */
  imageOrigin: string;
}

/** Writes the space into `dir` (emptied first); returns what a person would fix after its import. */
export async function generateSpace(profile: SpaceProfile, dir: string, options: GenerateOptions): Promise<SpacePlan> {
  await rm(dir, {recursive: true, force: true});
  await mkdir(dir, {recursive: true});
  const next = random(profile.seed);
  const {home, parts, all} = planTree(profile, next);
  const w = words[profile.lang];
  for (const page of all) {
    const count = 2 + (page.index % 3);
    page.anchors = Array.from({length: count}, (_, s) => {
      const title = w.sections[(s + page.index) % w.sections.length]!;
      return page.index % 2 === 0 ? `${anchorOf(title)}-${page.index}` : anchorOf(s === 1 && page.index % 5 === 0 ? `${s + 1}. ${title}` : title);
    });
  }
  const plan: SpacePlan = {descriptions: {}, staleAnchors: [], missingFiles: ['compte-rendu-absent.pdf'], pages: all.map((page) => page.file), constructs: {}};
  const assetFiles = new Map<string, 'image' | 'file'>();
  const assets: Assets = {
    images: [],
    files: [],
    add(name, kind) {
      const file = `.gitbook/assets/${name.replace(/\\_/g, '_')}`;
      assetFiles.set(file, kind);
      return `.gitbook/assets/${name}`;
    },
  };
  // Old paths: pages that moved, as GitBook's redirects list them.
  const oldPaths = Array.from(
    {length: profile.redirects},
    (_, index) => `${profile.lang === 'fr' ? 'ancien' : 'legacy'}/${fileSlug(all[(index * 7) % all.length]!.title, false)}-${index}`,
  );
  const redirectLines = oldPaths.map((old, index) => {
    const target = all[(index * 7) % all.length]!.file;
    // GitBook's own files mix spaces and tabs; targets with `./`, without `.md`.
    const indent = index % 10 === 3 ? '\t' : '  ';
    const written = index % 4 === 1 ? `./${target}` : index % 4 === 2 ? target.replace(/\.md$/, '').replace(/\/README$/, '/') : target;
    return `${indent}${old}: ${written}`;
  });
  await writeFile(
    path.join(dir, '.gitbook.yaml'),
    `root: ./ \n\nstructure: \n  readme: README.md\n  summary: SUMMARY.md\n\nredirects: \n${redirectLines.join('\n')}\n  ${profile.lang === 'fr' ? 'ancien/site-externe' : 'legacy/external'}: https://www.numerique.gouv.fr/\n`,
  );
  await writeFile(path.join(dir, 'SUMMARY.md'), summaryText(profile, home, parts));
  for (const page of all) {
    const content = pageContent({profile, page, all, next, imageOrigin: options.imageOrigin, plan, oldPaths, assets});
    await mkdir(path.join(dir, path.dirname(page.file)), {recursive: true});
    await writeFile(path.join(dir, page.file), content);
  }
  // A page the summary forgets, and reusable content.
  await writeFile(path.join(dir, 'brouillon.md'), `# ${profile.lang === 'fr' ? 'Brouillon' : 'Draft'}\n\n${paragraph(profile.lang, next)}\n`);
  await mkdir(path.join(dir, '.gitbook', 'includes', 'exemples'), {recursive: true});
  const fr = profile.lang === 'fr';
  await writeFile(
    path.join(dir, '.gitbook', 'includes', 'aide.md'),
    `---\ntitle: ${fr ? 'Aide' : 'Enterprise hint'}\n---\n\n{% hint style="info" %}\n${fr ? 'Besoin d’aide ? Écrivez à l’équipe, ou lisez' : 'This feature is available on the Enterprise plan, see'} [${path.posix.basename(all[1]!.file)}](../../${all[1]!.file} "mention").\n{% endhint %}\n\n<figure><img src="../assets/aide.png" alt="${fr ? 'L’équipe d’aide' : 'The support team'}"><figcaption></figcaption></figure>\n`,
  );
  assetFiles.set('.gitbook/assets/aide.png', 'image');
  await writeFile(
    path.join(dir, '.gitbook', 'includes', 'exemples', 'commande.md'),
    `---\ntitle: ${fr ? 'Commande' : 'Command'}\n---\n\n{% code title="installer.sh" lineNumbers="true" %}\n\`\`\`bash\nnpm ci\n\`\`\`\n{% endcode %}\n`,
  );
  await writeFile(path.join(dir, '.gitbook', 'vars.yaml'), `PRODUCT_NAME: ${fr ? 'Territoires numériques' : 'Atlas One'}\nVERSION: "2.4"\n`);
  await mkdir(path.join(dir, '.gitbook', 'assets'), {recursive: true});
  for (const [file, kind] of assetFiles) {
    if (file.includes('absent')) continue;
    const content =
      kind === 'file' ? (file.endsWith('.yaml') ? 'openapi: 3.0.0\ninfo:\n  title: API\n  version: "1"\npaths: {}\n' : pdf) : file.endsWith('.svg') ? svg : png;
    await writeFile(path.join(dir, file), content);
  }
  // The cover in the front matter, with its spaces and parentheses.
  await writeFile(path.join(dir, '.gitbook', 'assets', 'New Project (7).png'), png);
  return plan;
}
