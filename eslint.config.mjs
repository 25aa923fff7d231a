/**
 * ESLint: the ecosystem's rules for TypeScript (typescript-eslint), React and accessibility
 * (jsx-a11y), as Docusaurus and Starlight use them, and the boundary between the browser and Node:
 * code in a `theme/` or `client/` folder runs in the reader's browser (or renders there at build
 * time for React), so it may not import Node's modules, the deployment settings, a feature's Node
 * side (its index.ts), its remark plugins or its command-line scripts. Type imports stay allowed:
 * they leave nothing in the bundle.
 */
import {builtinModules} from 'node:module';
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import react from 'eslint-plugin-react';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What browser code may never import, each with the reason given to the contributor. */
export const browserBoundary = [
  {
    regex: `^(node:.*|(${builtinModules.filter((name) => !name.startsWith('_')).join('|')})(/.*)?)$`,
    message: 'Code du navigateur (theme/, client/) : pas de module de Node. Faites le calcul à la construction, dans le index.ts de la fonctionnalité.',
  },
  {
    regex:
      '^(@docusaurus/(utils|logger|core|types)|satori|@resvg/resvg-js|playwright-core|esbuild|pagefind|gray-matter|jsdom|vitest|markdownlint|cspell-lib)(/.*)?$',
    message: 'Code du navigateur (theme/, client/) : ce paquet ne sert qu’à Node (construction, vérifications, tests).',
  },
  {
    regex: '(^|/)shared/settings/(site|git-history)$',
    message:
      'Code du navigateur (theme/, client/) : les réglages de déploiement restent côté Node. Lisez-les par siteConfig.customFields (useDocusaurusContext), ou importez seulement leurs types (import type).',
  },
  {
    regex: '(^|/)features/[^/]+(/index)?$|^\\.\\.(/\\.\\.)*(/index)?$',
    message: 'Code du navigateur (theme/, client/) : le index.ts d’une fonctionnalité est son côté Node (hooks de Docusaurus).',
  },
  {
    regex: '(^|/)(remark|lint|import|check|__tests__)(/|$)|(^|/)cli$|(^|/)shared/(html-file|chromium|content-problems|front-matter)$|(^|/)content-pipeline$',
    message: 'Code du navigateur (theme/, client/) : extensions remark, vérifications et scripts en ligne de commande restent côté Node.',
  },
];

/**
 * The few modules outside theme/ and client/ that browser code imports, shared with the Node side:
 * words, addresses and the guide's plan, computed the same way on both sides.
 */
export const browserSharedModules = [
  'src/shared/i18n/site-texts.ts',
  'src/shared/i18n/page-language.ts',
  'src/shared/i18n/accessibility-statuses.ts',
  'src/features/guide-outline/outline.ts',
  'src/features/islands/hydration.ts',
  'src/features/published-urls/site-redirects.ts',
  'src/features/social-cards/card-path.ts',
];

export default tseslint.config(
  {
    ignores: [
      'build/',
      '.docusaurus/',
      'node_modules/',
      'tests/.output/',
      'bench/.output/',
      '.gitlab-ci-local/',
      '**/__fixtures__/',
      'tests/fixtures/',
      'static/',
      'i18n/',
      'docs/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // CommonJS configuration files of tools that read only that (dependency-cruiser).
    files: ['**/*.cjs'],
    languageOptions: {globals: {...globals.node}, sourceType: 'commonjs'},
    rules: {'@typescript-eslint/no-require-imports': 'off'},
  },
  {
    files: ['**/*.{ts,tsx,mts,mjs,js}'],
    languageOptions: {globals: {...globals.node}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^(_|React$)', caughtErrors: 'none'}],
    },
  },
  {
    files: ['**/*.tsx'],
    ...react.configs.flat.recommended,
    settings: {react: {version: 'detect'}},
  },
  {files: ['**/*.tsx'], ...react.configs.flat['jsx-runtime']},
  {files: ['**/*.tsx'], ...jsxA11y.flatConfigs.recommended},
  // Tests write French text in JSX as it is, apostrophes included.
  {files: ['**/*.test.tsx'], rules: {'react/no-unescaped-entities': 'off'}},
  {
    files: [
      'src/**/theme/**/*.{ts,tsx}',
      'src/**/client/**/*.{ts,tsx}',
      'src/components/**/*.{ts,tsx}',
      'src/pages/**/*.{ts,tsx}',
      // Modules of both sides, that browser code imports: they obey the same rule.
      ...browserSharedModules,
    ],
    ignores: ['**/__tests__/**', '**/*.test.{ts,tsx}'],
    languageOptions: {globals: {...globals.browser}},
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {patterns: browserBoundary.map((pattern) => ({...pattern, allowTypeImports: true}))}],
    },
  },
);
