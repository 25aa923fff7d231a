/**
 * Reads the inside of a GitBook tag: `hint style="info"` → name `hint`, attributes `{style: 'info'}`.
 * GitBook writes attribute values in straight double quotes; single quotes, typographic quotes (an
 * editor may have curled them) and bare words are accepted too.
 */

export interface ParsedTag {
  name: string;
  attributes: Record<string, string>;
  /** A quoted value written without a name, after the tag's name: `include "chemin.md"`. */
  argument?: string;
  /** Written `{% … /%}`: the whole block, without content or closing tag. */
  selfClosing?: boolean;
}

export type TagParseResult =
  | {ok: true; tag: ParsedTag}
  /** `name` is given when the tag starts with a readable name, so a block can still be paired. */
  | {ok: false; name?: string; reason: string};

const namePattern = /^[a-z][a-z0-9-]*/i;
const attributePattern =
  // A value opened by a straight quote and closed by a curly one (`description="…”`, as some exports
  // write it) is read to that quote, unless the straight quotes close a value of their own.
  /^([a-z][a-z0-9_-]*)\s*=\s*(?:"([^"]*)"(?=\s|$)|"([^"”]*)”|"([^"]*)"|'([^']*)'|“([^”]*)”|‘([^’]*)’|«\s*([^»]*?)\s*»|([^\s"'“”‘’«»=]+))/i;

/** A quoted value without a name, right after the tag's name (GitBook's `include`). */
const argumentPattern = /^\s+(?:"([^"]*)"|'([^']*)'|“([^”]*)”)/;

export function parseTag(written: string): TagParseResult {
  // `{% embed url="…" /%}`: GitBook's self-closing form.
  const selfClosing = /\/\s*$/.test(written);
  const inside = selfClosing ? written.replace(/\s*\/\s*$/, '') : written;
  const nameMatch = namePattern.exec(inside);
  if (!nameMatch) {
    return {ok: false, reason: 'la balise ne commence pas par un nom (par exemple « hint »)'};
  }
  const name = nameMatch[0].toLowerCase();
  const attributes: Record<string, string> = {};
  let rest = inside.slice(nameMatch[0].length);
  let argument: string | undefined;
  const argumentMatch = argumentPattern.exec(rest);
  if (argumentMatch) {
    argument = argumentMatch.slice(1).find((value) => value !== undefined);
    rest = rest.slice(argumentMatch[0].length);
  }
  let first = argument === undefined;
  while (rest.trim() !== '') {
    if (!/^\s/.test(rest)) {
      const reason = first ? `séparez le nom « ${name} » de ses attributs par une espace` : `séparez les attributs par une espace, avant « ${rest.trim()} »`;
      return {ok: false, name, reason};
    }
    rest = rest.trimStart();
    const attributeMatch = attributePattern.exec(rest);
    if (!attributeMatch) {
      return {ok: false, name, reason: `attribut illisible « ${rest} » : écrivez-le sous la forme nom="valeur"`};
    }
    const [whole, rawKey, ...values] = attributeMatch;
    const key = rawKey!.toLowerCase();
    if (key in attributes) {
      return {ok: false, name, reason: `l'attribut « ${key} » est écrit deux fois : gardez-en un seul`};
    }
    attributes[key] = values.find((value) => value !== undefined) ?? '';
    rest = rest.slice(whole.length);
    first = false;
  }
  return {ok: true, tag: {name, attributes, ...(argument === undefined ? {} : {argument}), ...(selfClosing ? {selfClosing} : {})}};
}
