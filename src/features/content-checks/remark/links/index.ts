/**
 * Links and images that lead nowhere stop the build here, each with its file, line and fix, in
 * French, before Docusaurus would say it in English after the build without a file: a link to a
 * page that does not exist, to a section (#id) its page does not have (in this edition: a French
 * id renamed breaks the French page's links, not the English one's), to a file that is not there;
 * an image not found, a translation's image among them (a translation looks for its images next to
 * itself). `npm run lint:content` runs it too (src/content-pipeline.ts).
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import type {Definition, Image, Link, Root} from 'mdast';
import type {Plugin} from 'unified';
import {visit} from 'unist-util-visit';
import {ContentProblems} from '../../../../shared/content-problems';
import {pageHeadings} from '../../../published-urls/public';
import {linkTargets, type LinkTargets} from '../../link-targets';

export interface LinksOptions {
  siteDir: string;
  /** The edition being built: links lead to its pages. */
  locale: string;
}

const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const pageExtension = /\.mdx?$/i;

/** A path as contributors read it: from the site's folder. */
const shown = (targets: LinkTargets, file: string) => {
  const relative = path.relative(targets.siteDir, file);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative).split(path.sep).join('/');
};

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The ids a page holds: its headings', and those its HTML or components give (`id="…"`). */
function ownIds(tree: Root): Set<string> {
  const ids = new Set(pageHeadings(tree).map((heading) => heading.id));
  visit(tree, (node) => {
    const value = (node as {value?: unknown}).value;
    if (node.type === 'html' && typeof value === 'string') for (const match of value.matchAll(/\sid=["']([^"']+)["']/g)) ids.add(match[1]!);
    // A component's attributes (MDX): a list; a GitBook tag's are a map, without ids.
    const attributes = (node as {attributes?: unknown}).attributes;
    if (!Array.isArray(attributes)) return;
    for (const attribute of attributes as Array<{name?: string; value?: unknown}>) {
      if (attribute.name === 'id' && typeof attribute.value === 'string') ids.add(attribute.value);
    }
  });
  return ids;
}

function anchorMessage(url: string, anchor: string, target: string, ids: Set<string>, targets: LinkTargets): string {
  const known = [...ids].slice(0, 12).map((id) => `#${id}`);
  return `Lien « ${url} » : ${target === '' ? 'cette page' : `la page ${shown(targets, target)}`} n’a pas de section #${anchor}${known.length > 0 ? ` (ses sections : ${known.join(', ')}${ids.size > known.length ? '…' : ''})` : ''}. Corrigez l’ancre, ou donnez l’identifiant {#${anchor}} au titre visé.`;
}

async function linkProblem(url: string, file: string, targets: LinkTargets, own: () => Set<string>): Promise<string | undefined> {
  if (external.test(url) || url.trim() === '') return undefined;
  const [, pathPart = '', anchorPart] = /^([^?#]*)(?:\?[^#]*)?(?:#(.*))?$/.exec(url) ?? [];
  const anchor = anchorPart === undefined || anchorPart === '' ? undefined : decode(anchorPart);
  if (pathPart === '') {
    return anchor && !own().has(anchor) ? anchorMessage(url, anchor, '', own(), targets) : undefined;
  }
  if (pathPart.startsWith('/')) {
    // An address of the site: a page, a plugin's page, a file of static/.
    const route = decode(pathPart)
      .replace(/\.html$/, '')
      .replace(/(.)\/$/, '$1');
    if (!(await targets.routeExists(route))) {
      return `Lien « ${url} » : aucune page du site à l’adresse ${route}. Vers une page du guide, écrivez plutôt le chemin de son fichier, relatif à cette page (par exemple ./definition.md) : la construction vérifie qu’il existe.`;
    }
    const target = await targets.fileOfRoute(route);
    if (anchor && target && pageExtension.test(target) && !targets.idsOf(target).has(anchor))
      return anchorMessage(url, anchor, target, targets.idsOf(target), targets);
    return undefined;
  }
  const resolved = path.resolve(path.dirname(file), decode(pathPart));
  if (pageExtension.test(pathPart)) {
    const target = targets.pageFile(resolved);
    if (!target) {
      return `Lien « ${url} » : aucune page à ce chemin (${shown(targets, resolved)}). Écrivez le chemin du fichier Markdown de la page, relatif à cette page (par exemple ./definition.md).`;
    }
    if (anchor && !targets.idsOf(target).has(anchor)) return anchorMessage(url, anchor, target, targets.idsOf(target), targets);
    return undefined;
  }
  if (!existsSync(resolved)) {
    return `Lien « ${url} » : fichier introuvable (${shown(targets, resolved)}). Placez le fichier à côté de la page, ou corrigez son chemin.`;
  }
  return undefined;
}

/** An image not found; a translation's, with where the French page's image is and how to reach it. */
function imageProblem(url: string, file: string, targets: LinkTargets): string | undefined {
  if (external.test(url) || url.startsWith('data:') || url.trim() === '') return undefined;
  const pathPart = decode(url.split(/[?#]/)[0]!);
  if (pathPart.startsWith('/')) {
    return existsSync(path.join(targets.siteDir, 'static', pathPart)) ? undefined : `Image « ${url} » introuvable dans static/ : corrigez son chemin.`;
  }
  const resolved = path.resolve(path.dirname(file), pathPart);
  if (existsSync(resolved)) return undefined;
  const translatedDir = path.join(targets.siteDir, 'i18n', targets.locale, 'docusaurus-plugin-content-docs', 'current');
  const relative = path.relative(translatedDir, file);
  if (targets.locale !== 'fr' && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    const french = path.resolve(path.dirname(path.join(targets.siteDir, 'docs', relative)), pathPart);
    if (existsSync(french)) {
      const fromHere = path.relative(path.dirname(file), french).split(path.sep).join('/');
      return `Image « ${url} » introuvable (${shown(targets, resolved)}) : une traduction cherche ses images à côté d’elle. Écrivez le chemin de l’image de la page française depuis la traduction, ![…](${fromHere}), ou copiez ${shown(targets, french)} en ${shown(targets, resolved)}.`;
    }
  }
  return `Image « ${url} » introuvable (${shown(targets, resolved)}) : placez l’image à côté de la page (par exemple dans assets/), ou corrigez son chemin.`;
}

const remarkLinks: Plugin<[LinksOptions], Root> = function remarkLinks(options) {
  return async (tree, file) => {
    if (!file.path) return;
    const targets = linkTargets(options.siteDir, options.locale);
    const problems = new ContentProblems(file);
    let ids: Set<string> | undefined;
    const own = () => (ids ??= ownIds(tree));
    const nodes: Array<Link | Definition | Image> = [];
    visit(tree, ['link', 'definition', 'image'], (node) => {
      nodes.push(node as Link | Definition | Image);
    });
    for (const node of nodes) {
      const problem = node.type === 'image' ? imageProblem(node.url, file.path, targets) : await linkProblem(node.url, file.path, targets, own);
      if (problem) problems.add(node, problem);
    }
  };
};

export default remarkLinks;
