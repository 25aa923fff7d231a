import {describe, expect, it} from 'vitest';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import redirectsPlugin, {gitlabPagesRedirects, nginxRedirects} from '..';

const list = [
  {from: '/communs-numeriques', to: '/definition'},
  {from: '/communs-numeriques#notre-definition', to: '/definition'},
];

describe('redirections écrites à la construction', () => {
  it('pour GitLab Pages : une ligne « ancienne nouvelle 301 » par forme, avec le chemin de base, sans les sections', () => {
    expect(gitlabPagesRedirects(list, '/communs/')).toBe(
      [
        '/communs/communs-numeriques /communs/definition 301',
        '/communs/communs-numeriques/ /communs/definition 301',
        '/communs/communs-numeriques.html /communs/definition 301',
        '',
      ].join('\n'),
    );
  });

  it('pour nginx : une location exacte par ancienne page, qui garde la requête', () => {
    expect(nginxRedirects(list, '/')).toContain('location ~ ^/communs-numeriques(/|\\.html)?$ { return 301 /definition$is_args$args; }');
    expect(nginxRedirects(list, '/')).not.toContain('notre-definition');
  });
});

describe('le cache de la construction', () => {
  it('change de version quand le slug d’une page change : aucun lien compilé ne garde l’ancienne adresse', async () => {
    const siteDir = await mkdtemp(path.join(os.tmpdir(), 'slugs-'));
    try {
      await mkdir(path.join(siteDir, 'docs'));
      await writeFile(path.join(siteDir, 'docs', 'page.md'), '---\ntitle: Page\nslug: /page\n---\n');
      const version = () => {
        const plugin = redirectsPlugin({siteDir} as LoadContext);
        const config = {experiments: {cache: {type: 'persistent', version: 'docusaurus'}}};
        return (plugin.configureWebpack!(config as never, false, {} as never, {} as never) as typeof config).experiments.cache.version;
      };
      const before = version();
      expect(before).toMatch(/^docusaurus-adresses-[0-9a-f]{12}$/);
      expect(version()).toBe(before);
      await writeFile(path.join(siteDir, 'docs', 'page.md'), '---\ntitle: Page\nslug: /nouvelle-page\n---\n');
      expect(version()).not.toBe(before);
    } finally {
      await rm(siteDir, {recursive: true, force: true});
    }
  });
});
