/**
 * What a built page would make the browser fetch from another site, and what it would run that the
 * site did not write: one reading of the page's text (its tags, not a whole parse: the check reads
 * every page of every build), for the page step (page-step.ts).
 *
 * Loads: `src` and `srcset` of images and sources, frames, media (and `poster`), embeds, objects'
 * `data`, scripts, `<link>` that fetch (style sheets, icons, preloads, connections), SVG's `href`,
 * `ping`, the old `background`, and `url()` or `@import` in `style` attributes and `<style>`
 * elements. `data:` and the site's own addresses load nothing from elsewhere.
 */
import {scriptElements, startTags} from '../../shared/built-html';

export interface OutsideRequest {
  /** The element, by its tag name. */
  element: string;
  /** What makes the request: an attribute, `style`, or the element's content (`<style>`). */
  attribute: string;
  /** The address on the other site. */
  url: string;
  /** What the element says of itself (its `alt`, `title`, `aria-label`), to describe it in a link. */
  label: string | undefined;
  /** The element's span in the page's text (for a void element, its tag). */
  start: number;
  end: number;
}

export interface ContentScript {
  /** Its start, for the message. */
  excerpt: string;
  start: number;
  end: number;
}

/** Link types that fetch something when the page loads (or open a connection to another site). */
const fetchingLinkTypes = new Set([
  'stylesheet',
  'icon',
  'shortcut',
  'apple-touch-icon',
  'mask-icon',
  'manifest',
  'preload',
  'prefetch',
  'modulepreload',
  'preconnect',
  'dns-prefetch',
  'prerender',
]);

/** The addresses of a `srcset`: each candidate's URL, without its width or density. */
const srcsetUrls = (value: string) =>
  value
    .split(/,(?=\s|[^,]*$)|,\s*/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);

/** `url(…)` and `@import "…"` in CSS. */
function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(["'])(.*?)\1\s*\)|url\(\s*([^)"']*?)\s*\)/gi)) urls.push((match[2] ?? match[3] ?? '').trim());
  for (const match of css.matchAll(/@import\s+(["'])(.*?)\1/gi)) urls.push(match[2]!.trim());
  return [...new Set(urls.filter(Boolean))];
}

/** Elements that show something: a link to what they show can take their place. */
export const shownElements = new Set(['img', 'iframe', 'frame', 'video', 'audio', 'embed', 'object', 'input', 'image', 'feimage']);

const imageElements = new Set(['img', 'source', 'image', 'picture']);

/** What to do with an element that loads from another site, in the contributor's words: both checks say it so. */
export function outsideLoadFix(element: string): string {
  if (imageElements.has(element))
    return 'enregistrez l’image avec la page (dans son dossier) et montrez-la par son chemin, ![description](./image.png), ou remplacez-la par un lien vers elle';
  if (shownElements.has(element)) return 'remplacez-le par un lien vers ce qu’il montre, [Voir la vidéo sur le site X](adresse)';
  return 'retirez-le : le site apporte lui-même ses styles, ses polices et ses scripts';
}

/** Whether an address leads to another site than `siteOrigin` (`https://example.org`). */
export function isOutside(url: string, siteOrigin: string): boolean {
  const trimmed = url.trim();
  if (!/^(?:[a-z][a-z0-9+.-]*:|\/\/|\\\\)/i.test(trimmed)) return false;
  if (/^data:/i.test(trimmed)) return false;
  try {
    return new URL(trimmed.replace(/^\\\\/, '//'), `${siteOrigin}/`).origin !== siteOrigin;
  } catch {
    return true;
  }
}

/** For one start tag: the attributes that fetch, and their addresses (names in lower case). */
export function loadsOf(tagName: string, attributes: Map<string, string>): Array<{attribute: string; url: string}> {
  const loads: Array<{attribute: string; url: string}> = [];
  const add = (attribute: string, urls: string[]) => urls.forEach((url) => loads.push({attribute, url}));
  const value = (name: string) => attributes.get(name);
  const single = (name: string) => (value(name) ? [value(name)!] : []);
  if (['img', 'source', 'iframe', 'frame', 'video', 'audio', 'track', 'embed', 'script', 'input'].includes(tagName)) add('src', single('src'));
  if (tagName === 'img' || tagName === 'source') add('srcset', srcsetUrls(value('srcset') ?? ''));
  if (tagName === 'video') add('poster', single('poster'));
  if (tagName === 'object') add('data', single('data'));
  if (tagName === 'link') {
    const types = (value('rel') ?? '').toLowerCase().split(/\s+/);
    if (types.some((type) => fetchingLinkTypes.has(type))) add('href', single('href'));
    if (types.includes('preload') || types.includes('icon')) add('imagesrcset', srcsetUrls(value('imagesrcset') ?? ''));
  }
  if (tagName === 'image' || tagName === 'use' || tagName === 'feimage') add('href', [...single('href'), ...single('xlink:href')]);
  if (tagName === 'base') add('href', single('href'));
  add('ping', (value('ping') ?? '').split(/\s+/).filter(Boolean));
  add('background', single('background'));
  add('style', cssUrls(value('style') ?? ''));
  return loads;
}

/** Elements whose element span is what a draft replaces, for these attributes. */
const wholeElementAttributes = new Set(['src', 'srcset', 'data', 'href']);

/** What a built page would fetch from another site than `siteOrigin`. */
export function outsideRequests(html: string, siteOrigin: string): OutsideRequest[] {
  const requests: OutsideRequest[] = [];
  for (const tag of startTags(html)) {
    const {tagName, attributes, start, tagEnd} = tag;
    const label = attributes.get('alt')?.trim() || attributes.get('title')?.trim() || attributes.get('aria-label')?.trim() || undefined;
    for (const load of loadsOf(tagName, attributes)) {
      if (isOutside(load.url, siteOrigin))
        requests.push({element: tagName, ...load, label, start, end: wholeElementAttributes.has(load.attribute) ? tag.end() : tagEnd});
    }
    if (tagName === 'style') {
      const end = tag.end();
      for (const url of cssUrls(html.slice(tagEnd, end)))
        if (isOutside(url, siteOrigin)) requests.push({element: 'style', attribute: 'url()', url, label, start, end});
    }
  }
  return requests;
}

/** The runnable scripts of a built page that the site's template did not write: content's. */
export function contentScripts(html: string): ContentScript[] {
  return scriptElements(html)
    .filter((script) => script.runnable && !script.fromSite)
    .map((script) => ({excerpt: html.slice(script.start, Math.min(script.end, script.start + 80)).replace(/\s+/g, ' '), start: script.start, end: script.end}));
}
