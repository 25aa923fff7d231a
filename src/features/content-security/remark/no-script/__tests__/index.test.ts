import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {contentErrorOf, processMarkdownFile} from '../../../../../../tests/support/markdown';
import remarkNoScript from '..';

const fixture = (name: string) => path.join(__dirname, '__fixtures__', name);
const process = (name: string) => processMarkdownFile(fixture(name), [remarkNoScript], {isMdx: name.endsWith('.mdx')});
const summary = (problems: ReadonlyArray<{line: number; column: number; message: string}>) =>
  problems.map(({line, column, message}) => `${line}:${column} ${message.split(' : ')[0]}`);

describe('aucun script venu du contenu', () => {
  it('Markdown : un <script>, même dans un <svg>, un gestionnaire d’événement, un srcdoc : chacun à sa ligne ; le code montré ne compte pas', async () => {
    const {problems, message} = await contentErrorOf(process('scripts.md'));
    expect(summary(problems)).toEqual([
      '7:1 Élément <script>',
      '9:11 Attribut onerror sur <img>',
      '11:26 Élément <script>',
      '14:3 Attribut srcdoc sur <iframe>',
      '15:3 Attribut onmouseover sur <a>',
    ]);
    expect(message).toContain('scripts.md:7:1 Élément <script> : une page n’exécute que le code du site');
    expect(message).toContain('îlot');
  });

  it('ce qui aurait tourné est retiré de la page, même quand un brouillon publie malgré le problème', async () => {
    // Without the stop: what the tree holds after the plugin alone.
    const {unified} = await import('unified');
    const {default: remarkParse} = await import('remark-parse');
    const {readFile} = await import('node:fs/promises');
    const {VFile} = await import('vfile');
    const file = new VFile({path: fixture('scripts.md'), value: await readFile(fixture('scripts.md'), 'utf8')});
    const processor = unified().use(remarkParse).use(remarkNoScript);
    const tree = await processor.run(processor.parse(file), file);
    const {visit} = await import('unist-util-visit');
    const html: string[] = [];
    visit(tree, 'html', (node: {value: string}) => void html.push(node.value));
    expect(html.join('\n')).not.toMatch(/<script|onerror|onmouseover|srcdoc/i);
    expect(html.join('\n')).toContain('<img src="schema.png" alt="Schéma">');
    expect(html.join('\n')).toContain('<a href="/definition">lien</a>');
    // The code shown stays as it was written.
    expect(JSON.stringify(tree)).toContain("<script>console.log('un exemple, montré')</script>");
    expect(file.messages.filter((item) => item.fatal)).toHaveLength(5);
  });

  it('MDX : <script> et un gestionnaire écrit en texte', async () => {
    const {problems} = await contentErrorOf(process('scripts.mdx'));
    expect(summary(problems)).toEqual(['5:1 Élément <script>', '7:36 Attribut onerror sur <img>']);
  });

  it('une page qui garde React lui passe ses fonctions ; le texte d’un attribut onclick reste refusé', async () => {
    const {problems} = await contentErrorOf(process('hydrate.mdx'));
    expect(summary(problems)).toEqual(['8:23 Attribut onclick sur <button>']);
  });
});
