/**
 * ASCII names for files, URLs and heading ids, from French titles: « Règles de décision » →
 * `regles-de-decision`. Published URLs never carry accents, which intranets and mail clients mangle.
 */
import slugify from '@sindresorhus/slugify';

export function asciiSlug(text: string): string {
  return slugify(text.replace(/[’']/g, ' '), {decamelize: false});
}

/** Hands out names that are unique in one namespace (a folder, a page's anchors): `nom`, `nom-2`… */
export class UniqueNames {
  private readonly taken = new Set<string>();

  constructor(taken: Iterable<string> = []) {
    for (const name of taken) this.taken.add(name);
  }

  has(name: string): boolean {
    return this.taken.has(name);
  }

  take(wanted: string, fallback = 'page'): string {
    const base = wanted || fallback;
    let name = base;
    for (let index = 2; this.taken.has(name); index += 1) {
      name = `${base}-${index}`;
    }
    this.taken.add(name);
    return name;
  }
}
