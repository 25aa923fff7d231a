/**
 * Docusaurus configuration of the guide « Communs numériques ». Values a deployer changes live in
 * src/shared/settings/site.ts; each feature (src/features/<name>) is one line of `plugins` below, and the Markdown pipeline
 * (src/content-pipeline.ts) lists the features' remark plugins.
 */
import path from 'node:path';
import type * as Preset from '@docusaurus/preset-classic';
import type {Config} from '@docusaurus/types';
import {canShowLastUpdate} from './src/shared/settings/git-history';
import {
  forgeEditUrl,
  isDraft,
  missingOptionalSettings,
  publicationGapLines,
  publicationGaps,
  publicSettings,
  readSiteSettings,
} from './src/shared/settings/site';
import {parseFrontMatter} from './src/shared/front-matter';
import {withPlainDescriptions} from './src/shared/front-matter/plain-description';
import {recapStopsAtExit} from './src/shared/content-problems';
import {withFrenchFrontMatter} from './src/features/french-typography/front-matter';
import {markdownLinkResolver} from './src/features/translations/markdown-links';
import {brokenImageHook} from './src/features/content-checks/remark/links/broken-image-hook';
import {defaultLocale, htmlLangs, siteLocales, siteTexts} from './src/shared/i18n/site-texts';
import type {GuideOutlineOptions} from './src/features/guide-outline';
import {updateFeedFile} from './src/shared/update-feed-file';
import {beforeDefaultRemarkPlugins as contentRemarkPlugins, remarkPlugins} from './src/content-pipeline';
import {escapeHtml} from './src/shared/built-html/escape';
import type {BuiltPagesOptions} from './src/features/built-pages';
import {islandsPageStep} from './src/features/islands';
import {nginxConfigPageStep} from './src/features/nginx-kit';
import {contentSecurityPageStep} from './src/features/content-security';

const site = readSiteSettings();
// A build stopped by content problems ends its log with them, alone, in French (src/shared/content-problems.ts).
recapStopsAtExit();
/** PUBLICATION_DRAFT=1: a build to review, which lists what would stop a publication (src/shared/settings/site.ts). */
const draft = isDraft();
// A public build that would break the law stops, unless it is a draft to review (README.md,
// « Réglages de déploiement »).
const gaps = publicationGapLines(publicationGaps(site));
if (gaps.length > 0 && !draft) {
  // A message to act on, not a stack trace: the build stops here, before any work.
  console.error(
    [
      `[communs-numeriques] Publication refusée pour ${site.url} : ces réglages obligatoires manquent (variables d’environnement, voir README.md) :`,
      ...gaps,
      'Pour une construction de relecture, qui ne sera pas publiée : PUBLICATION_DRAFT=1.',
    ].join('\n'),
  );
  process.exit(1);
}
if (gaps.length > 0) {
  console.warn([`[communs-numeriques] Brouillon (PUBLICATION_DRAFT=1) : réglages obligatoires manquants pour ${site.url} :`, ...gaps].join('\n'));
}
const optionalGaps = missingOptionalSettings(site);
if (optionalGaps.length > 0) {
  console.warn(`[communs-numeriques] Réglages à renseigner pour ${site.url} : ${optionalGaps.join(' ; ')}. Voir README.md.`);
}

/** The locale being built: Docusaurus sets it before loading this file, once per locale. */
// `npm start` without `--locale` sets the variable to the string "undefined" (process.env keeps only strings).
const localeVariable = process.env.DOCUSAURUS_CURRENT_LOCALE;
const currentLocale = localeVariable && localeVariable !== 'undefined' ? localeVariable : defaultLocale;
/** Title, navbar, footer and feed texts in that locale (src/shared/i18n/site-texts.ts). */
const texts = siteTexts(currentLocale);

/**
 * The site's pages outside the guide, linked from every page's footer and listed by the site map.
 * The accessibility link shows the compliance the statement claims, as the law asks.
 */
const publicPages = [
  {
    to: '/accessibilite',
    title: texts.pages.accessibility,
    footerLabel: texts.accessibilityFooterLabel(texts.accessibilityStatuses[site.accessibility.status]),
  },
  {to: '/mentions-legales', title: texts.pages.legalNotice},
  {to: '/donnees-personnelles', title: texts.pages.privacy},
  {to: '/plan-du-site', title: texts.pages.siteMap},
  {to: '/faire-un-lien', title: texts.pages.linking, footerLabel: texts.pages.linkingFooter},
];

/** Where readers write to the team: CONTACT_EMAIL, else CONTACT_URL (src/shared/settings/site.ts). */
const contactHref = site.contact.email ? `mailto:${site.contact.email}` : site.contact.url;

/** Folders whose pages must declare a title, a description and a slug. */
const docsDirs = [
  path.resolve(__dirname, 'docs'),
  ...siteLocales.map((locale) => path.resolve(__dirname, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current')),
];

/**
 * Remark plugins of every page (src/content-pipeline.ts, also run by `npm run lint:content`): checks,
 * GitBook blocks, typography, the site's components. They record content problems; the last plugin,
 * after Docusaurus's own, stops the build with all of them.
 */
/** The base URL of the locale's pages: the site's, followed by `en/` for English. */
const localeBaseUrl = currentLocale === defaultLocale ? site.baseUrl : `${site.baseUrl}${currentLocale}/`;

const beforeDefaultRemarkPlugins = contentRemarkPlugins({siteDir: __dirname, docsDirs, locale: currentLocale});

/** The guide's plan, read from its sidebar, feeds the home page and the site map (src/features/guide-outline). */
const guideOutline = {
  sidebarId: 'guide',
  routes: [
    {path: '/', component: '@site/src/features/guide-outline/theme/HomePage'},
    {path: '/plan-du-site', component: '@site/src/features/guide-outline/theme/SiteMapPage'},
  ],
} satisfies GuideOutlineOptions;

const config: Config = {
  title: texts.title,
  tagline: texts.tagline,
  favicon: 'img/favicon.svg',
  url: site.url,
  baseUrl: site.baseUrl,
  // Pages are written as `page.html` and served at `/page`: the URLs intranets link to.
  trailingSlash: false,
  // Docusaurus's banner for a wrong baseUrl shows when its React bundle has not run: pages reach
  // readers without it (src/features/islands), so the banner's script would only cost bytes.
  baseUrlIssueBanner: false,

  // Every page announces the update feed, for portals and readers that discover feeds.
  headTags: [
    {
      tagName: 'link',
      attributes: {rel: 'alternate', type: 'application/atom+xml', title: texts.feed.title, href: `${localeBaseUrl}${updateFeedFile}`},
    },
  ],

  // A broken link or anchor stops the build; a draft (PUBLICATION_DRAFT=1) lists them instead.
  onBrokenLinks: draft ? 'warn' : 'throw',
  onBrokenAnchors: draft ? 'warn' : 'throw',
  onDuplicateRoutes: 'throw',

  i18n: {
    defaultLocale,
    locales: [...siteLocales],
    localeConfigs: {
      fr: {label: 'Français', htmlLang: htmlLangs.fr},
      en: {label: 'English', htmlLang: htmlLangs.en},
    },
  },

  future: {
    v4: true,
    faster: true,
  },

  markdown: {
    // `.md` pages are CommonMark (GitBook exports parse as they are); `.mdx` pages are MDX.
    format: 'detect',
    hooks: {
      // Stops the build on a link to no page; in English, leads a page not translated yet to the
      // English pages it links to (src/features/translations/markdown-links.ts).
      onBrokenMarkdownLinks: markdownLinkResolver({siteDir: __dirname, locale: currentLocale, baseUrl: localeBaseUrl, draft}),
      // An image not found stops the build, in French, with its file and line (a draft lists it).
      onBrokenMarkdownImages: brokenImageHook({siteDir: __dirname, draft}),
    },
    // French typography on a French page's title, description and menu label, as on its text.
    parseFrontMatter: withFrenchFrontMatter(withPlainDescriptions(parseFrontMatter, {siteDir: __dirname}), {siteDir: __dirname}),
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          // The menu of each page lists the sections on the way to it open, the others by their name
          // (a link to their first page): what a page carries does not grow with the guide (a menu
          // of every page made each page of a 5 000-page guide weigh 1 MB). The islands fold and
          // unfold the open ones (src/features/islands/client/sidebar-categories.ts).
          sidebarCollapsed: true,
          beforeDefaultRemarkPlugins,
          remarkPlugins,
          // « Dernière mise à jour le … », from git; hidden when the history is incomplete.
          showLastUpdateTime: canShowLastUpdate(__dirname),
          // « Proposer une modification »: the page's source in the forge's web editor.
          editUrl: site.forge && forgeEditUrl(site.forge),
          // A translated page's link edits its translation, not the French page.
          editLocalizedFiles: true,
        },
        blog: false,
        pages: {beforeDefaultRemarkPlugins, remarkPlugins},
        theme: {
          customCss: ['./src/css/tokens.css', './src/css/custom.css'],
        },
      } satisfies Preset.Options,
    ],
  ],

  // One line per feature (src/features/<name>: its Node side in index.ts, its theme components, islands
  // and tests): removing a feature is deleting its folder and its line, and its step below if it has
  // one. Paths where they suffice (Docusaurus loads each index.ts itself).
  plugins: [
    './src/features/published-urls/index.ts', // published-urls: server-side redirects of old addresses, GitLab Pages and nginx
    './src/features/islands/index.ts', // islands: pages without React in the browser, only small enhancements
    // built-pages: the one pass over each edition's built pages, its steps in this order: content-security
    // stops a page that would load from another site or run content's script (a draft links instead),
    // the islands replace the application's scripts, then nginx-kit writes its locations and security
    // headers (the CSP with the hashes of the template's inline scripts, as the pages end up).
    ['./src/features/built-pages/index.ts', {steps: [contentSecurityPageStep, islandsPageStep, nginxConfigPageStep]} satisfies BuiltPagesOptions],
    './src/features/color-scheme/index.ts', // color-scheme: without JavaScript, pages follow the system's theme
    './src/features/gitbook/index.ts', // gitbook: the island of GitBook's tabs (its blocks are in the Markdown pipeline)
    './src/features/phone-menu/index.ts', // phone-menu: the island of the phone menu (the menu is a theme component)
    './src/features/print/index.ts', // print: the print style sheet and the printed page's details
    './src/features/search/index.ts', // search: Pagefind index after the build, search box and results page
    './src/features/social-cards/index.ts', // social-cards: a PNG card per page for link previews (og:image)
    './src/features/update-feed/index.ts', // update-feed: Atom feed of the guide's new pages and edits, from git
    './src/features/translations/index.ts', // translations: English pages older than their French source
    ['./src/features/guide-outline/index.ts', guideOutline], // guide-outline: home page and site map from the guide's plan
  ],

  // Shown by the legal pages and the footer (src/features/public-pages/theme/SiteSettings).
  customFields: {
    site: publicSettings(site),
    publicPages: publicPages.map(({to, title}) => ({to, title})),
  },

  themeConfig: {
    colorMode: {
      defaultMode: 'light',
      respectPrefersColorScheme: true,
    },
    navbar: {
      title: texts.title,
      logo: {alt: '', src: 'img/logo.svg', width: 32, height: 32},
      items: [
        {type: 'docSidebar', sidebarId: 'guide', position: 'left', label: texts.guideLabel},
        // Keeps the reader on the same page in the other language (same slugs and section ids).
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'light',
      links: [
        ...publicPages.map(({to, title, footerLabel}) => ({to, label: footerLabel ?? title})),
        // The update feed is a file, not a page: a plain link (`to` would make it a client route,
        // and Docusaurus marks `href` links as external, opening in a new tab).
        {
          html: `<a class="footer__link-item" href="${localeBaseUrl}${updateFeedFile}" type="application/atom+xml">${texts.feed.footerLabel}</a>`,
        },
        // « Contact »: the deployment's e-mail or form, a plain link too; none rather than an invented one.
        ...(contactHref ? [{html: `<a class="footer__link-item" href="${escapeHtml(contactHref)}">${texts.pages.contact}</a>`}] : []),
      ],
      copyright: texts.copyright
        .replace('{team}', site.publisher.team)
        .replace('{publisher}', site.publisher.name)
        .replace('{licence}', `<a href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/">${texts.licenceName}</a>`),
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
