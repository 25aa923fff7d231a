/**
 * Writes the link to an edition's PDF, with its real size, into every page of that edition: the
 * page's `<meta name="guide-pdf">` and the footer element that src/features/pdf/theme/GuidePdfLink renders
 * empty. The component reads the meta in the browser, so hydration finds the same link. Running it
 * again replaces the previous link.
 */
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {applySplices, endOfContent, escapeHtml, findElements, parseBuiltPage, spanOf, stringProperty, type Element, type Splice} from '../../shared/built-html';
import {guidePdfLinkAttribute, guidePdfLinkClass, guidePdfMeta} from './theme/GuidePdfLink/markers';

export interface DownloadLink {
  /** Address of the PDF on the site: `/guide-communs-numeriques.pdf`. */
  href: string;
  /** « Télécharger le guide (PDF, 412 Ko) ». */
  label: string;
}

export class DownloadLinkError extends Error {}

/** The element's property name in hast for the footer element's attribute (`data-guide-pdf-link`). */
const linkProperty = guidePdfLinkAttribute.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/** One page's HTML with the link; `undefined` when the page has no footer element to fill. */
export function withDownloadLink(html: string, link: DownloadLink): string | undefined {
  const page = parseBuiltPage(html);
  const containers = findElements(page, (element) => element.properties[linkProperty] !== undefined);
  if (containers.length === 0) return undefined;
  const anchor = `<a class="${guidePdfLinkClass}" href="${escapeHtml(link.href)}" type="application/pdf">${escapeHtml(link.label)}</a>`;
  const splices: Splice[] = [];
  for (const container of containers) {
    // The element's content (empty, or the previous run's link) becomes the link.
    const span = spanOf(container);
    const contentStart = container.children[0] ? spanOf(container.children[0] as Element)?.start : undefined;
    const contentEnd = endOfContent(page, container);
    if (!span || contentEnd === undefined) continue;
    const start = contentStart ?? contentEnd;
    splices.push({start, end: contentEnd, text: anchor});
  }
  // The previous run's description goes; the new one ends the head.
  for (const meta of findElements(page, (element) => element.tagName === 'meta' && stringProperty(element, 'name') === guidePdfMeta)) {
    const span = spanOf(meta);
    if (span) splices.push({...span, text: ''});
  }
  const head = findElements(page, (element) => element.tagName === 'head')[0];
  const headEnd = head ? endOfContent(page, head) : undefined;
  if (headEnd === undefined) {
    // Without the meta, the browser would render the footer without the link: a hydration mismatch.
    throw new DownloadLinkError('La page n’a pas de </head> où décrire le PDF (<meta name="guide-pdf">) : la construction a-t-elle changé de format ?');
  }
  splices.push({start: headEnd, end: headEnd, text: `<meta name="${guidePdfMeta}" content="${escapeHtml(link.href)}" data-label="${escapeHtml(link.label)}">`});
  return applySplices(html, splices);
}

/** The HTML files of a folder and its sub-folders, except those under `skip`. */
async function htmlFiles(dir: string, skip: readonly string[]): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !skip.some((other) => file.startsWith(`${other}${path.sep}`)));
}

/**
 * Adds the link to every page of an edition's folder, leaving out the other editions' folders.
 * Every page has the footer: a page without its element means a theme change broke the link.
 */
export async function writeDownloadLink(editionDir: string, otherEditionDirs: string[], link: DownloadLink): Promise<number> {
  const files = await htmlFiles(
    path.resolve(editionDir),
    otherEditionDirs.map((dir) => path.resolve(dir)),
  );
  const withoutFooter: string[] = [];
  for (const file of files) {
    let updated: string | undefined;
    try {
      updated = withDownloadLink(await readFile(file, 'utf8'), link);
    } catch (error) {
      throw new DownloadLinkError(`${file} : ${(error as Error).message}`);
    }
    if (updated === undefined) {
      withoutFooter.push(file);
    } else {
      await writeFile(file, updated);
    }
  }
  if (withoutFooter.length > 0) {
    throw new DownloadLinkError(
      `Ces pages n’ont pas l’emplacement du lien vers le PDF (élément data-guide-pdf-link du pied de page, src/features/pdf/theme/GuidePdfLink) : ${withoutFooter.join(', ')}`,
    );
  }
  return files.length;
}
