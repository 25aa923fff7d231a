/**
 * SUMMARY.md of a GitBook export: the space's table of contents, in reading order. A `## heading`
 * starts a part (a group without a page of its own); a list item links a page, and its nested list
 * holds the page's sub-pages.
 */
import type {Heading, Link, List, ListItem, Paragraph} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {parseMarkdown} from './markdown';
import {plainHeadingText} from './headings';

export interface SummaryPage {
  /** The link text: the page's name in the table of contents. */
  label: string;
  /** Path of the page in the export, decoded, with `/` separators (`gouvernance/règles.md`). */
  source: string;
  /** Line of the entry in SUMMARY.md. */
  line: number;
  children: SummaryPage[];
}

export interface SummaryPart {
  /** Empty for the pages listed before any part heading. */
  label: string;
  line: number;
  pages: SummaryPage[];
}

export interface SummaryProblem {
  line: number;
  message: string;
}

export interface Summary {
  parts: SummaryPart[];
  problems: SummaryProblem[];
}

/** Export-relative path of a link in SUMMARY.md, or undefined for an address outside the export. */
function localPath(url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#')) return undefined;
  let decoded = url.split('#')[0]!.split('?')[0]!;
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // A stray % in a file name: keep the path as written.
  }
  return decoded.replace(/^\.\//, '').replace(/^\//, '');
}

function pagesOf(list: List, problems: SummaryProblem[]): SummaryPage[] {
  const pages: SummaryPage[] = [];
  for (const item of list.children as ListItem[]) {
    const line = item.position?.start.line ?? 1;
    const paragraph = item.children.find((child): child is Paragraph => child.type === 'paragraph');
    let link: Link | undefined;
    if (paragraph) visit(paragraph, 'link', (node: Link) => void (link ??= node));
    const nested = item.children.filter((child): child is List => child.type === 'list');
    const children = nested.flatMap((child) => pagesOf(child, problems));
    // The words only: GitBook may put HTML (an anchor, an icon) in an entry's title.
    const label = (link ? toString(link, {includeHtml: false}) : paragraph ? toString(paragraph, {includeHtml: false}) : '').replace(/\s+/g, ' ').trim();
    const source = link ? localPath(link.url) : undefined;
    if (!link || !source) {
      problems.push({
        line,
        message: link
          ? `entrée « ${label} » : lien vers une adresse extérieure (${link.url}), non importé ; ajoutez-le dans une page si besoin.`
          : `entrée « ${label} » sans lien vers une page : ses sous-pages sont rattachées au niveau supérieur.`,
      });
      pages.push(...children);
      continue;
    }
    pages.push({label: label || source, source, line, children});
  }
  return pages;
}

export function readSummary(text: string): Summary {
  const tree = parseMarkdown(text);
  const problems: SummaryProblem[] = [];
  const parts: SummaryPart[] = [{label: '', line: 1, pages: []}];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth > 1) {
      // `## Titre <a href="#id" id="id"></a>`: the title without its anchor, which would make a folder's name.
      parts.push({label: plainHeadingText(node as Heading), line: node.position?.start.line ?? 1, pages: []});
    } else if (node.type === 'list') {
      parts.at(-1)!.pages.push(...pagesOf(node, problems));
    }
  }
  return {parts: parts.filter((part) => part.pages.length > 0), problems};
}

/** Every page of the summary, depth first, in reading order. */
export function allPages(summary: Summary): SummaryPage[] {
  const result: SummaryPage[] = [];
  const walk = (pages: SummaryPage[]) => {
    for (const page of pages) {
      result.push(page);
      walk(page.children);
    }
  };
  for (const part of summary.parts) walk(part.pages);
  return result;
}
