/**
 * Heading ids: every section title of a page has an explicit ASCII id (`## Titre {#titre}`, in MDX
 * `## Titre {/* #titre *\/}`), so that the address of the section, which intranets may link to, does
 * not change when someone rewords the title. The addresses are then recorded by `npm run urls:update`.
 */
import type {Heading} from 'mdast';
import {createSlugger} from '@docusaurus/utils';
import {visit} from 'unist-util-visit';
import {asciiSlug} from '../../gitbook/public';
import {explicitHeadingId, headingText} from '../../published-urls/public';
import type {Finding} from './findings';
import type {ContentFile} from '../../../shared/markdown/content-source';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The section ids a page has published (its address's), in its page's order; none for a new page. */
export type PublishedIds = (file: ContentFile) => string[];

export function checkHeadingIds(files: readonly ContentFile[], publishedIds: PublishedIds = () => []): Finding[] {
  const findings: Finding[] = [];
  for (const file of files) {
    const headings: Heading[] = [];
    visit(file.tree, 'heading', (heading: Heading) => {
      if (heading.depth >= 2 && heading.position) headings.push(heading);
    });
    // The ids published for this page that no heading holds any more: one of them was the
    // address of a heading now written without its id.
    const published = publishedIds(file);
    const held = new Set(headings.map((heading) => explicitHeadingId(heading)).filter(Boolean));
    const orphans = published.filter((id) => !held.has(id));
    headings.forEach((heading, index) => {
      const {line, column} = heading.position!.start;
      const id = explicitHeadingId(heading);
      const text = headingText(heading);
      const written = (value: string) => (file.mdx ? `{/* #${value} */}` : `{#${value}}`);
      if (!id) {
        const made = createSlugger().slug(text);
        const kept = published.includes(made) ? made : (orphans[Math.min(index, orphans.length - 1)] ?? undefined);
        findings.push({
          file: file.display,
          line,
          column,
          message: kept
            ? `Titre « ${text} » sans identifiant : sa section est publiée à l’adresse #${kept}, vers laquelle des liens pointent peut-être. Ajoutez ${written(kept)} à la fin de la ligne pour la garder.`
            : `Titre « ${text} » sans identifiant : ajoutez ${written(asciiSlug(text) || 'section')} à la fin de la ligne. L’adresse de la section (page#identifiant) ne changera plus, même si le titre change.`,
          check: 'ancres',
        });
      } else if (!idPattern.test(id) && !published.includes(id)) {
        findings.push({
          file: file.display,
          line,
          column,
          message: `Identifiant de titre « ${id} » : écrivez-le en minuscules sans accents, mots séparés par des tirets (par exemple ${asciiSlug(text) || 'section'}).`,
          check: 'ancres',
        });
      }
    });
  }
  return findings;
}
