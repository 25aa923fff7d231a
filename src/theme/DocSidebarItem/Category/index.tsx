/**
 * A section in the guide's menu (swizzled, wrapped): its name carries `lang="fr"` in the English
 * edition while it is not translated yet (src/shared/i18n/section-names.ts), so that screen readers
 * say it with a French voice. The theme passes extra props to the section's link, which holds the
 * name; the pages inside keep their own language.
 */
import React, {type ReactNode} from 'react';
import Category from '@theme-original/DocSidebarItem/Category';
import type {Props} from '@theme/DocSidebarItem/Category';
import {useSectionNameLanguage} from '@site/src/features/translations/theme/text-language';

export default function DocSidebarItemCategory(props: Props): ReactNode {
  // Given even when undefined: a section without pages under it renders as a link
  // (DocSidebarItem/Link), which then knows that its text is the section's name.
  return <Category {...props} lang={useSectionNameLanguage(props.item.label)} />;
}
