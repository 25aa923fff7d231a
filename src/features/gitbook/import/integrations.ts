/**
 * GitBook's integration blocks, `{% @org/name … %}`: widgets that GitBook draws by loading another
 * site (a Mermaid diagram, a file of GitHub, an Arcade demo, a Marketo form). A page of the site
 * loads nothing from another site, so each becomes what a reader can use without it:
 * - `@mermaid/…` (its `content` spans lines) → a `mermaid` code block, the diagram's source;
 * - a block with a `url` → a link to that address;
 * - any other → removed.
 * Each is reported: a person decides whether the page needs more (an image of the diagram, the
 * code copied from GitHub). Done on the text before it is parsed, since a Mermaid tag spans lines
 * that Markdown would read as paragraphs; `lineOf` maps the new lines back to the export's.
 */
import {parseTag} from '../remark/blocks/tag';

export interface IntegrationResult {
  body: string;
  /** Line of the export (in the body) of a line of the new body. */
  lineOf: (line: number) => number;
  problems: Array<{line: number; message: string}>;
  conversions: number;
}

const integrationTag = /^([ \t]*)\{%\s*@([\w.-]+\/[\w.-]+)([\s\S]*?)%\}[ \t]*$/gm;

/** Line ranges (0-based, inclusive) of fenced code blocks, where a tag is only text. */
function fencedLines(lines: string[]): Set<number> {
  const inside = new Set<number>();
  let fence: string | undefined;
  lines.forEach((line, index) => {
    const marker = /^[ \t]*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      inside.add(index);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    } else if (marker) {
      fence = marker;
      inside.add(index);
    }
  });
  return inside;
}

/** The text GitBook escaped in a Mermaid diagram's `content`: `#quot;`, `\[`… */
function unescapeContent(content: string): string {
  return content
    .replace(/#quot;/g, '"')
    .replace(/&quot;/g, '"')
    .replace(/\\([[\]_<>&*#()|-])/g, '$1');
}

export function convertIntegrations(body: string): IntegrationResult {
  const problems: IntegrationResult['problems'] = [];
  let conversions = 0;
  const lines = body.split('\n');
  const fenced = fencedLines(lines);
  // Offsets of line starts, to turn a match's offset into its line.
  const starts: number[] = [0];
  for (let index = 0; index < body.length; index += 1) if (body[index] === '\n') starts.push(index + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };

  // The new lines, and for each the 0-based line of the export it comes from. A tag covers whole lines.
  const out: string[] = [];
  const origin: number[] = [];
  let next = 0;
  for (const match of body.matchAll(integrationTag)) {
    const start = match.index;
    const startLine = lineAt(start);
    if (fenced.has(startLine)) continue;
    const [whole, indent = '', name = '', rest = ''] = match;
    const parsed = parseTag(`integration${rest.replace(/\s+$/, '')}`);
    const attributes = parsed.ok ? parsed.tag.attributes : {};
    let replacement: string;
    const line = startLine + 1;
    if (name.startsWith('mermaid/') && attributes.content !== undefined) {
      const code = unescapeContent(attributes.content).replace(/^\n+|\s+$/g, '');
      replacement = [`${indent}\`\`\`mermaid`, ...code.split('\n').map((text) => (text ? indent + text : text)), `${indent}\`\`\``].join('\n');
      problems.push({
        line,
        message: `diagramme Mermaid (intégration GitBook « @${name} ») : gardé comme code, que le site montre tel quel ; si les lecteurs doivent le voir dessiné, remplacez-le par une image (SVG) décrite.`,
      });
    } else if (attributes.url && /^https?:\/\//.test(attributes.url)) {
      replacement = `${indent}<${attributes.url}>`;
      problems.push({
        line,
        message: `intégration GitBook « @${name} » : elle devient un lien vers ${attributes.url}, car une page du site ne charge rien d’un autre site ; recopiez son contenu dans la page si les lecteurs en ont besoin.`,
      });
    } else {
      replacement = '';
      problems.push({
        line,
        message: `intégration GitBook « @${name} » retirée : une page du site ne charge rien d’un autre site ; remplacez-la par un lien ou du texte si les lecteurs en ont besoin.`,
      });
    }
    conversions += 1;
    const endLine = lineAt(start + whole.length);
    for (; next < startLine; next += 1) {
      out.push(lines[next]!);
      origin.push(next);
    }
    for (const text of replacement.split('\n')) {
      out.push(text);
      origin.push(startLine);
    }
    next = endLine + 1;
  }
  if (conversions === 0) return {body, lineOf: (line) => line, problems, conversions};
  for (; next < lines.length; next += 1) {
    out.push(lines[next]!);
    origin.push(next);
  }
  return {body: out.join('\n'), lineOf: (line) => (origin[line - 1] ?? line - 1) + 1, problems, conversions};
}
