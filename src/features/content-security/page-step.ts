/**
 * The content-security step of the pass over the built pages (src/features/built-pages), first, on
 * the pages as Docusaurus wrote them: whatever a page's source holds and whatever converted it, a
 * page that would fetch something from another site, or run a script that the site's template did
 * not write, stops a publication build, with the page, the element and the source file and line
 * where the address is written. A draft (PUBLICATION_DRAFT=1) replaces each such element by a link
 * to what it showed (with its description), takes out the rest, and lists them: a draft too makes
 * no request elsewhere. The Markdown check (remark/no-script) says the scripts earlier, at their line.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, RouteConfig} from '@docusaurus/types';
import {escapeHtml} from '../../shared/built-html';
import type {PageStep} from '../../shared/built-html/page-steps';
import {announceStop} from '../../shared/content-problems';
import {builtHtmlFile} from '../../shared/html-file';
import {isDraft} from '../../shared/settings/site';
import {fileNameOfUrl} from '../../shared/url-file-name';
import {applySplices, type Splice} from '../../shared/text-splices';
import {contentScripts, outsideLoadFix, outsideRequests, shownElements, type OutsideRequest} from './outside-requests';

/** Elements that only fetch: a draft drops them. */
const droppedElements = new Set(['source', 'track', 'link', 'script', 'base', 'style', 'use']);

const host = (url: string) => {
  try {
    return new URL(url, 'https://x.invalid').host;
  } catch {
    return url;
  }
};

/** What a draft writes in place of an element: a link for what it showed, nothing for the rest. */
function draftReplacement(html: string, request: OutsideRequest): string {
  if (
    shownElements.has(request.element) &&
    (request.attribute === 'src' || request.attribute === 'srcset' || request.attribute === 'data' || request.attribute === 'href')
  ) {
    const what = request.element === 'img' || request.element === 'image' ? 'Image' : 'Contenu';
    const text = `${what} d’un autre site (${host(request.url)}) : ${request.label ?? (fileNameOfUrl(request.url) || request.url)}`;
    return `<a href="${escapeHtml(request.url)}">${escapeHtml(text)}</a>`;
  }
  if (droppedElements.has(request.element) && request.attribute !== 'style' && request.attribute !== 'ping' && request.attribute !== 'background') return '';
  // An attribute (`style`, `poster`, `ping`, `background`): the element stays, without it.
  const tag = html.slice(request.start, request.end);
  const name = request.attribute === 'url()' ? 'style' : request.attribute;
  return tag.replace(new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s>]+)`, 'i'), '');
}

/** The page's elements replaced or trimmed, outer elements first; one inside a replaced one goes with it. */
function draftPage(html: string, requests: OutsideRequest[]): string {
  const splices: Splice[] = [];
  const ordered = [...requests].sort((a, b) => a.start - b.start || b.end - a.end);
  let coveredUntil = -1;
  for (const request of ordered) {
    if (request.start < coveredUntil) continue;
    splices.push({start: request.start, end: request.end, text: draftReplacement(html, request)});
    coveredUntil = request.end;
  }
  return applySplices(html, splices);
}

/** Each route's source file (relative to the site), by its built HTML file. */
function sourcesByFile(routes: RouteConfig[], outDir: string, baseUrl: string, siteDir: string): Map<string, string> {
  const sources = new Map<string, string>();
  const walk = (route: RouteConfig) => {
    const source = route.metadata?.sourceFilePath;
    if (source) {
      const file = builtHtmlFile(outDir, decodeURIComponent(route.path.slice(baseUrl.length)));
      if (file) sources.set(file, path.isAbsolute(source) ? source : path.join(siteDir, source));
    }
    route.routes?.forEach(walk);
  };
  routes.forEach(walk);
  return sources;
}

/** The first line of a source file that writes an address (as written, or with `&amp;`). */
function lineOf(lines: string[] | undefined, url: string): number | undefined {
  if (!lines) return undefined;
  const forms = [url, url.replace(/&/g, '&amp;')];
  const index = lines.findIndex((line) => forms.some((form) => line.includes(form)));
  return index === -1 ? undefined : index + 1;
}

interface Found {
  /** `docs/page.md:12`, or the built page when the source is not known. */
  place: string;
  /** The element and its address: `<img src> https://…`. */
  what: string;
  /** Why and what to do, the same for every element of its kind. */
  why: string;
}

export function contentSecurityPageStep(context: LoadContext): PageStep {
  const siteOrigin = new URL(context.siteConfig.url).origin;
  const draft = isDraft();
  let sources = new Map<string, string>();
  const sourceLines = new Map<string, string[] | undefined>();
  let found: Found[] = [];
  let outDir = '';

  const linesOf = (source: string | undefined) => {
    if (!source) return undefined;
    if (!sourceLines.has(source)) {
      try {
        sourceLines.set(source, readFileSync(source, 'utf8').split('\n'));
      } catch {
        sourceLines.set(source, undefined);
      }
    }
    return sourceLines.get(source);
  };

  return {
    name: 'content-security',
    start(props) {
      outDir = props.outDir;
      sources = sourcesByFile(props.routes, props.outDir, context.baseUrl, context.siteDir);
      sourceLines.clear();
      found = [];
    },
    page({file, html}) {
      const requests = outsideRequests(html, siteOrigin);
      const scripts = contentScripts(html);
      if (requests.length === 0 && scripts.length === 0) return undefined;
      const source = sources.get(file);
      const page = path.relative(outDir, file).split(path.sep).join('/');
      const where = (url?: string) => {
        const line = url === undefined ? undefined : lineOf(linesOf(source), url);
        return source ? `${path.relative(context.siteDir, source).split(path.sep).join('/')}${line ? `:${line}` : ''}` : page;
      };
      for (const request of requests) {
        found.push({
          place: where(request.url),
          what: `<${request.element}${request.attribute === 'url()' ? '' : ` ${request.attribute}`}> ${request.url}`,
          why: `chargé d’un autre site (page ${page}) : le site ne fait aucune requête ailleurs ; ${outsideLoadFix(request.element)}.`,
        });
      }
      for (const script of scripts) {
        found.push({
          place: where(),
          what: script.excerpt,
          why: `script que le site n’a pas écrit (page ${page}) : une page n’exécute que le code du site ; retirez-le du contenu.`,
        });
      }
      if (!draft) return undefined;
      const cleaned = draftPage(html, requests);
      return scripts.length === 0 ? cleaned : takeOutScripts(cleaned);
    },
    finish() {
      if (found.length === 0) return;
      const lines = groupByPlace(found);
      if (draft) {
        console.warn(
          `[content-security] Brouillon : ${found.length} élément(s) d’un autre site ou script du contenu, remplacés par un lien ou retirés :\n${lines.join('\n')}`,
        );
        return;
      }
      announceStop(lines);
      throw new Error(
        `Des pages feraient charger ou exécuter ce que le site n’a pas écrit (${found.length}), chacune avec son fichier et sa ligne :\n${lines.join('\n')}\nCorrigez chaque ligne, puis reconstruisez.`,
      );
    },
  };
}

/** The content scripts taken out of a draft page (after its requests: their places have moved). */
function takeOutScripts(html: string): string {
  return applySplices(
    html,
    contentScripts(html).map((script) => ({start: script.start, end: script.end, text: ''})),
  );
}

/** One line per place and kind of problem: the elements found at the same file and line, together. */
function groupByPlace(found: Found[]): string[] {
  const byPlace = new Map<string, {place: string; why: string; whats: Set<string>}>();
  for (const item of found) {
    const key = `${item.place}\u0000${item.why}`;
    const group = byPlace.get(key) ?? {place: item.place, why: item.why, whats: new Set<string>()};
    group.whats.add(item.what);
    byPlace.set(key, group);
  }
  return [...byPlace.values()].map(({place, why, whats}) => {
    const list = [...whats];
    return list.length === 1
      ? `${place} ${list[0]} : ${why}`
      : `${place} ${list.length} éléments, ${list.map((what, index) => `${index + 1}) ${what}`).join(', ')} : ${why}`;
  });
}
