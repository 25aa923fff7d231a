/**
 * Reads the inside of a GitBook tag: `hint style="info"` → name `hint`, attributes `{style: 'info'}`.
 * GitBook writes attribute values in double quotes; single quotes and bare words are accepted too.
 */

export interface ParsedTag {
  name: string;
  attributes: Record<string, string>;
}

export type TagParseResult = {ok: true; tag: ParsedTag} | {ok: false; reason: string};

const namePattern = /^[a-z][a-z0-9-]*/i;
const attributePattern = /^([a-z][a-z0-9_-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=]+))/i;

export function parseTag(inside: string): TagParseResult {
  const nameMatch = namePattern.exec(inside);
  if (!nameMatch) {
    return {ok: false, reason: 'la balise ne commence pas par un nom (par exemple « hint »)'};
  }
  const name = nameMatch[0].toLowerCase();
  const attributes: Record<string, string> = {};
  let rest = inside.slice(nameMatch[0].length);
  while (rest.trim() !== '') {
    if (!/^\s/.test(rest)) {
      return {ok: false, reason: `séparez le nom et les attributs par une espace (« ${inside} »)`};
    }
    rest = rest.trimStart();
    const attributeMatch = attributePattern.exec(rest);
    if (!attributeMatch) {
      return {
        ok: false,
        reason: `attribut illisible « ${rest} » : écrivez-le sous la forme nom="valeur"`,
      };
    }
    const [whole, key, doubleQuoted, singleQuoted, bare] = attributeMatch;
    attributes[key!.toLowerCase()] = doubleQuoted ?? singleQuoted ?? bare ?? '';
    rest = rest.slice(whole.length);
  }
  return {ok: true, tag: {name, attributes}};
}
