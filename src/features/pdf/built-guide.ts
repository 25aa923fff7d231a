/**
 * The guide as the production build shows it, for one edition: its pages in reading order (read
 * from the site map, which follows the sidebar), each page's article, the site's stylesheets and
 * the public address of the edition.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Element, ElementContent, Root} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {select, selectAll} from 'hast-util-select';
import {toString} from 'hast-util-to-string';
import {builtHtmlFile} from '../../shared/html-file';

/** One entry of the guide's outline: a page, or a part without its own page (an imported space). */
export interface OutlineItem {
  title: string;
  /** Path of the page on the site (`/definition`, `/en/definition`); absent for a part. */
  path?: string;
  /** 0 for a top-level entry, 1 for a page inside a part… */
  depth: number;
}

export interface GuidePage extends OutlineItem {
  /** The page's article: `.theme-doc-markdown`, with its `<h1>`. */
  article?: Element;
  /** ISO date of the page's last change, when the build shows it. */
  lastUpdated?: string;
}

export interface BuiltGuide {
  /** The edition's folder in the build: the build itself, or its `en/` folder. */
  editionDir: string;
  /** Path of the site on its host, with slashes: `/`, or `/communs/` for `BASE_URL=/communs/`. */
  siteBasePath: string;
  /** Path of the edition: the site's, followed by `en/` for English. */
  editionBasePath: string;
  /** Public address of the edition's home page, from its canonical link. */
  publicUrl: string;
  /** `lang` of the edition's pages (`fr-FR`, `en-GB`). */
  lang: string;
  /** Stylesheets of the pages, as paths on the site. */
  stylesheets: string[];
  pages: GuidePage[];
}

export class GuideReadError extends Error {}

function parseFile(file: string): Root {
  return fromHtml(readFileSync(file, 'utf8'));
}

/** The HTML file the build wrote for a page path of the site (`/definition` → `definition.html`). */
function builtFile(buildDir: string, siteBasePath: string, pagePath: string): string | undefined {
  return builtHtmlFile(buildDir, decodeURIComponent(pagePath.startsWith(siteBasePath) ? pagePath.slice(siteBasePath.length) : pagePath));
}

/** The `<ul>` that follows the site map's heading « Le guide » (`id="le-guide"`, the same in every edition). */
function outlineList(siteMap: Root, file: string): Element {
  const main = select('main', siteMap);
  const children = main ? selectAll('*', main) : [];
  const heading = children.findIndex((element) => element.tagName === 'h2' && element.properties.id === 'le-guide');
  const list = heading >= 0 ? children.slice(heading + 1).find((element) => element.tagName === 'ul') : undefined;
  if (!list) {
    throw new GuideReadError(
      `${file} : le plan du site n’a pas de liste après son titre « le-guide ». Le plan du guide vient de cette page ; construisez le site avec npm run build.`,
    );
  }
  return list;
}

function readOutline(list: Element, depth: number): OutlineItem[] {
  const items: OutlineItem[] = [];
  for (const item of list.children) {
    if (item.type !== 'element' || item.tagName !== 'li') continue;
    const elements = item.children.filter((child): child is Element => child.type === 'element');
    const link = elements.find((child) => child.tagName === 'a');
    const label = link ?? elements.find((child) => child.tagName === 'span');
    if (label) {
      items.push({title: toString(label).trim(), path: link ? String(link.properties.href) : undefined, depth});
    }
    const sublist = elements.find((child) => child.tagName === 'ul');
    if (sublist) items.push(...readOutline(sublist, depth + 1));
  }
  return items;
}

/** Removes the parts of an article that only make sense on screen: the « # » links of the headings. */
function withoutScreenControls(article: Element): Element {
  const strip = (children: ElementContent[]): ElementContent[] =>
    children
      .filter(
        (child) =>
          !(
            child.type === 'element' &&
            String(child.properties.className ?? '')
              .split(' ')
              .includes('hash-link')
          ),
      )
      .map((child) => (child.type === 'element' ? {...child, children: strip(child.children)} : child));
  return {...article, children: strip(article.children)};
}

/**
 * Reads one edition of a production build. `editionPath` is `''` for the default edition, `en/`
 * for English.
 */
export function readBuiltGuide(buildDir: string, editionPath = ''): BuiltGuide {
  const editionDir = path.join(buildDir, editionPath);
  const homeFile = path.join(editionDir, 'index.html');
  if (!existsSync(homeFile)) {
    throw new GuideReadError(`${homeFile} n’existe pas : construisez d’abord le site (npm run build), puis lancez npm run pdf.`);
  }
  const home = parseFile(homeFile);
  const canonical = select('link[rel=canonical]', home)?.properties.href;
  if (typeof canonical !== 'string') {
    throw new GuideReadError(`${homeFile} n’a pas de lien canonique : impossible de connaître l’adresse publique du guide.`);
  }
  const publicUrl = new URL(canonical);
  const editionBasePath = publicUrl.pathname.endsWith('/') ? publicUrl.pathname : `${publicUrl.pathname}/`;
  if (!editionBasePath.endsWith(`/${editionPath}`)) {
    throw new GuideReadError(`${homeFile} : l’adresse canonique ${canonical} ne finit pas par /${editionPath}.`);
  }
  const siteBasePath = editionBasePath.slice(0, editionBasePath.length - editionPath.length);
  const lang = String(select('html', home)?.properties.lang ?? '');
  const stylesheets = selectAll('link[rel=stylesheet]', home).map((link) => String(link.properties.href));

  const siteMapFile = builtFile(editionDir, editionBasePath, `${editionBasePath}plan-du-site`);
  if (!siteMapFile) {
    throw new GuideReadError(`${editionDir} : pas de plan du site (plan-du-site.html), d’où vient l’ordre des pages du guide.`);
  }
  const outline = readOutline(outlineList(parseFile(siteMapFile), siteMapFile), 0);
  if (outline.length === 0) {
    throw new GuideReadError(`${siteMapFile} : le plan du site ne liste aucune page du guide.`);
  }

  const pages = outline.map((item): GuidePage => {
    if (!item.path) return item;
    const file = builtFile(buildDir, siteBasePath, item.path);
    if (!file) {
      throw new GuideReadError(`${siteMapFile} : la page ${item.path} du plan n’a pas de fichier dans ${buildDir}.`);
    }
    const page = parseFile(file);
    const article = select('article .theme-doc-markdown', page);
    if (!article) {
      throw new GuideReadError(`${file} : la page n’a pas d’article (.theme-doc-markdown) ; est-ce bien une page du guide ?`);
    }
    const time = select('time[itemprop=dateModified]', page)?.properties.dateTime;
    return {...item, article: withoutScreenControls(article), lastUpdated: typeof time === 'string' ? time : undefined};
  });
  return {editionDir, siteBasePath, editionBasePath, publicUrl: publicUrl.href, lang, stylesheets, pages};
}
