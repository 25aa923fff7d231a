/**
 * The whole guide as one PDF per edition, made in headless Chromium from the production build:
 * `guide-communs-numeriques.pdf` at the root of each edition (`build/`, `build/en/`). Then every page
 * of the edition links to it, with its size, from the footer. Run by `npm run pdf` (index.ts) and by
 * the tests' build.
 */
import {existsSync} from 'node:fs';
import {stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {launchChromium} from '../../shared/chromium';
import {isDraft, readSiteSettings} from '../../shared/settings/site';
import {fileSize} from '../../shared/file-size';
import {defaultLocale, siteLocales, siteTexts, type SiteLocale} from '../../shared/i18n/site-texts';
import {GuideReadError, readBuiltGuide} from './built-guide';
import {writeDownloadLink} from './download-link';
import {guideDocument} from './guide-document';
import {renderGuidePdf} from './render';

/** Name of the PDF in each edition's folder: an address that intranets may link to, never renamed. */
export const guidePdfFile = 'guide-communs-numeriques.pdf';

export interface EditionPdf {
  locale: SiteLocale;
  file: string;
  bytes: number;
  pageCount: number;
  passes: number;
  htmlPages: number;
}

function editionPath(locale: SiteLocale): string {
  return locale === defaultLocale ? '' : `${locale}/`;
}

/** Makes the PDF of every edition found in the build, and links every page to its edition's PDF. */
export async function makeGuidePdfs(
  buildDir: string,
  log: (line: string) => void = () => undefined,
  {draft = isDraft(), browser: sharedBrowser}: {draft?: boolean; browser?: Browser} = {},
): Promise<EditionPdf[]> {
  const root = path.resolve(buildDir);
  const locales = siteLocales.filter((locale) => existsSync(path.join(root, editionPath(locale), 'index.html')));
  if (!locales.includes(defaultLocale)) {
    throw new GuideReadError(
      `${path.join(root, 'index.html')} n’existe pas : ce dossier n’est pas une construction du site. Construisez d’abord le site (npm run build), puis lancez npm run pdf, ou donnez le dossier construit : npm run pdf -- <dossier>.`,
    );
  }
  const settings = readSiteSettings();
  // A browser already running (the tests share one) is used and left open; otherwise one is launched.
  const browser = sharedBrowser ?? (await launchChromium());
  const results: EditionPdf[] = [];
  try {
    for (const locale of locales) {
      const guide = readBuiltGuide(root, editionPath(locale));
      const texts = siteTexts(locale);
      const {pdf, pageCount, passes} = await renderGuidePdf({
        browser,
        buildDir: root,
        siteBasePath: guide.siteBasePath,
        document: (pageNumbers) => guideDocument({guide, texts, publisher: settings.publisher, pageNumbers}),
        draft,
        warn: log,
      });
      const file = path.join(guide.editionDir, guidePdfFile);
      await writeFile(file, pdf);
      const {size} = await stat(file);
      const otherEditions = locales.filter((other) => other !== locale && other !== defaultLocale).map((other) => path.resolve(root, editionPath(other)));
      const htmlPages = await writeDownloadLink(guide.editionDir, otherEditions, {
        href: `${guide.editionBasePath}${guidePdfFile}`,
        label: texts.guidePdf.downloadLabel(fileSize(size, locale)),
      });
      results.push({locale, file, bytes: size, pageCount, passes, htmlPages});
      log(
        `${locale} : ${path.relative(process.cwd(), file)}, ${pageCount} pages, ${fileSize(size, locale)} (${passes} passes), lien ajouté à ${htmlPages} pages`,
      );
    }
  } finally {
    if (!sharedBrowser) await browser.close();
  }
  return results;
}
