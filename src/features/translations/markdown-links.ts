/**
 * Links between pages in an edition where a page is not translated yet. Docusaurus then publishes
 * the French file, but resolves its relative links (`./definition.md`) against the edition's files
 * only: a link to a translated page is « broken » and would stop the English build. This hook,
 * `markdown.hooks.onBrokenMarkdownLinks`, gives such a link the edition's address of the page (its
 * `slug`, from the translation if any); any other link that leads nowhere still stops the build,
 * with its file and line.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {OnBrokenMarkdownLinksFunction} from '@docusaurus/types';
import matter from 'gray-matter';
import {contentFolders} from './status';
import {stopOrWarn} from '../../shared/content-problems';

function slugOf(file: string): string | undefined {
  try {
    const slug: unknown = matter(readFileSync(file, 'utf8')).data.slug;
    return typeof slug === 'string' && slug.startsWith('/') ? slug : undefined;
  } catch {
    return undefined;
  }
}

export function markdownLinkResolver({
  siteDir,
  locale,
  baseUrl,
  draft = false,
}: {
  siteDir: string;
  locale: string;
  baseUrl: string;
  /** A draft build (PUBLICATION_DRAFT=1): a link to no page is printed, and published as it is. */
  draft?: boolean;
}): OnBrokenMarkdownLinksFunction {
  const docs = contentFolders[0];
  const docsDir = path.join(siteDir, docs.source);
  const translatedDir = path.join(siteDir, docs.translated(locale));
  return ({sourceFilePath, url, node}) => {
    const [, pathname = '', suffix = ''] = /^([^?#]*)(.*)$/.exec(url) ?? [];
    let target: string | undefined;
    try {
      target = path.resolve(siteDir, path.dirname(sourceFilePath), decodeURIComponent(pathname));
    } catch {
      target = undefined;
    }
    if (target && target.startsWith(`${docsDir}${path.sep}`) && existsSync(target)) {
      const translation = path.join(translatedDir, path.relative(docsDir, target));
      const slug = (existsSync(translation) ? slugOf(translation) : undefined) ?? slugOf(target);
      if (slug) return `${baseUrl}${slug.slice(1)}${suffix}`;
    }
    const line = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
    const message = `${path.relative(siteDir, path.resolve(siteDir, sourceFilePath)).split(path.sep).join('/')}${line} Lien « ${url} » : aucune page à ce chemin. Écrivez le chemin du fichier Markdown de la page, relatif à cette page (par exemple ./definition.md).`;
    return stopOrWarn(message, {draft});
  };
}
