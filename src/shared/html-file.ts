/**
 * The HTML file of a page in a production build, as Docusaurus writes it with `trailingSlash: false`:
 * `definition` → `definition.html`, a category → `partie.html` or `partie/index.html`, the home page
 * → `index.html`, `404.html` as it is. Shared by the build plugins (search index, social cards), the
 * PDF script and the tests, which all read pages back from the build.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';

/** `relative`: the page's path under the build folder, decoded, without leading slash. */
export function builtHtmlFile(outDir: string, relative: string): string | undefined {
  const trimmed = relative.replace(/^\/+|\/+$/g, '');
  const candidates = trimmed === '' ? ['index.html'] : trimmed.endsWith('.html') ? [trimmed] : [`${trimmed}.html`, path.join(trimmed, 'index.html')];
  return candidates.map((candidate) => path.join(outDir, candidate)).find((file) => existsSync(file));
}
