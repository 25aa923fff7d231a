/**
 * Checks an Atom document against the rules of RFC 4287 that a schema would check, and a few it
 * states in prose: no validator runs offline here (no xmllint, no RELAX NG schema we could trust).
 * Used by the update feed's unit tests and by the build test.
 */
import {JSDOM} from 'jsdom';

export const atomNamespace = 'http://www.w3.org/2005/Atom';

/** RFC 3339 date-time, as Atom's date constructs require it (upper-case T and Z). */
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses XML strictly (a document that is not well-formed throws). */
export function parseXml(xml: string): Document {
  return new JSDOM(xml, {contentType: 'application/xml'}).window.document;
}

/** Atom child elements of an element, by local name. */
export function atomChildren(element: Element, name: string): Element[] {
  return [...element.children].filter((child) => child.namespaceURI === atomNamespace && child.localName === name);
}

export function atomText(element: Element, name: string): string | undefined {
  return atomChildren(element, name)[0]?.textContent?.trim();
}

export function isRfc3339(value: string | undefined): boolean {
  return value !== undefined && rfc3339.test(value) && !Number.isNaN(Date.parse(value));
}

function isAbsoluteIri(value: string | undefined): boolean {
  if (!value) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** Problems found in an Atom feed document; empty when it is valid. */
export function atomProblems(xml: string): string[] {
  const problems: string[] = [];
  let document: Document;
  try {
    document = parseXml(xml);
  } catch (error) {
    return [`XML mal formé : ${(error as Error).message}`];
  }
  const feed = document.documentElement;
  if (feed.localName !== 'feed' || feed.namespaceURI !== atomNamespace) {
    return [`racine ${feed.namespaceURI ?? ''} ${feed.localName} au lieu de feed (${atomNamespace})`];
  }

  const checkPerson = (person: Element, where: string) => {
    if (atomChildren(person, 'name').length !== 1 || !atomText(person, 'name')) problems.push(`${where} : un auteur sans nom`);
    for (const name of ['uri', 'email']) {
      if (atomChildren(person, name).length > 1) problems.push(`${where} : auteur avec plusieurs ${name}`);
    }
    const uri = atomText(person, 'uri');
    if (uri !== undefined && !isAbsoluteIri(uri)) problems.push(`${where} : uri d’auteur relative (${uri})`);
  };
  const checkText = (element: Element, where: string) => {
    const type = element.getAttribute('type');
    if (type !== null && !['text', 'html', 'xhtml'].includes(type)) problems.push(`${where} : type « ${type} »`);
  };
  /** Elements common to feed and entry: id, title, updated, links, authors, single optional ones. */
  const checkCommon = (element: Element, where: string, optionalSingles: string[]) => {
    for (const name of ['id', 'title', 'updated']) {
      const count = atomChildren(element, name).length;
      if (count !== 1) problems.push(`${where} : ${count} élément(s) ${name} au lieu d’un`);
    }
    for (const name of optionalSingles) {
      if (atomChildren(element, name).length > 1) problems.push(`${where} : plusieurs éléments ${name}`);
    }
    if (!isAbsoluteIri(atomText(element, 'id'))) problems.push(`${where} : id « ${atomText(element, 'id')} » n’est pas une IRI absolue`);
    if (!atomText(element, 'title')) problems.push(`${where} : titre vide`);
    if (!isRfc3339(atomText(element, 'updated'))) problems.push(`${where} : updated « ${atomText(element, 'updated')} » n’est pas une date RFC 3339`);
    for (const name of ['title', 'subtitle', 'summary', 'rights']) {
      atomChildren(element, name).forEach((text) => checkText(text, `${where} ${name}`));
    }
    const alternates = new Set<string>();
    for (const link of atomChildren(element, 'link')) {
      if (!link.getAttribute('href')) problems.push(`${where} : lien sans href`);
      if ((link.getAttribute('rel') ?? 'alternate') === 'alternate') {
        const key = `${link.getAttribute('type') ?? ''} ${link.getAttribute('hreflang') ?? ''}`;
        if (alternates.has(key)) problems.push(`${where} : deux liens alternate de même type et langue`);
        alternates.add(key);
      }
    }
    atomChildren(element, 'author').forEach((author) => checkPerson(author, where));
    atomChildren(element, 'contributor').forEach((contributor) => checkPerson(contributor, where));
  };

  checkCommon(feed, 'feed', ['subtitle', 'rights', 'icon', 'logo', 'generator']);
  const self = atomChildren(feed, 'link').find((link) => link.getAttribute('rel') === 'self');
  if (!isAbsoluteIri(self?.getAttribute('href') ?? undefined)) problems.push('feed : pas de lien self absolu');
  const feedHasAuthor = atomChildren(feed, 'author').length > 0;
  const ids = new Set<string>();
  atomChildren(feed, 'entry').forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    checkCommon(entry, where, ['summary', 'content', 'published', 'rights', 'source']);
    const id = atomText(entry, 'id') ?? '';
    if (ids.has(id)) problems.push(`${where} : id en double (${id})`);
    ids.add(id);
    if (!feedHasAuthor && atomChildren(entry, 'author').length === 0) problems.push(`${where} : ni l’entrée ni le flux n’ont d’auteur`);
    const published = atomText(entry, 'published');
    if (published !== undefined && !isRfc3339(published)) problems.push(`${where} : published « ${published} »`);
    const hasAlternate = atomChildren(entry, 'link').some((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate');
    if (atomChildren(entry, 'content').length === 0 && !hasAlternate) problems.push(`${where} : ni contenu ni lien alternate`);
  });
  return problems;
}
