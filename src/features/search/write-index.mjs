// Writes the Pagefind index of the given pages. Runs in a Node process of its own, started by
// index-writer.ts: Pagefind is an ES module only, and Docusaurus loads plugins as CommonJS (through
// jiti). Input: one JSON document on standard input (not an argument: an argument is limited to
// 128 KiB, the pages of a large site are more), {outputPath, pages: [{url, file}], rootSelector,
// excludeSelectors, unusedFiles}. Output: one JSON line, {pages} or {errors}.
import {readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
const request = JSON.parse(input);
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
