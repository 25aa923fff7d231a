/**
 * `npm run urls:check`: fails when an address of src/features/published-urls/published-urls.json (a page or a
 * section that intranets may link to) is neither on the site nor redirected, or when the site
 * publishes addresses the manifest does not record yet. `npm run urls:update`: records them.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {checkPublishedUrls, recordUrls, type PublishedUrls} from './check';
import {siteLocales} from '../../../shared/i18n/site-texts';
import {collectSiteUrls} from './collect';
import {readRedirects} from './redirects';

export const manifestFile = path.join('src', 'features', 'published-urls', 'published-urls.json');

/** Every locale's addresses: French at the site's root, each translation under its own prefix (/en/). */
export async function currentUrls(siteDir: string): Promise<PublishedUrls> {
  const urls: PublishedUrls = {};
  for (const locale of siteLocales) urls[locale] = await collectSiteUrls(siteDir, locale);
  return urls;
}

export function readPublishedUrls(siteDir: string): PublishedUrls {
  return JSON.parse(readFileSync(path.join(siteDir, manifestFile), 'utf8')) as PublishedUrls;
}

async function main(command: string | undefined, siteDir: string): Promise<number> {
  const current = await currentUrls(siteDir);
  const published = readPublishedUrls(siteDir);
  const redirects = readRedirects(siteDir);
  if (command === 'update') {
    const updated = recordUrls(published, current);
    writeFileSync(path.join(siteDir, manifestFile), `${JSON.stringify(updated, null, 2)}\n`);
    const {problems} = checkPublishedUrls(updated, current, redirects);
    const added = checkPublishedUrls(published, current, redirects).unrecorded;
    console.log(`${manifestFile} : ${added.length} adresse(s) ajoutée(s)${added.length > 0 ? ` (${added.join(', ')})` : ''}.`);
    for (const problem of problems) console.error(problem);
    return problems.length > 0 ? 1 : 0;
  }
  if (command !== 'check') {
    console.error('Usage : npm run urls:check | npm run urls:update');
    return 2;
  }
  const {problems, unrecorded} = checkPublishedUrls(published, current, redirects);
  for (const problem of problems) console.error(problem);
  if (unrecorded.length > 0) {
    console.error(
      `Adresses publiées par le site mais pas encore enregistrées dans ${manifestFile} : ${unrecorded.join(', ')}. Lancez npm run urls:update et joignez le fichier à la demande de fusion : le site s’engage alors à ne jamais les casser.`,
    );
  }
  const count = Object.values(published).reduce((sum, pages) => sum + Object.keys(pages).length + Object.values(pages).flat().length, 0);
  if (problems.length === 0 && unrecorded.length === 0) {
    console.log(`Adresses publiées vérifiées : ${count} pages et sections, toutes présentes ou redirigées.`);
    return 0;
  }
  return 1;
}

main(process.argv[2], process.cwd()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
