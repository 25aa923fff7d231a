/**
 * Bad content never publishes: a real build of the site with broken pages added stops, and names
 * each broken page with its line and the fix. Each case is a page in tests/fixtures/bad-pages.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {projectRoot} from '../support/build-site';
import {buildWithExtraPages} from '../support/scratch-site';

const fixtures = path.join(projectRoot, 'tests', 'fixtures', 'bad-pages');

describe('une page mal formée arrête la construction', () => {
  it('chaque erreur de Markdown est signalée avec son fichier, sa ligne et le correctif', async () => {
    const result = await buildWithExtraPages('bad-markdown', path.join(fixtures, 'markdown'));
    expect(result.code, result.output).not.toBe(0);
    const expected = [
      'docs/hint-style-inconnu.md:9:1 Style d\'encadré « astuce » inconnu : utilisez l\'un de "info", "warning", "danger", "success".',
      'docs/hint-jamais-ferme.md:9:1 Bloc {% hint %} ouvert ici mais jamais fermé : ajoutez {% endhint %}',
      'docs/fin-sans-ouverture.md:8:1 {% endhint %} ferme un bloc {% hint %} qui n\'a pas été ouvert',
      'docs/balise-non-prise-en-charge.md:7:1 Balise GitBook {% swagger %} non prise en charge par le site : décrivez l’API en Markdown',
      'docs/balise-non-prise-en-charge.md:8:1 Balise GitBook {% endswagger %} non prise en charge',
      'docs/gras-vide.md:9:1 Artefact d\'export GitBook « **** » (gras vide) : supprimez ces astérisques',
      'docs/tableau-sans-legende.md:7:1 Tableau de correspondance sans légende : écrivez-la entre crochets',
      'docs/sans-description.md:1:1 En-tête : « description » manquante. Ajoutez « description: … »',
      'docs/sans-en-tete.md:1:1 En-tête (front matter) manquant : commencez la page par un bloc comme',
      'docs/langue-invalide.md:5:1 En-tête : langue « anglais » invalide. Pour une page écrite dans une autre langue que le français, écrivez son code, par exemple « lang: en »',
      // The seed page « Communs numériques », pasted as exported: its three empty bolds.
      'docs/export-definition.md:26:1 Artefact d\'export GitBook « **** »',
      'docs/export-definition.md:28:1 Artefact d\'export GitBook « **** »',
      'docs/export-definition.md:30:1 Artefact d\'export GitBook « **** »',
      // Links and images that lead nowhere: in French, with the file and the line, never
      // Docusaurus's English report after the build.
      'docs/liens-casses.md:9:6 Lien « #section-absente » : cette page n’a pas de section #section-absente (ses sections : #une-section).',
      'docs/liens-casses.md:9:49 Lien « ./gras-vide.md#nulle-part » : la page docs/gras-vide.md n’a pas de section #nulle-part.',
      'docs/liens-casses.md:11:6 Lien « /essais/nulle-part » : aucune page du site à l’adresse /essais/nulle-part.',
      'docs/image-absente.md:9:1 Image « ./assets/schema-absent.png » introuvable',
      // A component that needs React, on a page that ships without it: it would arrive frozen.
      'docs/onglets-sans-hydrate.mdx:6:1 Import de « @theme/Tabs » : sans « hydrate: true », cette page arrive aux lecteurs sans React',
      'docs/onglets-sans-hydrate.mdx:7:1 Import de « @theme/TabItem »',
      // Nothing runs that the site did not write, nothing loads from another site: at the line.
      'docs/script-dans-la-page.md:9:1 Élément <script> : une page n’exécute que le code du site',
      'docs/script-dans-la-page.md:11:11 Attribut onerror sur <img>',
      'docs/images-d-autres-sites.md:11:9 <img> https://lh7-rt.googleusercontent.com/docsz/schema.png : chargé d’un autre site',
      'docs/images-d-autres-sites.md:12:9 2 éléments, 1) <img> https://files.gitbook.com/v0/b/a.png, 2) <img> https://files.gitbook.com/v0/b/b.png : chargé d’un autre site',
      'docs/images-d-autres-sites.md:16:1 <iframe> https://www.youtube-nocookie.com/embed/xyz : chargé d’un autre site',
    ];
    for (const line of expected) {
      expect(result.output, `la sortie de la construction contient : ${line}`).toContain(line);
    }
    expect(result.output).not.toContain('[SUCCESS]');
    expect(result.output).not.toMatch(/broken (links|anchors)|Markdown (link|image) with URL|onBroken/i);
    // At the end of the log, each problem once, alone.
    const recap = result.output.slice(result.output.lastIndexOf('[communs-numeriques] Construction arrêtée'));
    expect(recap).toMatch(/^\[communs-numeriques\] Construction arrêtée : \d+ problèmes de contenu/);
    for (const line of expected) expect(recap.split(line).length - 1, line).toBe(1);
  });

  it('un en-tête YAML illisible est signalé avec son fichier et sa ligne', async () => {
    const result = await buildWithExtraPages('bad-front-matter', path.join(fixtures, 'front-matter'));
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain('docs/yaml-illisible.md:3:1 En-tête illisible (YAML)');
  });
});
