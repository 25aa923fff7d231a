/**
 * The islands' words (src/features/islands/client/texts.ts), translated at build time: the site's own
 * (French in the call, English in i18n/en/code.json) and the theme's, with its ids.
 */
import {translate} from '@docusaurus/Translate';
import type {IslandTextName} from '@site/src/features/islands/client/texts';

export function useIslandTexts(): Record<IslandTextName, string> {
  return {
    linkCopied: translate({id: 'copyLink.copied', message: 'Lien copié', description: 'Said and shown when the link of a section has been copied'}),
    copyCode: translate({id: 'theme.CodeBlock.copy', message: 'Copier', description: 'The copy button label on code blocks'}),
    copyCodeLabel: translate({id: 'theme.CodeBlock.copyButtonAriaLabel', message: 'Copier le code', description: 'The ARIA label for copy code blocks button'}),
    codeCopied: translate({id: 'theme.CodeBlock.copied', message: 'Copié', description: 'The copied button label on code blocks'}),
    // `{label}` stays a placeholder: the island fills it with the category's name.
    expandCategory: translate(
      {
        id: 'theme.DocSidebarItem.expandCategoryAriaLabel',
        message: 'Déplier la catégorie «\u202f{label}\u202f»',
        description: 'The ARIA label to expand the sidebar category',
      },
      {label: '{label}'},
    ),
    collapseCategory: translate(
      {
        id: 'theme.DocSidebarItem.collapseCategoryAriaLabel',
        message: 'Replier la catégorie «\u202f{label}\u202f»',
        description: 'The ARIA label to collapse the sidebar category',
      },
      {label: '{label}'},
    ),
  };
}
