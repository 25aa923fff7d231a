import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {PostBuildProps} from '../../../shared/built-html/page-steps';
import {contentSecurityPageStep} from '../page-step';

const siteDir = mkdtempSync(path.join(tmpdir(), 'content-security-'));
const outDir = path.join(siteDir, 'build');
const context = {siteDir, baseUrl: '/', siteConfig: {url: 'https://communs.example.gouv.fr'}} as unknown as LoadContext;

const source = [
  '---',
  'title: Tableau',
  '---',
  '',
  '<table><tr><td><img src="https://lh7.example/a.png" alt="Carte"></td>',
  '<td><img src="https://lh7.example/b.png"><img src="https://lh7.example/c.png"></td></tr></table>',
  '',
  '<iframe src="https://video.example/embed/1" title="Présentation"></iframe>',
].join('\n');
const html = `<html><head></head><body><script>theme()</script><div id=__docusaurus><main><table><tr><td><img src="https://lh7.example/a.png" alt="Carte"></td><td><img src="https://lh7.example/b.png"><img src="https://lh7.example/c.png"></td></tr></table><p><iframe src="https://video.example/embed/1" title="Présentation"></iframe></p><script>document.title="pwned"</script></main></div></body></html>`;

function setUp() {
  mkdirSync(path.join(siteDir, 'docs'), {recursive: true});
  mkdirSync(outDir, {recursive: true});
  writeFileSync(path.join(siteDir, 'docs', 'tableau.md'), source);
  writeFileSync(path.join(outDir, 'tableau.html'), html);
  return {
    outDir,
    routes: [{path: '/', component: 'x', routes: [{path: '/tableau', component: 'y', metadata: {sourceFilePath: 'docs/tableau.md'}}]}],
  } as unknown as PostBuildProps;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('la vérification des pages construites', () => {
  it('une publication s’arrête : une ligne par fichier et ligne, chaque élément dit, le script aussi', async () => {
    vi.stubEnv('PUBLICATION_DRAFT', '');
    const props = setUp();
    const step = contentSecurityPageStep(context);
    step.start!(props);
    expect(step.page!({file: path.join(outDir, 'tableau.html'), html})).toBeUndefined();
    const error = await Promise.resolve()
      .then(() => step.finish!(props))
      .then(
        () => undefined,
        (thrown: Error) => thrown,
      );
    expect(error).toBeInstanceOf(Error);
    const lines = error!.message.split('\n');
    const docs = 'docs/tableau.md';
    expect(lines.find((line) => line.includes(':5 '))).toBe(
      `${docs}:5 <img src> https://lh7.example/a.png : chargé d’un autre site (page tableau.html) : le site ne fait aucune requête ailleurs ; enregistrez l’image avec la page (dans son dossier) et montrez-la par son chemin, ![description](./image.png), ou remplacez-la par un lien vers elle.`,
    );
    const six = lines.filter((line) => line.startsWith(`${docs}:6 `));
    expect(six).toHaveLength(1);
    expect(six[0]).toContain('2 éléments, 1) <img src> https://lh7.example/b.png, 2) <img src> https://lh7.example/c.png : chargé d’un autre site');
    expect(lines.find((line) => line.startsWith(`${docs}:8 `))).toContain('<iframe src> https://video.example/embed/1 : chargé d’un autre site');
    expect(error!.message).toContain('script que le site n’a pas écrit (page tableau.html)');
  });

  it('un brouillon met un lien à la place de ce qui venait d’ailleurs, retire le script, et le dit', async () => {
    vi.stubEnv('PUBLICATION_DRAFT', '1');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const props = setUp();
    const step = contentSecurityPageStep(context);
    step.start!(props);
    const drafted = step.page!({file: path.join(outDir, 'tableau.html'), html}) as string;
    await step.finish!(props);
    expect(drafted).not.toMatch(/<img[^>]*lh7|<iframe|pwned/);
    expect(drafted).toContain('<a href="https://lh7.example/a.png">Image d’un autre site (lh7.example) : Carte</a>');
    expect(drafted).toContain('<a href="https://lh7.example/b.png">Image d’un autre site (lh7.example) : b.png</a>');
    expect(drafted).toContain('<a href="https://video.example/embed/1">Contenu d’un autre site (video.example) : Présentation</a>');
    expect(drafted).toContain('<script>theme()</script>');
    expect(warn.mock.calls[0]![0]).toContain('Brouillon : 5 élément(s)');
  });
});
