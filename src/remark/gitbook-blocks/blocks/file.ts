/**
 * `{% file src="…/guide.pdf" %}` (with an optional caption before `{% endfile %}`) → `<FileLink>`: a
 * link to the file, bundled with the site, whose text gives its format and size.
 */
import {statSync} from 'node:fs';
import path from 'node:path';
import type {PhrasingContent} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {component, type BlockDefinition} from './types';

/** « 120 Ko », « 1,2 Mo » in French, “120 KB”, “1.2 MB” in English: sizes as readers write them. */
export function fileSize(bytes: number, locale = 'fr'): string {
  const french = locale.startsWith('fr');
  const format = (value: number) => new Intl.NumberFormat(french ? 'fr-FR' : locale, {maximumFractionDigits: 1}).format(value);
  if (bytes < 1024 * 1024) return `${format(Math.max(1, Math.round(bytes / 1024)))}\u00A0${french ? 'Ko' : 'KB'}`;
  return `${format(bytes / (1024 * 1024))}\u00A0${french ? 'Mo' : 'MB'}`;
}

export const file: BlockDefinition = {
  end: 'endfile',
  endIsOptional: true,
  attributes: ['src'],
  build(context) {
    const {tag, open, children, problems, file: page, locale} = context;
    const source = tag.attributes.src?.trim();
    if (!source) {
      problems.add(open, 'Balise {% file %} sans fichier : écrivez {% file src="chemin/du/fichier.pdf" %}.');
      return undefined;
    }
    const decoded = decodeURIComponent(source);
    const absolute = page.path ? path.resolve(path.dirname(page.path), decoded) : decoded;
    let size: number;
    try {
      size = statSync(absolute).size;
    } catch {
      problems.add(open, `Fichier « ${source} » introuvable : vérifiez son chemin, relatif à la page, ou ajoutez-le à côté d’elle.`);
      return undefined;
    }
    const caption = children.map((child) => toString(child)).join(' ').trim();
    const name = caption || path.basename(decoded);
    const format = path.extname(decoded).slice(1).toUpperCase() || (locale.startsWith('fr') ? 'fichier' : 'file');
    const label: PhrasingContent = {type: 'text', value: `${name} (${format}, ${fileSize(size, locale)})`};
    const link: PhrasingContent = {type: 'link', url: encodeURI(decoded), children: [label], position: open.position};
    return component('FileLink', [], [{type: 'paragraph', children: [link]}], context);
  },
};
