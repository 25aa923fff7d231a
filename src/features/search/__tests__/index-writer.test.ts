import {mkdtempSync} from 'node:fs';
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {writeSearchIndex} from '../index-writer';

/** Pages of the generated site: the list of them is far beyond what one argument may hold (128 KiB). */
const pageCount = 10_000;

const subjects = ['La collectivité', 'La communauté', 'L’incubateur', 'Le service numérique', 'La forge publique', 'L’équipe projet'];
const verbs = ['mutualise', 'documente', 'maintient', 'partage', 'finance', 'publie'];
const objects = ['une solution libre', 'les données de référence', 'le code source', 'la charte de contribution', 'la feuille de route'];
const complements = ['avec les autres territoires', 'selon des règles communes', 'dans le respect du RGPD', 'grâce à une gouvernance ouverte'];

/** A word that only page `index` has: its number spelt in syllables (00042 → « Babababela »). */
function codeWord(index: number): string {
  const syllables = ['ba', 'ce', 'di', 'fo', 'gu', 'la', 'me', 'ni', 'po', 'ru'];
  const word = [...String(index).padStart(5, '0')].map((digit) => syllables[Number(digit)]).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A page of the guide as the build writes it: title, sections, a few paragraphs, navigation around. */
function pageHtml(index: number): string {
  const sentence = (seed: number) =>
    `${subjects[seed % subjects.length]} ${verbs[(seed >> 2) % verbs.length]} ${objects[(seed >> 4) % objects.length]} ${complements[(seed >> 6) % complements.length]}.`;
  const paragraph = (seed: number) => `<p>${[0, 1, 2, 3].map((offset) => sentence(seed * 7 + offset * 13)).join(' ')}</p>`;
  const sections = ['Contexte', 'Mise en œuvre', 'Gouvernance']
    .map((heading, position) => `<h2 id="s${position}">${heading}</h2>${paragraph(index + position)}${paragraph(index * 3 + position)}`)
    .join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Fiche ${index} | Communs numériques</title></head><body><nav>Menu du guide</nav><main><h1>Fiche ${index} : la commune de ${codeWord(index)}</h1>${paragraph(index)}${sections}</main></body></html>`;
}

interface Pagefind {
  options(options: {basePath: string; baseUrl: string}): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{results: Array<{data(): Promise<{url: string; meta: {title?: string}}>}>}>;
}

/**
 * Searches an index written on disk with Pagefind's own script, as the browser does: it fetches its
 * files, here from the disk.
 */
async function searchIndex(indexDir: string, term: string): Promise<string[]> {
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : input);
    if (url.protocol !== 'file:') return realFetch(input);
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch {
      return new Response(null, {status: 404});
    }
  });
  try {
    const pagefind = (await import(/* @vite-ignore */ pathToFileURL(path.join(indexDir, 'pagefind.js')).href)) as Pagefind;
    await pagefind.options({basePath: `${pathToFileURL(indexDir).href}/`, baseUrl: '/'});
    await pagefind.init();
    const {results} = await pagefind.search(term);
    return Promise.all(results.map(async (result) => (await result.data()).url));
  } finally {
    vi.unstubAllGlobals();
  }
}

describe('index de recherche d’un grand site', () => {
  const siteDir = mkdtempSync(path.join(tmpdir(), 'search-index-'));
  afterAll(() => rm(siteDir, {recursive: true, force: true}));

  it(`indexe ${pageCount} pages : la liste passe par l’entrée standard, sans limite de taille`, async () => {
    const pages: Array<{url: string; file: string}> = [];
    for (let start = 0; start < pageCount; start += 500) {
      const part = path.join(siteDir, 'fiches', String(start / 500));
      await mkdir(part, {recursive: true});
      await Promise.all(
        Array.from({length: Math.min(500, pageCount - start)}, async (_, offset) => {
          const index = start + offset;
          const file = path.join(part, `fiche-${index}.html`);
          await writeFile(file, pageHtml(index));
          pages[index] = {url: `/fiches/fiche-${index}`, file};
        }),
      );
    }
    // Several times the 128 KiB of one argument: what `spawn E2BIG` refused.
    expect(JSON.stringify(pages).length).toBeGreaterThan(5 * 128 * 1024);

    const outputPath = path.join(siteDir, 'build', 'pagefind');
    const result = await writeSearchIndex({outputPath, pages, rootSelector: 'main', excludeSelectors: [], unusedFiles: ['pagefind-ui.js']}, siteDir);
    expect(result).toEqual({pages: pageCount});

    const last = pageCount - 1;
    expect(await searchIndex(outputPath, codeWord(last))).toEqual([`/fiches/fiche-${last}`]);
    expect(await searchIndex(outputPath, codeWord(0))).toEqual(['/fiches/fiche-0']);
  }, 300_000);

  it('dit en français pourquoi l’indexation a échoué', async () => {
    await expect(
      writeSearchIndex(
        {
          outputPath: path.join(siteDir, 'vide'),
          pages: [{url: '/absente', file: path.join(siteDir, 'absente.html')}],
          rootSelector: 'main',
          excludeSelectors: [],
          unusedFiles: [],
        },
        siteDir,
      ),
    ).rejects.toThrow(/Index de recherche \(Pagefind\) : write-index\.mjs s’est arrêté avec le code 1\.[\s\S]*ENOENT/);
  });
});
