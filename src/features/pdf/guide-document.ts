/**
 * The guide as one printable HTML document: a cover, the contents with page numbers, then every page
 * of the guide in reading order, each starting on a new page under its own running head. Links
 * between pages become links inside the document (with « p. 7 » for the printed copy); links to the
 * site's other pages get their public address. Pure: the page numbers come from the caller, who
 * reads them from the previous rendering (see render.ts).
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Element, ElementContent, Properties} from 'hast';
import {h} from 'hastscript';
import {toHtml} from 'hast-util-to-html';
import {toString} from 'hast-util-to-string';
import type {SiteTexts} from '../../shared/i18n/site-texts';
import type {BuiltGuide} from './built-guide';

const guideStylesheet = readFileSync(path.join(__dirname, 'guide.css'), 'utf8');

/** Page number of each link target of the document (its `id`), as the PDF viewer numbers pages. */
export type PageNumbers = ReadonlyMap<string, number>;

/** Placeholder while the page numbers are unknown: two digits, so that the next pass lays out alike. */
const unknownPage = '00';

export interface GuideDocumentInput {
  guide: BuiltGuide;
  texts: SiteTexts;
  /** The site's settings as the legal pages show them. */
  publisher: {team: string; name: string};
  pageNumbers: PageNumbers;
}

export interface GuideDocument {
  html: string;
  /** Ids of the document that a link targets, whose page numbers the next pass needs. */
  targets: string[];
}

interface Chapter {
  id: string;
  title: string;
  depth: number;
  /** The page's article, with unique ids and links inside the document; absent for a part. */
  content?: Element;
  /** Its sections (`<h2>`), for the contents. */
  sections: Array<{id: string; title: string}>;
}

/** A string as a CSS string literal, safe inside a <style> element. */
function cssString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ').replace(/</g, '\\3C ')}"`;
}

/** Attributes whose value is one id or a list of ids of the same page. */
const idReferences = [
  'ariaLabelledBy',
  'ariaDescribedBy',
  'ariaControls',
  'ariaOwns',
  'ariaFlowTo',
  'ariaDetails',
  'ariaErrorMessage',
  'ariaActiveDescendant',
  'htmlFor',
  'headers',
];

/** An address as a reader copies it: not percent-encoded. */
function readableAddress(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    // Kept encoded: not valid UTF-8 once decoded.
    return href;
  }
}

/** Text of a heading without what the document adds after links (page references, addresses). */
function headingText(element: Element): string {
  const strip = (node: Element): Element => ({
    ...node,
    children: node.children
      .filter((child) => !(child.type === 'element' && /^guide-(page-reference|link-address)$/.test(String([child.properties.className].flat()[0] ?? ''))))
      .map((child) => (child.type === 'element' ? strip(child) : child)),
  });
  return toString(strip(element)).trim();
}

/** The path of a page without `.html` or a final slash, to compare links with the outline. */
function pagePath(pathname: string): string {
  const trimmed = decodeURIComponent(pathname)
    .replace(/\.html$/, '')
    .replace(/\/index$/, '/');
  return trimmed.length > 1 ? trimmed.replace(/\/$/, '') : trimmed;
}

function formatDate(iso: string | undefined, lang: string): string | undefined {
  if (!iso) return undefined;
  return new Intl.DateTimeFormat(lang, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris'}).format(new Date(iso));
}

/**
 * Makes a page's article part of the whole document: every id gets the chapter's prefix; links to
 * pages of the guide point inside the document, and are followed by their page number; links to the
 * site's other pages get their public address; headings go down one level per depth in the outline.
 */
function chapterContent(
  article: Element,
  chapterId: string,
  pageUrl: URL,
  chapterIds: ReadonlyMap<string, string>,
  input: GuideDocumentInput,
  targets: Set<string>,
  depth: number,
): Element {
  const {guide, texts, pageNumbers} = input;
  const siteOrigin = pageUrl.origin;
  const publicBase = new URL(guide.publicUrl);
  const targetId = (url: URL): string | undefined => {
    const chapter = chapterIds.get(pagePath(url.pathname));
    if (!chapter) return undefined;
    const fragment = decodeURIComponent(url.hash.slice(1));
    return fragment ? `${chapter}-${fragment}` : chapter;
  };
  const prefixed = (id: string) => `${chapterId}-${id}`;
  const transform = (element: Element): ElementContent[] => {
    const properties: Properties = {...element.properties};
    if (typeof properties.id === 'string') properties.id = prefixed(properties.id);
    // Attributes that name other elements by id follow them: a box or a tab panel keeps its name.
    for (const name of idReferences) {
      const value = properties[name];
      if (typeof value === 'string') properties[name] = value.split(/\s+/).filter(Boolean).map(prefixed).join(' ');
      else if (Array.isArray(value)) properties[name] = value.map((id) => prefixed(String(id)));
    }
    let tagName = element.tagName;
    const level = /^h([1-6])$/.exec(tagName)?.[1];
    if (level && depth > 0) tagName = `h${Math.min(6, Number(level) + depth)}`;
    const children = element.children.flatMap((child): ElementContent[] => (child.type === 'element' ? transform(child) : [child]));
    const result: Element = {...element, tagName, properties, children};
    if (tagName !== 'a' || typeof properties.href !== 'string') return [result];
    const url = new URL(properties.href, pageUrl);
    if (url.origin !== siteOrigin) {
      // A printed link cannot be followed: its address follows its text, readable (not percent-encoded).
      if (!/^https?:$/.test(url.protocol) || toString(result).trim() === properties.href) return [result];
      return [result, h('span.guide-link-address', ` (${readableAddress(url.href)})`)];
    }
    const target = targetId(url);
    if (target) {
      targets.add(target);
      properties.href = `#${target}`;
      const page = pageNumbers.get(target);
      // The reference is for paper; a screen reader reading the PDF hears the link's own text.
      const reference = h('span.guide-page-reference', {ariaHidden: 'true'}, ` (${texts.guidePdf.pageReference(page ? String(page) : unknownPage)})`);
      return [result, reference];
    }
    // Another page or file of the site (legal notices, an attachment): its public address, printed
    // after the text like an external link's.
    const sitePath = url.pathname.startsWith(guide.siteBasePath) ? url.pathname.slice(guide.siteBasePath.length) : url.pathname.replace(/^\//, '');
    properties.href = new URL(sitePath + url.search + url.hash, new URL(guide.siteBasePath, publicBase)).href;
    return [result, h('span.guide-link-address', ` (${readableAddress(properties.href)})`)];
  };
  // An article is never a link: its transform is the article alone.
  return transform(article)[0] as Element;
}

function chapters(input: GuideDocumentInput, targets: Set<string>): Chapter[] {
  const {guide} = input;
  const pageOrigin = 'http://guide.invalid';
  const chapterIds = new Map<string, string>();
  guide.pages.forEach((page, index) => {
    if (page.path) chapterIds.set(pagePath(new URL(page.path, pageOrigin).pathname), `c${index + 1}`);
  });
  return guide.pages.map((page, index): Chapter => {
    const id = `c${index + 1}`;
    if (!page.article || !page.path) return {id, title: page.title, depth: page.depth, sections: []};
    const content = chapterContent(page.article, id, new URL(page.path, pageOrigin), chapterIds, input, targets, page.depth);
    const sectionLevel = `h${Math.min(6, 2 + page.depth)}`;
    const sections: Chapter['sections'] = [];
    const visit = (element: Element) => {
      if (element.tagName === sectionLevel && typeof element.properties.id === 'string') {
        sections.push({id: element.properties.id, title: headingText(element)});
      }
      for (const child of element.children) if (child.type === 'element') visit(child);
    };
    visit(content);
    return {id, title: page.title, depth: page.depth, content, sections};
  });
}

function pageNumber(numbers: PageNumbers, id: string): string {
  const page = numbers.get(id);
  return page ? String(page) : unknownPage;
}

function contentsEntry(id: string, title: string, numbers: PageNumbers, className: string, indent: number): Element {
  // Indented by depth in the outline: a page inside a part, a section inside its page.
  return h(`li.${className}`, {style: indent > 0 ? `padding-left: ${indent * 6}mm` : undefined}, [
    h('a.guide-contents-link', {href: `#${id}`}, [
      h('span.guide-contents-title', title),
      h('span.guide-contents-leader', {ariaHidden: 'true'}),
      h('span.guide-contents-page', pageNumber(numbers, id)),
    ]),
  ]);
}

/**
 * CSS of the running heads: every page shows the guide's title and its number; each chapter is a
 * named page whose head also shows the chapter's title. The cover shows nothing.
 */
function pageRules(input: GuideDocumentInput, parts: Chapter[]): string {
  const {texts} = input;
  const counter = `${cssString(texts.guidePdf.pageCounter.before)} counter(page) ${cssString(texts.guidePdf.pageCounter.between)} counter(pages)`;
  const rules = [
    `@page { @top-right { content: ${cssString(texts.title)}; } @bottom-right { content: ${counter}; } }`,
    `@page guide-contents { @top-left { content: ${cssString(texts.guidePdf.contents)}; } }`,
    ...parts.map((chapter) => `#${chapter.id} { page: ${chapter.id}; }\n@page ${chapter.id} { @top-left { content: ${cssString(chapter.title)}; } }`),
  ];
  return rules.join('\n');
}

export function guideDocument(input: GuideDocumentInput): GuideDocument {
  const {guide, texts, publisher, pageNumbers} = input;
  const targets = new Set<string>();
  const parts = chapters(input, targets);
  const lastChange = guide.pages
    .map((page) => page.lastUpdated)
    .filter((date): date is string => Boolean(date))
    .sort()
    .at(-1);
  const edition = formatDate(lastChange, guide.lang);

  const contents: Element[] = [];
  for (const chapter of parts) {
    targets.add(chapter.id);
    contents.push(contentsEntry(chapter.id, chapter.title, pageNumbers, `guide-contents-chapter`, chapter.depth));
    for (const section of chapter.sections) {
      targets.add(section.id);
      contents.push(contentsEntry(section.id, section.title, pageNumbers, `guide-contents-section`, chapter.depth + 1));
    }
  }

  const cover = h('section.guide-cover', [
    h('img.guide-cover-logo', {src: `${guide.siteBasePath}img/logo.svg`, alt: '', width: 96, height: 96}),
    h('p.guide-cover-title', texts.title),
    h('p.guide-cover-tagline', texts.tagline),
    edition ? h('p.guide-cover-edition', texts.guidePdf.edition(edition)) : null,
    h('div.guide-cover-colophon', [
      h('p', texts.guidePdf.publisher(publisher.team, publisher.name)),
      h('p', texts.guidePdf.licence(texts.licenceName)),
      h('p', [`${texts.guidePdf.onlineAt} `, h('a', {href: guide.publicUrl}, guide.publicUrl)]),
    ]),
  ]);

  const body = h('body.guide-pdf', [
    cover,
    h('nav.guide-contents', {ariaLabelledby: 'guide-contents-title'}, [h('h1#guide-contents-title', texts.guidePdf.contents), h('ol', contents)]),
    ...parts.map((chapter) =>
      h(
        'section.guide-chapter',
        {id: chapter.id, className: chapter.content ? [] : ['guide-part']},
        chapter.content ? [chapter.content] : [h(`h${Math.min(6, chapter.depth + 1)}`, chapter.title)],
      ),
    ),
  ]);

  const document = h('html', {lang: guide.lang, dataTheme: 'light'}, [
    h('head', [
      h('meta', {charSet: 'utf-8'}),
      h('title', texts.guidePdf.documentTitle),
      ...guide.stylesheets.map((href) => h('link', {rel: 'stylesheet', href})),
      h('style', `${guideStylesheet}\n${pageRules(input, parts)}`),
    ]),
    body,
  ]);
  return {html: `<!doctype html>\n${toHtml(document)}`, targets: [...targets]};
}
