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

  /** `wanted`, or `wanted-2`…; the number goes before `extension` (`image-2.png`). */
  take(wanted: string, fallback = 'page', extension = ''): string {
    const base = wanted || fallback;
    let name = `${base}${extension}`;
    for (let index = 2; this.taken.has(name); index += 1) {
      name = `${base}-${index}${extension}`;
    }
    this.taken.add(name);
    return name;
  }
}
