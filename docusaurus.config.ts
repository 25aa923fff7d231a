/**
 * Docusaurus configuration of the guide « Communs numériques ». Values a deployer changes live in
 * src/config/site.ts; the Markdown pipeline (src/remark) and content checks are wired here.
 */
import path from 'node:path';
import type * as Preset from '@docusaurus/preset-classic';
import type {Config, PluginModule} from '@docusaurus/types';
import {canShowLastUpdate} from './src/config/git-history';
import {
  accessibilityStatuses,
  forgeEditUrl,
  missingPublicationSettings,
  publicSettings,
  readSiteSettings,
} from './src/config/site';
import {parseFrontMatter} from './src/front-matter';
import redirectsPlugin from './src/plugins/redirects';
import guideOutlinePlugin, {type GuideOutlineOptions} from './src/plugins/guide-outline';
import noJsColorSchemePlugin from './src/plugins/no-js-color-scheme';
import searchIndexPlugin from './src/plugins/search-index';
import socialCardsPlugin from './src/plugins/social-cards';
import updateFeedPlugin, {updateFeedFile, updateFeedTitle} from './src/plugins/update-feed';
import {beforeDefaultRemarkPlugins as contentRemarkPlugins, remarkPlugins} from './src/remark/pipeline';

const site = readSiteSettings();
const missing = missingPublicationSettings(site);
if (missing.length > 0) {
  console.warn(`[communs-numeriques] Réglages à renseigner pour ${site.url} : ${missing.join(' ; ')}. Voir README.md.`);
}
const locales = ['fr', 'en'];

/**
 * The site's pages outside the guide, linked from every page's footer and listed by the site map.
 * The accessibility link shows the compliance the statement claims, as the law asks.
 */
const publicPages = [
  {
    to: '/accessibilite',
    title: 'Déclaration d’accessibilité',
    footerLabel: `Accessibilité\u00a0: ${accessibilityStatuses[site.accessibility.status]}`,
  },
  {to: '/mentions-legales', title: 'Mentions légales'},
  {to: '/donnees-personnelles', title: 'Données personnelles'},
  {to: '/plan-du-site', title: 'Plan du site'},
  {to: '/faire-un-lien', title: 'Faire un lien vers ce guide', footerLabel: 'Faire un lien'},
];

/** Folders whose pages must declare a title, a description and a slug. */
const docsDirs = [
  path.resolve(__dirname, 'docs'),
  ...locales.map((locale) => path.resolve(__dirname, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current')),
];

/** The locale being built: Docusaurus sets it before loading this file, once per locale. */
const currentLocale = process.env.DOCUSAURUS_CURRENT_LOCALE ?? 'fr';

/**
 * Remark plugins of every page (src/remark/pipeline.ts, also run by `npm run lint:content`): checks,
 * GitBook blocks, typography, the site's components. They record content problems; the last plugin,
 * after Docusaurus's own, stops the build with all of them.
 */
const beforeDefaultRemarkPlugins = contentRemarkPlugins({docsDirs, locale: currentLocale});

const config: Config = {
  title: 'Communs numériques',
  tagline: 'Les communs numériques expliqués aux collectivités territoriales, par l’Incubateur des Territoires',
  favicon: 'img/favicon.svg',
  url: site.url,
  baseUrl: site.baseUrl,
  // Pages are written as `page.html` and served at `/page`: the URLs intranets link to.
  trailingSlash: false,

  // Every page announces the update feed, for portals and readers that discover feeds.
  headTags: [
    {
      tagName: 'link',
      attributes: {rel: 'alternate', type: 'application/atom+xml', title: updateFeedTitle, href: `${site.baseUrl}${updateFeedFile}`},
    },
  ],

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  i18n: {
    defaultLocale: 'fr',
    locales,
    localeConfigs: {
      fr: {label: 'Français', htmlLang: 'fr-FR'},
      // British English, the usage of the European institutions that read this edition.
      en: {label: 'English', htmlLang: 'en-GB'},
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
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
    parseFrontMatter,
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          beforeDefaultRemarkPlugins,
          remarkPlugins,
          // « Dernière mise à jour le … », from git; hidden when the history is incomplete.
          showLastUpdateTime: canShowLastUpdate(__dirname),
          // « Proposer une modification »: the page's source in the forge's web editor.
          editUrl: site.forge && forgeEditUrl(site.forge),
        },
        blog: false,
        pages: {beforeDefaultRemarkPlugins, remarkPlugins},
        theme: {
          customCss: ['./src/css/tokens.css', './src/css/custom.css'],
        },
      } satisfies Preset.Options,
    ],
  ],

  // In the browser, on every page: old section links followed to their new place, and the « # »
  // link of each heading copying the section's address.
  clientModules: [require.resolve('./src/client/section-redirects.ts'), require.resolve('./src/client/copy-heading-link.ts')],

  plugins: [
    // Server-side redirects of src/config/redirects.json, for GitLab Pages and the nginx kit.
    redirectsPlugin,
    // Without JavaScript, pages follow the system's light or dark preference.
    noJsColorSchemePlugin,
    // Offline search: a Pagefind index of the pages, written after the build (src/components/Search).
    searchIndexPlugin,
    // Link previews: a PNG card per page, written after the build (og:image: src/theme/SiteMetadata).
    socialCardsPlugin,
    // Atom feed of the guide's new pages and substantive edits, from git: mises-a-jour.atom.
    updateFeedPlugin,
    [
      // Typed with its options here; Docusaurus types a plugin's options as unknown.
      guideOutlinePlugin as PluginModule,
      {
        sidebarId: 'guide',
        routes: [
          {path: '/', component: '@site/src/components/HomePage'},
          {path: '/plan-du-site', component: '@site/src/components/SiteMapPage'},
        ],
      } satisfies GuideOutlineOptions,
    ],
  ],

  // Shown by the legal pages and the footer (src/components/SiteSettings).
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
      title: 'Communs numériques',
      logo: {alt: '', src: 'img/logo.svg', width: 32, height: 32},
      items: [
        {type: 'docSidebar', sidebarId: 'guide', position: 'left', label: 'Le guide'},
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
          html: `<a class="footer__link-item" href="${site.baseUrl}${updateFeedFile}" type="application/atom+xml">Mises à jour (flux Atom)</a>`,
        },
      ],
      copyright: `${site.publisher.team}, ${site.publisher.name}. Textes sous <a href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/">Licence Ouverte 2.0 (Etalab)</a>\u202f; code sous licence MIT.`,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
