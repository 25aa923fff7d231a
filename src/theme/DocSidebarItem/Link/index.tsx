/**
 * A page's link in the guide's menu (swizzled, wrapped): carries the `lang` of the page's title when
 * it is not the edition's (a page not translated yet, shown in French in the English edition), so
 * that screen readers say it in its language. The theme passes extra props to the link itself.
 */
import React, {type ReactNode} from 'react';
import Link from '@theme-original/DocSidebarItem/Link';
import type {Props} from '@theme/DocSidebarItem/Link';
import {useTextLanguage} from '@site/src/features/translations/theme/text-language';

export default function DocSidebarItemLink(props: Props): ReactNode {
  const pageLanguage = useTextLanguage(props.item.href);
  // A section without pages under it shows as a link with the section's name: its `lang` (given by
  // DocSidebarItem/Category, even when undefined) is the name's, not the page's.
  const language = 'lang' in props ? props.lang : pageLanguage;
  return language ? <Link {...props} lang={language} /> : <Link {...props} />;
}
