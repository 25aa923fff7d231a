/**
 * The browser/Node boundary (eslint.config.mjs): code in a `theme/` or `client/` folder may not
 * import Node's modules, the deployment settings or a feature's Node side; type imports stay allowed.
 * ESLint runs on the whole project in `npm test` (npm run lint); here, made-up files show that the
 * rule catches each kind of import, at the places browser code lives, and lets Node code alone.
 */
import path from 'node:path';
import {ESLint} from 'eslint';
import {describe, expect, it} from 'vitest';

const projectRoot = path.resolve(__dirname, '..', '..');
const eslint = new ESLint({cwd: projectRoot});

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, {filePath: path.join(projectRoot, file)});
  return result!.messages.filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports').map((message) => message.message);
}

describe('frontière entre le navigateur et Node', () => {
  const browserFiles = [
    'src/features/search/theme/SearchBar/Nouveau.tsx',
    'src/features/islands/client/nouveau.ts',
    'src/theme/Nouveau/index.tsx',
    'src/components/Nouveau/index.tsx',
    // A module of both sides that browser code imports (browserSharedModules).
    'src/shared/i18n/site-texts.ts',
  ];

  it.each(browserFiles)('%s : un module de Node, les réglages, le côté Node d’une fonctionnalité sont refusés', async (file) => {
    const forbidden = [
      "import {readFileSync} from 'node:fs';",
      "import path from 'path';",
      "import {normalizeUrl} from '@docusaurus/utils';",
      "import {readSiteSettings} from '@site/src/shared/settings/site';",
      "import searchPlugin from '@site/src/features/search';",
      "import plugin from '../../index';",
      "import {remarkGitbookBlocks} from '@site/src/features/gitbook/remark/blocks';",
      "import {main} from '@site/src/features/pdf/cli';",
      "import {createServer} from 'http';",
      "import satori from 'satori';",
    ];
    for (const line of forbidden) {
      const errors = await boundaryErrors(file, `${line}\nexport const x = 1;\n`);
      expect(errors, line).toHaveLength(1);
      expect(errors[0], line).toMatch(/Code du navigateur \(theme\/, client\/\)/);
    }
  });

  it('laisse passer les imports de types, les composants et les îlots', async () => {
    const allowed = [
      "import type {PublicSiteSettings} from '@site/src/shared/settings/site';",
      "import Hint from '@site/src/features/gitbook/theme/Hint';",
      "import {cardPath} from '../../card-path';",
      "import useDocusaurusContext from '@docusaurus/useDocusaurusContext';",
    ];
    for (const line of allowed) {
      expect(await boundaryErrors('src/features/social-cards/theme/SiteMetadata/Nouveau.tsx', `${line}\nexport const x = 1;\n`), line).toEqual([]);
    }
  });

  it('ne s’applique pas au code de Node (index.ts, scripts)', async () => {
    expect(await boundaryErrors('src/features/search/nouveau.ts', "import {readFileSync} from 'node:fs';\nexport const x = readFileSync;\n")).toEqual([]);
  });
});
