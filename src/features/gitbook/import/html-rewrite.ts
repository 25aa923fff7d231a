/**
 * The addresses of a page's HTML, rewritten in its parsed tree (html.ts): links lead to the new
 * pages and files, images to their copies. Nothing is left that a browser would fetch from another
 * site: an image of another site that could not be downloaded, a frame, a video or an embed of
 * another site become a link to it (words: their description, else their file's name); a script,
 * a `<link>`, CSS that fetches (`url()`, `@import`) go. Each of those is said to a person.
 *
 * GitBook's card tables (`<table data-view="cards">`) show their cover column's link as the card's
 * image (src/features/gitbook/remark/html/convert.ts): that link is an image here too.
 */
import type {Element, ElementContent, Root} from 'hast';
import {toString as hastToString} from 'hast-util-to-string';
import {attributeOf, descendantsOf, elementsOf, type HtmlFragment, linkElement} from './html';
import type {Problem} from './page-types';
import {imageLabel, loaderMadeLink, loaderRemoved, remoteImageNotFetched} from './problems';
import {isRemote, type ImageTarget, type LinkTarget} from './resolve';

type Parent = Root | Element;

/** Where the page's addresses lead (resolve.ts, for the page being converted). */
export interface HtmlAddressing {
  link(url: string): LinkTarget;
  /** An image's place; a failure to download is said by the rewrite, which knows what became of the image. */
  image(url: string): ImageTarget;
  report(problem: Problem): void;
}

interface Rewrite {
  fragment: HtmlFragment;
  addressing: HtmlAddressing;
  /** Links of card tables' cover cells → their row. */
  covers: Map<Element, Element>;
  /** Whether the element being rewritten is inside a link: what replaces it is words, never a link in a link. */
  insideLink: boolean;
}

const mediaTags = new Set(['video', 'audio']);
const embedTags = new Set(['iframe', 'frame', 'embed', 'object', 'video', 'audio']);
const svgLoaders = new Set(['image', 'use', 'feImage']);
const hasProperty = (element: Element, name: string) => element.properties[name] !== undefined && element.properties[name] !== false;

/** CSS that fetches: `url(…)`, `@import`. */
export function cssLoads(css: string): boolean {
  const lower = css.toLowerCase();
  return lower.includes('url(') || lower.includes('@import');
}

const childrenNamed = (element: Element, tagName: string) => elementsOf(element.children).filter((child) => child.tagName === tagName);

/**
 * The links of the cover cells of GitBook's card tables, each with its row: the columns read from
 * the header row of `<thead>`, the rows from `<tbody>`, as the build reads them (convert.ts).
 */
export function coverLinks(tree: Root): Map<Element, Element> {
  const covers = new Map<Element, Element>();
  for (const table of descendantsOf(tree).filter((element) => element.tagName === 'table' && attributeOf(element, 'dataView') === 'cards')) {
    const head = childrenNamed(table, 'thead')[0];
    const headRow = head && childrenNamed(head, 'tr')[0];
    const column = headRow ? childrenNamed(headRow, 'th').findIndex((cell) => hasProperty(cell, 'dataCardCover')) : -1;
    if (column < 0) continue;
    const bodies = childrenNamed(table, 'tbody');
    for (const row of (bodies.length > 0 ? bodies : [table]).flatMap((body) => childrenNamed(body, 'tr'))) {
      const cell = childrenNamed(row, 'td')[column];
      for (const link of cell ? descendantsOf(cell).filter((element) => element.tagName === 'a') : []) covers.set(link, row);
    }
  }
  return covers;
}

/** The candidates of a `srcset`: its addresses, each with its width or density. */
export function srcsetOf(element: Element): string[] {
  const value = element.properties.srcSet;
  if (value === undefined || value === null || typeof value === 'boolean') return [];
  return (Array.isArray(value) ? value.map(String) : String(value).split(',')).map((candidate) => candidate.trim()).filter(Boolean);
}

const candidateUrl = (candidate: string) => candidate.split(/\s+/)[0] ?? '';

/**
 * Whether a `<source>` is a variant of a picture's image (in `<picture>`, or alone with a
 * `srcset`, as pictures write them) rather than a video's or a sound's file (`src`).
 */
function isPictureSource(source: Element, parent: Parent): boolean {
  if (parent.type === 'element' && parent.tagName === 'picture') return true;
  return !(parent.type === 'element' && mediaTags.has(parent.tagName)) && srcsetOf(source).length > 0;
}

/**
 * The addresses of the images of a fragment, as the rewrite reads them: `<img>` and `<source>`
 * (`src`, each of `srcset`'s), and card covers. What the import downloads when they are another site's.
 */
export function imageAddressesOf(tree: Root): string[] {
  const urls: string[] = [];
  const walk = (parent: Parent) => {
    for (const element of elementsOf(parent.children)) {
      const picture = element.tagName === 'img' || (element.tagName === 'source' && isPictureSource(element, parent));
      if (picture) urls.push(...[attributeOf(element, 'src') ?? '', ...srcsetOf(element).map(candidateUrl)].filter(Boolean));
      walk(element);
    }
  };
  walk(tree);
  for (const link of coverLinks(tree).keys()) urls.push(attributeOf(link, 'href') ?? '');
  return urls.filter(Boolean);
}

/** What a link that replaces an element says: the element's own description, else its file's name. */
function wordsFor(element: Element, url: string): string {
  const own = ['alt', 'title', 'ariaLabel'].map((name) => attributeOf(element, name)?.trim()).find(Boolean);
  return own ?? imageLabel(url);
}

/** Rewrites the fragment's addresses in its tree; the fragment then writes what changed. */
export function rewriteHtml(fragment: HtmlFragment, addressing: HtmlAddressing): void {
  const rewrite: Rewrite = {fragment, addressing, covers: coverLinks(fragment.tree), insideLink: false};
  rewriteChildren(fragment.tree, rewrite);
}

function rewriteChildren(parent: Parent, rewrite: Rewrite): void {
  for (const child of elementsOf([...parent.children])) rewriteElement(child, parent, rewrite);
}

function rewriteElement(element: Element, parent: Parent, rewrite: Rewrite): void {
  dropLoadingAttributes(element, rewrite);
  const tag = element.tagName;
  let descend = true;
  if (tag === 'script' || tag === 'link' || (tag === 'style' && cssLoads(textOf(element)))) descend = removeLoader(element, parent, rewrite);
  else if (svgLoaders.has(tag)) descend = rewriteSvgLoader(element, parent, rewrite);
  else if (embedTags.has(tag)) descend = rewriteEmbed(element, parent, rewrite);
  else if (tag === 'picture') descend = rewritePicture(element, parent, rewrite);
  else if (tag === 'img') descend = rewriteImg(element, parent, rewrite);
  else if (tag === 'source') descend = rewriteSource(element, parent, rewrite);
  else if (tag === 'a') descend = rewriteAnchor(element, parent, rewrite);
  else descend = rewriteOther(element, parent, rewrite);
  if (!descend) return;
  const insideLink = rewrite.insideLink;
  rewrite.insideLink ||= tag === 'a';
  rewriteChildren(element, rewrite);
  rewrite.insideLink = insideLink;
}

/** What the page shows instead of something it cannot load: a link to it, or its words inside a link. */
function linkOrWords(url: string, words: string, rewrite: Rewrite): ElementContent {
  return rewrite.insideLink ? {type: 'text', value: words} : linkElement(url, words);
}

const textOf = (element: Element): string => hastToString(element);

/** `style` that fetches, the old `background`, `ping`: attributes that make requests, taken out. */
function dropLoadingAttributes(element: Element, {fragment, addressing}: Rewrite): void {
  const style = attributeOf(element, 'style');
  if (style !== undefined && cssLoads(style)) {
    fragment.setProperty(element, 'style', undefined);
    addressing.report(
      loaderRemoved(
        `attribut style de <${element.tagName}>`,
        'ses url() ou @import chargeraient une image ou une feuille de style ; mettez l’image dans la page si elle sert.',
      ),
    );
  }
  for (const name of ['background', 'ping']) {
    const value = attributeOf(element, name);
    if (value === undefined) continue;
    fragment.setProperty(element, name, undefined);
    addressing.report(loaderRemoved(`attribut ${name} de <${element.tagName}> (${value})`, 'une page du site ne fait aucune requête vers un autre site.'));
  }
}

function removeLoader(element: Element, parent: Parent, {fragment, addressing}: Rewrite): false {
  fragment.replace(parent, element);
  const detail =
    element.tagName === 'script'
      ? 'une page du site n’exécute aucun script venu de son contenu ; si la page en a besoin, c’est une fonctionnalité du site à écrire.'
      : 'une page du site ne charge ni feuille de style ni fichier venus de son contenu.';
  addressing.report(loaderRemoved(`élément <${element.tagName}>`, detail));
  return false;
}

/** SVG's `<image>`, `<use>`: what they fetch from another site goes with them. */
function rewriteSvgLoader(element: Element, parent: Parent, rewrite: Rewrite): boolean {
  const url = attributeOf(element, 'href') ?? attributeOf(element, 'xLinkHref');
  if (!url || !isRemote(url)) return true;
  rewrite.fragment.replace(parent, element);
  rewrite.addressing.report(
    loaderRemoved(
      `élément SVG <${element.tagName}> (${url})`,
      'une page du site ne fait aucune requête vers un autre site ; enregistrez ce qu’il montrait dans l’image.',
    ),
  );
  return false;
}

/** A frame, a video, a sound or an embed of another site: a link to it; of the export: its address rewritten. */
function rewriteEmbed(element: Element, parent: Parent, rewrite: Rewrite): boolean {
  const attribute = element.tagName === 'object' ? 'data' : 'src';
  const own = attributeOf(element, attribute);
  const sources = mediaTags.has(element.tagName)
    ? elementsOf(element.children)
        .filter((child) => child.tagName === 'source')
        .map((child) => attributeOf(child, 'src'))
    : [];
  const remote = [own, ...sources].find((url) => url && isRemote(url));
  if (remote) {
    rewrite.fragment.replace(parent, element, [linkOrWords(remote, wordsFor(element, remote), rewrite)]);
    rewrite.addressing.report(loaderMadeLink(element.tagName, remote));
    return false;
  }
  const poster = attributeOf(element, 'poster');
  if (poster) setImage(element, 'poster', poster, rewrite);
  if (own) setLink(element, attribute, own, rewrite);
  return true;
}

/** A link's address rewritten in place; undefined when it leads nowhere. */
function setLink(element: Element, attribute: string, url: string, {fragment, addressing}: Rewrite): string | undefined {
  const target = addressing.link(url);
  if (target === 'gone') return undefined;
  if (target.url !== url) fragment.setProperty(element, attribute, target.url);
  return target.url;
}

/** An image's address in an attribute: its copy's, or the attribute goes (reported) when it cannot be shown. */
function setImage(element: Element, attribute: string, url: string, {fragment, addressing}: Rewrite): ImageTarget {
  const target = addressing.image(url);
  if (target === 'failed') addressing.report(remoteImageNotFetched(url, 'dropped'));
  if (typeof target === 'object') {
    if (target.url !== url) fragment.setProperty(element, attribute, target.url);
  } else {
    fragment.setProperty(element, attribute, undefined);
  }
  return target;
}

/**
 * The candidates of a `srcset` that can be shown, the others left out. Returns the addresses of
 * those of another site that could not be downloaded; `fallback`: the element shows its image
 * otherwise (its `src`), so that a failed candidate is only a variant left out.
 */
function rewriteSrcset(element: Element, rewrite: Rewrite, fallback: boolean): string[] {
  const candidates = srcsetOf(element);
  if (candidates.length === 0) return [];
  const kept: string[] = [];
  const failed: string[] = [];
  for (const candidate of candidates) {
    const url = candidateUrl(candidate);
    const target = rewrite.addressing.image(url);
    if (target === 'failed') failed.push(url);
    if (typeof target === 'object') kept.push(target.url + candidate.slice(url.length));
  }
  if (fallback || kept.length > 0) for (const url of failed) rewrite.addressing.report(remoteImageNotFetched(url, 'dropped'));
  if (kept.join(', ') !== candidates.join(', ')) rewrite.fragment.setProperty(element, 'srcSet', kept.length > 0 ? kept.join(', ') : undefined);
  return kept.length > 0 || fallback ? [] : failed;
}

/** What became of an `<img>`: shown (its addresses rewritten), gone with GitBook's lost image, or another site's that failed. */
function rewriteImgAddresses(img: Element, rewrite: Rewrite): 'shown' | 'gone' | {failed: string} {
  const src = attributeOf(img, 'src');
  const target = src ? rewrite.addressing.image(src) : undefined;
  if (src && target === 'failed') {
    rewrite.addressing.report(remoteImageNotFetched(src, rewrite.insideLink ? 'words' : 'link'));
    return {failed: src};
  }
  if (target === 'gone') return 'gone';
  if (src && typeof target === 'object' && target.url !== src) rewrite.fragment.setProperty(img, 'src', target.url);
  const failed = rewriteSrcset(img, rewrite, Boolean(src));
  if (failed.length > 0) {
    for (const url of failed) rewrite.addressing.report(remoteImageNotFetched(url, rewrite.insideLink ? 'words' : 'link'));
    return {failed: failed[0]!};
  }
  return 'shown';
}

function rewriteImg(img: Element, parent: Parent, rewrite: Rewrite): false {
  const outcome = rewriteImgAddresses(img, rewrite);
  if (outcome === 'gone') rewrite.fragment.replace(parent, img);
  else if (outcome !== 'shown') rewrite.fragment.replace(parent, img, [linkOrWords(outcome.failed, wordsFor(img, outcome.failed), rewrite)]);
  return false;
}

/** `<picture>`: its sources, then its image; an image that cannot be shown takes the whole picture with it. */
function rewritePicture(picture: Element, parent: Parent, rewrite: Rewrite): false {
  for (const source of elementsOf([...picture.children]).filter((child) => child.tagName === 'source')) rewriteSource(source, picture, rewrite);
  const img = descendantsOf(picture).find((element) => element.tagName === 'img');
  if (!img) return false;
  const outcome = rewriteImgAddresses(img, rewrite);
  if (outcome === 'gone') rewrite.fragment.replace(parent, picture);
  else if (outcome !== 'shown') rewrite.fragment.replace(parent, picture, [linkOrWords(outcome.failed, wordsFor(img, outcome.failed), rewrite)]);
  return false;
}

/** A `<source>`: of a picture, a variant of its image; of a video or a sound, a file (of another site: a link to it). */
function rewriteSource(source: Element, parent: Parent, rewrite: Rewrite): false {
  const src = attributeOf(source, 'src');
  if (!isPictureSource(source, parent)) {
    if (src) rewriteOther(source, parent, rewrite);
    return false;
  }
  if (src) setImage(source, 'src', src, rewrite);
  rewriteSrcset(source, rewrite, true);
  if (attributeOf(source, 'src') === undefined && srcsetOf(source).length === 0) rewrite.fragment.replace(parent, source);
  return false;
}

function rewriteAnchor(anchor: Element, parent: Parent, rewrite: Rewrite): boolean {
  const href = attributeOf(anchor, 'href');
  if (href === undefined) return true;
  const row = rewrite.covers.get(anchor);
  if (row) return rewriteCover(anchor, parent, row, href, rewrite);
  if (setLink(anchor, 'href', href, rewrite) !== undefined) return true;
  // A link GitBook could not resolve: its words stay, without a link to nowhere.
  const words = [...anchor.children];
  rewrite.fragment.unwrap(parent, anchor);
  for (const child of elementsOf(words)) rewriteElement(child, parent, rewrite);
  return false;
}

/**
 * A card's cover, which the build shows as the card's image: its copy; when another site's image
 * could not be downloaded, the card shows a link to it, in a cell of its own, instead.
 */
function rewriteCover(anchor: Element, parent: Parent, row: Element, href: string, rewrite: Rewrite): false {
  const target = rewrite.addressing.image(href);
  if (typeof target === 'object') {
    if (target.url !== href) rewrite.fragment.setProperty(anchor, 'href', target.url);
    return false;
  }
  rewrite.fragment.replace(parent, anchor);
  if (target === 'failed') {
    rewrite.addressing.report(remoteImageNotFetched(href, 'link'));
    const cell: ElementContent = {type: 'element', tagName: 'td', properties: {}, children: [linkElement(href, textOf(anchor).trim() || imageLabel(href))]};
    rewrite.fragment.append(row, cell);
  }
  return false;
}

/** Any other element: a `src` of another site loads (a link instead), others and `href` are addresses. */
function rewriteOther(element: Element, parent: Parent, rewrite: Rewrite): boolean {
  const src = attributeOf(element, 'src');
  if (src && isRemote(src)) {
    rewrite.fragment.replace(parent, element, [linkOrWords(src, wordsFor(element, src), rewrite)]);
    rewrite.addressing.report(loaderMadeLink(element.tagName, src));
    return false;
  }
  if (src) setLink(element, 'src', src, rewrite);
  const href = attributeOf(element, 'href');
  if (href) setLink(element, 'href', href, rewrite);
  return true;
}
