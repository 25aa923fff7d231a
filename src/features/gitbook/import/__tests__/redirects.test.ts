import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyseSpace} from '../analyse';
import {planSpace} from '../plan';
import {readSpace} from '../read';
import {oldAddresses, redirectOldAddresses, redirectTarget} from '../redirects';
import {scratchSpaces} from './scratch';

const scratch = scratchSpaces();

describe('les anciennes adresses de l’espace (redirects.ts)', () => {
  const files = {
    '.gitbook.yaml': 'redirects:\n  ancienne: guide/demarrer.md\n  dossier/: guide\n  externe: https://exemple.fr/\n  perdue: nulle-part.md\n',
    'SUMMARY.md': '# Sommaire\n\n* [Guide](guide/README.md)\n  * [Démarrer ici](guide/demarrer.md)\n',
    'guide/README.md': '# Guide\n',
    'guide/demarrer.md': '# Démarrer\n',
  };

  it('suit les redirections de .gitbook.yaml vers une page de l’export, avec ou sans .md, ou une adresse', async () => {
    const space = await readSpace((await scratch(files)).exportDir);
    expect(redirectTarget(space, 'ancienne')).toBe('guide/demarrer.md');
    expect(redirectTarget(space, 'dossier')).toBe('guide/README.md');
    expect(redirectTarget(space, 'externe')).toBe('https://exemple.fr/');
    expect(redirectTarget(space, 'inconnue')).toBeUndefined();
  });

  it('redirige les anciennes adresses vers les pages importées ; dit celles qui mènent ailleurs ; les ajoute aux redirections du site', async () => {
    const site = await scratch(files);
    const space = await readSpace(site.exportDir);
    const plan = await planSpace(space, site.options());
    const analysed = await analyseSpace(space, plan, site.options());
    const {redirects, problems} = oldAddresses(space, analysed);
    expect(redirects.map(({from, to}) => `${from} → ${to}`)).toEqual([
      '/ancienne → /guide/demarrer-ici',
      '/dossier → /guide',
      '/guide/demarrer → /guide/demarrer-ici',
    ]);
    expect(problems.map(({message}) => message.split(' : ')[0])).toEqual([
      'redirection « externe » vers « https://exemple.fr/ », qui n’est pas une page importée',
      'redirection « perdue » vers « nulle-part.md », qui n’est pas une page importée',
    ]);
    const added = await redirectOldAddresses(space, plan, analysed, site.options());
    expect(added.redirects).toHaveLength(3);
    const written = JSON.parse(await readFile(path.join(site.siteDir, 'src', 'features', 'published-urls', 'redirects.json'), 'utf8')) as {
      redirects: unknown[];
    };
    expect(written.redirects).toEqual(added.redirects);
    // Again: already there, nothing added.
    expect((await redirectOldAddresses(space, plan, analysed, site.options())).redirects).toEqual([]);
  });
});
