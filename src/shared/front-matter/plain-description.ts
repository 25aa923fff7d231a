/**
 * Wraps the site's `markdown.parseFrontMatter` hook (docusaurus.config.ts): every page's description,
 * what search engines, link previews and the site map show, is plain text (src/shared/markdown/
 * description.ts). A description written with Markdown is given as its text; a page without one gets
 * its first real paragraph, where Docusaurus would take the first line of the file as it is (a
 * GitBook tag, a component); a page with none gets no description, and the build says so once.
 * The front matter's rules read the description as written, from the file (src/shared/front-matter).
 */
import path from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {descriptionFromContent, plainDescription} from '../markdown/description';

const said = new Set<string>();

export function withPlainDescriptions(parse: ParseFrontMatter, {siteDir}: {siteDir: string}): ParseFrontMatter {
  return async (params) => {
    const result = await parse(params);
    const written = result.frontMatter.description;
    if (typeof written === 'string' && written.trim() !== '') {
      return {...result, frontMatter: {...result.frontMatter, description: plainDescription(written)}};
    }
    const generated = descriptionFromContent(result.content);
    if (generated === undefined && !said.has(params.filePath)) {
      said.add(params.filePath);
      console.warn(
        `[communs-numeriques] ${path.relative(siteDir, params.filePath).split(path.sep).join('/')} : aucune description, et aucun paragraphe d’où la tirer. Ajoutez à l’en-tête « description: … », une phrase de 50 à 160 caractères qui résume la page.`,
      );
    }
    // An empty description rather than none: Docusaurus would take the file's first line instead.
    return {...result, frontMatter: {...result.frontMatter, description: generated ?? ''}};
  };
}
