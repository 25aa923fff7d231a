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
  const language = useTextLanguage(props.item.href);
  return language ? <Link {...props} lang={language} /> : <Link {...props} />;
}
