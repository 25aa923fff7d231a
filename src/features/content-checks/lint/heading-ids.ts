/**
 * Heading ids: every section title of a page has an explicit ASCII id (`## Titre {#titre}`, in MDX
 * `## Titre {/* #titre *\/}`), so that the address of the section, which intranets may link to, does
 * not change when someone rewords the title. The addresses are then recorded by `npm run urls:update`.
 */
import type {Heading} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {asciiSlug} from '../../gitbook/import/slugs';
import {explicitHeadingId} from '../../published-urls/check/collect';
import type {Finding} from './findings';
import type {ContentFile} from './source';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkHeadingIds(files: readonly ContentFile[]): Finding[] {
  const findings: Finding[] = [];
  for (const file of files) {
    visit(file.tree, 'heading', (heading: Heading) => {
      if (heading.depth < 2 || !heading.position) return;
      const {line, column} = heading.position.start;
      const id = explicitHeadingId(heading);
      const text = toString(heading)
        .replace(/\s*\{#[^}]*\}\s*$/, '')
        .replace(/\/\*.*\*\//, '')
        .trim();
      const suggestion = asciiSlug(text) || 'section';
      const written = file.mdx ? `{/* #${suggestion} */}` : `{#${suggestion}}`;
      if (!id) {
        findings.push({
          file: file.display,
          line,
          column,
          message: `Titre « ${text} » sans identifiant : ajoutez ${written} à la fin de la ligne. L’adresse de la section (page#identifiant) ne changera plus, même si le titre change.`,
          check: 'ancres',
        });
      } else if (!idPattern.test(id)) {
        findings.push({
          file: file.display,
          line,
          column,
          message: `Identifiant de titre « ${id} » : écrivez-le en minuscules sans accents, mots séparés par des tirets (par exemple ${suggestion}). S’il est déjà publié, gardez-le et ajoutez une redirection (voir CONTRIBUTING.md).`,
          check: 'ancres',
        });
      }
    });
  }
  return findings;
}
