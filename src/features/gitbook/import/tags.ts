/**
 * GitBook's tags in a page (`{% hint %}`, `{% content-ref %}`, `{% include %}`…): those the site
 * renders (src/features/gitbook/remark/blocks) stay, their addresses rewritten; `{% page-ref %}`
 * becomes `{% content-ref %}`; a reusable block is inserted in its place; adaptive content stays,
 * said to a person; the others are reported, since the build stops on them.
 */
import path from 'node:path';
import type {GitbookTag} from '../../../shared/markdown/gitbook-tag-syntax';
import {renderedTags} from '../remark/blocks';
import {parseTag} from '../remark/blocks/tag';
import {addressProblem, decode, isExternal, rewriteAddress, writeDestination, type Address} from './addresses';
import {offsetsOf} from './markdown';
import {addCounts, count, type PageWork} from './page-types';

function unescapeAttribute(value: string): string {
  return value.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function writeTag(name: string, attributes: Record<string, string>): string {
  const written = Object.entries(attributes).map(([key, value]) => ` ${key}="${value.replaceAll('"', '&quot;')}"`);
  return `{% ${name}${written.join('')} %}`;
}

/** Tags with an address: the attribute that holds it, and what it leads to. */
const addressed: Record<string, ['src' | 'url', 'page' | 'file']> = {'content-ref': ['url', 'page'], file: ['src', 'file'], openapi: ['src', 'file']};

/** A tag of the page, with its address rewritten, reported or inserted as it needs. */
export function tagEdit(node: GitbookTag, work: PageWork): void {
  // Adaptive content: its condition is an expression, not attributes. The content stays (the build
  // shows it to every reader); the condition is said, once for the whole space (convert.ts).
  const condition = /^if\s+(.+)$/is.exec(node.value)?.[1];
  if (condition) {
    work.report(
      node,
      `contenu adaptatif {% if ${condition.trim()} %} : GitBook ne le montre qu’à certains lecteurs, le site le montre à tous ; vérifiez qu’il convient à tous.`,
    );
    count(work.counts, 'blocs {% if %}');
    return;
  }
  const offsets = offsetsOf(node);
  const parsed = parseTag(node.value);
  if (!offsets || !parsed.ok) return; // the build reports unreadable tags, with the line
  const {name} = parsed.tag;
  const attributes = Object.fromEntries(Object.entries(parsed.tag.attributes).map(([key, value]) => [key, unescapeAttribute(value)]));
  const raw = work.body.slice(offsets[0], offsets[1]);
  const indent = /^[ \t]*/.exec(raw)![0];
  const replace = (text: string) => work.edits.push({start: offsets[0], end: offsets[1], text: indent + text});
  if (name === 'include') return insertInclude(parsed.tag.argument, node, replace, work);
  if (name === 'page-ref') return pageRefEdit(node, attributes, indent, replace, work);
  if (!renderedTags.has(name)) {
    // The closing tag of an unknown block is part of the same problem, reported at its opening.
    if (!name.startsWith('end'))
      work.report(node, `balise GitBook {% ${name} %} non prise en charge par le site : remplacez-la par du Markdown (la construction s'arrêtera sur elle).`);
    return;
  }
  if (!name.startsWith('end')) count(work.counts, `blocs {% ${name} %}`);
  const [key, kind] = addressed[name] ?? [];
  if (key && kind && !(name === 'openapi' && isExternal(attributes[key]?.replace(/^<(.*)>$/, '$1') ?? ''))) {
    const target = tagAddress(node, name, attributes[key], kind, work);
    if (target) attributes[key] = target.url;
  }
  const rewritten = writeTag(name, attributes);
  if (rewritten !== raw.trim()) replace(rewritten);
}

/** The new address of a tag's attribute, or undefined (reported) when it has none. */
function tagAddress(node: GitbookTag, name: string, attribute: string | undefined, kind: 'page' | 'file', work: PageWork): Address | undefined {
  const value = attribute?.replace(/^<(.*)>$/, '$1');
  if (!value) return undefined;
  const result = rewriteAddress(value, work.context, work.counts);
  if (result === 'missing') {
    work.report(node, `{% ${name} %} : « ${value} » introuvable dans l'export ; corrigez le chemin ${kind === 'page' ? 'de la page' : 'du fichier'}.`);
    return undefined;
  }
  const problem = addressProblem(value, result);
  if (problem) work.report(node, problem);
  if (result === 'unlisted' || result === 'broken') return undefined;
  return result ?? {url: value};
}

/** GitBook's older form of content-ref, which the site renders. */
function pageRefEdit(node: GitbookTag, attributes: Record<string, string>, indent: string, replace: (text: string) => void, work: PageWork): void {
  const target = tagAddress(node, 'page-ref', attributes.page, 'page', work);
  if (!target) return;
  const title = target.title ?? attributes.page!;
  replace(`${writeTag('content-ref', {url: target.url})}\n${indent}[${title}](${writeDestination(target.url)})\n${indent}{% endcontent-ref %}`);
  count(work.counts, '{% page-ref %} devenus {% content-ref %}');
}

/**
 * `{% include "…/.gitbook/includes/bloc.md" %}`: the reusable block, converted for this page (its
 * links lead from here), put in the tag's place, indented as the tag was. A block of another space
 * (`https://app.gitbook.com/s/…/~/reusable/…`) cannot be read from the export: a person copies it.
 */
function insertInclude(target: string | undefined, node: GitbookTag, replace: (text: string) => void, work: PageWork): void {
  const {context} = work;
  // What cannot be inserted leaves a comment in its place, that readers do not see: the place where
  // a person copies the content (the build would stop on the tag).
  const leaveMark = (what: string) => replace(`<!-- À reprendre : ${what.replaceAll('--', '‑‑')} -->`);
  if (!target || isExternal(target)) {
    work.report(
      node,
      `contenu réutilisable d’un autre espace GitBook (« ${target ?? '?'} ») : l’export ne le contient pas ; recopiez-le dans la page, à la place du commentaire « À reprendre » laissé à cette ligne.`,
    );
    return leaveMark(`contenu réutilisable d’un autre espace GitBook, ${target ?? '?'}`);
  }
  const includePath = path.posix.normalize(path.posix.join(path.posix.dirname(context.source), decode(target)));
  if ((context.including ?? []).includes(includePath) || includePath === context.source) {
    work.report(node, `contenu réutilisable « ${target} » qui s’inclut lui-même : il n’est pas inséré une seconde fois.`);
    return replace('');
  }
  const included = context.links.include?.(includePath, context);
  if (!included) {
    work.report(
      node,
      `contenu réutilisable « ${target} » introuvable dans l’export : recopiez son texte dans la page, à la place du commentaire « À reprendre » laissé à cette ligne, ou supprimez ce commentaire.`,
    );
    return leaveMark(`contenu réutilisable introuvable dans l’export, ${target}`);
  }
  const indent = ' '.repeat(Math.max(0, (node.position?.start.column ?? 1) - 1));
  const lines = included.body.trimEnd().split('\n');
  replace(lines.map((line, index) => (index === 0 || line === '' ? line : indent + line)).join('\n'));
  work.problems.push(...included.problems.map((problem) => ({...problem, source: problem.source ?? includePath})));
  addCounts(work.counts, included.counts);
  count(work.counts, 'contenus réutilisables insérés');
}
