import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {contentErrorOf, processMarkdownFile} from '../../../../../../tests/support/markdown';
import remarkPageFrontMatter from '..';

const docsDir = path.join(__dirname, '__fixtures__', 'docs');
const plugins = [[remarkPageFrontMatter, {docsDirs: [docsDir]}]] as const;

const problemsOf = (relative: string) => contentErrorOf(processMarkdownFile(path.join(docsDir, relative), [...plugins] as never));

describe("l'en-tête d'une page du guide", () => {
  it('une page complète passe', async () => {
    await expect(processMarkdownFile(path.join(docsDir, 'complete.md'), [...plugins] as never)).resolves.toBeDefined();
  });

  it('une page sans en-tête arrête la construction en montrant le modèle', async () => {
    const error = await problemsOf('no-front-matter.md');
    expect(error.problems).toHaveLength(1);
    expect(error.message).toMatch(/no-front-matter\.md:1:1 En-tête \(front matter\) manquant/);
    expect(error.message).toContain('slug: /titre-de-la-page');
  });

  it('signale chaque champ manquant, à sa ligne quand il existe', async () => {
    const error = await problemsOf('missing-fields.md');
    expect(error.problems.map(({line}) => line)).toEqual([1, 1, 3]);
    expect(error.message).toMatch(/missing-fields\.md:3:1 En-tête : « title » vide/);
    expect(error.message).toMatch(/missing-fields\.md:1:1 En-tête : « description » manquante/);
    expect(error.message).toMatch(/missing-fields\.md:1:1 En-tête : « slug » manquant/);
  });

  it("refuse les guillemets d'un export GitBook et un slug qui n'est pas en ASCII minuscule", async () => {
    const error = await problemsOf('gitbook-description.md');
    expect(error.message).toMatch(/gitbook-description\.md:3:1 .*entourée de guillemets/);
    expect(error.message).toMatch(/gitbook-description\.md:4:1 En-tête : slug « \/Un-Commun » invalide/);
  });

  it('ne demande rien aux fragments ni aux fichiers hors du guide', async () => {
    await expect(processMarkdownFile(path.join(docsDir, '_partials', 'snippet.md'), [...plugins] as never)).resolves.toBeDefined();
    const elsewhere = [[remarkPageFrontMatter, {docsDirs: [path.join(docsDir, 'ailleurs')]}]];
    await expect(processMarkdownFile(path.join(docsDir, 'no-front-matter.md'), elsewhere as never)).resolves.toBeDefined();
  });
});
