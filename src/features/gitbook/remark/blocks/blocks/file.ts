/**
 * `{% file src="…/guide.pdf" %}` (with an optional caption before `{% endfile %}`) → `<FileLink>`: a
 * link to the file, bundled with the site, whose text gives its format and size.
 */
import {statSync} from 'node:fs';
import path from 'node:path';
import type {PhrasingContent} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {fileSize} from '../../../../../shared/file-size';
import {component, type BlockDefinition} from './types';

export const file: BlockDefinition = {
  end: 'endfile',
  endIsOptional: true,
  attributes: ['src', 'caption'],
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
    const caption =
      children
        .map((child) => toString(child))
        .join(' ')
        .trim() || tag.attributes.caption?.trim();
    const name = caption || path.basename(decoded);
    const format = path.extname(decoded).slice(1).toUpperCase() || (locale.startsWith('fr') ? 'fichier' : 'file');
    const label: PhrasingContent = {type: 'text', value: `${name} (${format}, ${fileSize(size, locale)})`};
    const link: PhrasingContent = {type: 'link', url: encodeURI(decoded), children: [label], position: open.position};
    return component('FileLink', [], [{type: 'paragraph', children: [link]}], context);
  },
};
