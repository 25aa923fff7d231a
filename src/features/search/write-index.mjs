// Writes the Pagefind index of the given pages. Runs in a Node process of its own, started by
// index.ts: Pagefind is an ES module only, and Docusaurus loads plugins as CommonJS (through jiti).
// Input: one JSON argument, {outputPath, pages: [{url, file}], rootSelector, excludeSelectors,
// unusedFiles}. Output: one JSON line, {pages} or {errors}.
import {readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

const request = JSON.parse(process.argv[2]);
const errors = [];
const {index, errors: startErrors} = await pagefind.createIndex({
  rootSelector: request.rootSelector,
  excludeSelectors: request.excludeSelectors,
});
if (!index) {
  errors.push(...startErrors);
} else {
  for (const page of request.pages) {
    const content = await readFile(page.file, 'utf8');
    const added = await index.addHTMLFile({url: page.url, content});
    errors.push(...added.errors.map((error) => `${page.file} : ${error}`));
  }
  const written = await index.writeFiles({outputPath: request.outputPath});
  errors.push(...written.errors);
  await Promise.all(request.unusedFiles.map((file) => rm(path.join(request.outputPath, file), {force: true})));
}
await pagefind.close();
process.stdout.write(`${JSON.stringify(errors.length > 0 ? {errors} : {pages: request.pages.length})}\n`);
