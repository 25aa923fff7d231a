/**
 * Tests, in two projects:
 * - `unit`: remark plugins (Markdown fixtures), front matter, components (rendered in jsdom);
 * - `site`: the production build, checked as HTML and in Chromium (see tests/README.md).
 */
import {fileURLToPath} from 'node:url';
import {transformWithOxc, type Plugin} from 'vite';
import {defineConfig} from 'vitest/config';

const fromRoot = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Docusaurus ships its client modules (`<Translate>`…) as `.js` files that hold JSX. */
const docusaurusClientJsx: Plugin = {
  name: 'docusaurus-client-jsx',
  enforce: 'pre',
  async transform(code, id) {
    if (!/\/node_modules\/@docusaurus\/[^/]+\/lib\/client\/.+\.js$/.test(id)) {
      return undefined;
    }
    const result = await transformWithOxc(code, id, {lang: 'jsx', jsx: {runtime: 'automatic'}});
    return {code: result.code, map: result.map};
  },
};

export default defineConfig({
  plugins: [docusaurusClientJsx],
  oxc: {jsx: {runtime: 'automatic'}},
  resolve: {
    alias: [
      // Docusaurus client aliases, resolved as the bundler does for the site.
      {find: '@docusaurus/Translate', replacement: fromRoot('node_modules/@docusaurus/core/lib/client/exports/Translate.js')},
      {find: '@docusaurus/useBaseUrl', replacement: fromRoot('node_modules/@docusaurus/core/lib/client/exports/useBaseUrl.js')},
      {find: '@docusaurus/Interpolate', replacement: fromRoot('node_modules/@docusaurus/core/lib/client/exports/Interpolate.js')},
      {find: '@generated/codeTranslations', replacement: fromRoot('tests/support/code-translations.ts')},
      {find: /^@site\/(.*)$/, replacement: fromRoot('./$1')},
    ],
  },
  test: {
    // Two test files at a time, the two cores of the CI machine: unit files meanwhile too.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Some run the project's commands (tsx): slower while the site builds beside them (npm test).
          testTimeout: 30_000,
          // The files of a process share their modules (a file's mocks are its own): the module
          // graph is imported once per process, not once per file.
          isolate: false,
          server: {deps: {inline: [/@docusaurus\/core/]}},
          css: {modules: {classNameStrategy: 'non-scoped'}},
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/.output/**', '**/node_modules/**'],
          environment: 'node',
          globalSetup: ['tests/build/global-setup.ts'],
          // Two files at a time, each process with its own Chromium kept from one file to the next
          // (isolate: false: the files of a process share its modules, tests/support/served-site.ts),
          // and a few pages at a time within a file (it.concurrent): the two cores stay busy.
          isolate: false,
          maxConcurrency: 3,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
