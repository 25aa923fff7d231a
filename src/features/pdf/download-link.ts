/**
 * Writes the link to an edition's PDF, with its real size, into every page of that edition: the
 * page's `<meta name="guide-pdf">` and the footer element that src/features/pdf/theme/GuidePdfLink renders
 * empty. The component reads the meta in the browser, so hydration finds the same link. Running it
 * again replaces the previous link.
 */
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {guidePdfLinkAttribute, guidePdfLinkClass, guidePdfMeta} from './theme/GuidePdfLink/markers';

export interface DownloadLink {
  /** Address of the PDF on the site: `/guide-communs-numeriques.pdf`. */
  href: string;
  /** « Télécharger le guide (PDF, 412 Ko) ». */
  label: string;
}

export class DownloadLinkError extends Error {}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The footer element, empty or already filled by a previous run (its only child is the link). */
const linkElement = new RegExp(`(<div\\b[^>]*\\b${guidePdfLinkAttribute}\\b[^>]*>)(?:<a\\b[^>]*>[^<]*</a>)?</div>`, 'g');
const previousMeta = new RegExp(`<meta name="${guidePdfMeta}"[^>]*>`, 'g');

/** One page's HTML with the link; `undefined` when the page has no footer element to fill. */
export function withDownloadLink(html: string, link: DownloadLink): string | undefined {
  let found = false;
  const anchor = `<a class="${guidePdfLinkClass}" href="${escapeHtml(link.href)}" type="application/pdf">${escapeHtml(link.label)}</a>`;
  const filled = html.replace(linkElement, (_match, opening: string) => {
    found = true;
    return `${opening}${anchor}</div>`;
  });
  if (!found) return undefined;
  const withoutMeta = filled.replace(previousMeta, '');
  const headEnd = withoutMeta.indexOf('</head>');
  if (headEnd < 0) {
    // Without the meta, the browser would render the footer without the link: a hydration mismatch.
    throw new DownloadLinkError('La page n’a pas de </head> où décrire le PDF (<meta name="guide-pdf">) : la construction a-t-elle changé de format ?');
  }
  const meta = `<meta name="${guidePdfMeta}" content="${escapeHtml(link.href)}" data-label="${escapeHtml(link.label)}">`;
  return `${withoutMeta.slice(0, headEnd)}${meta}${withoutMeta.slice(headEnd)}`;
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
