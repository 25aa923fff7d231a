/**
 * « Previous » / « Next » at the end of a guide page (swizzled, wrapped): the neighbour's title
 * carries its `lang` when it is not the edition's (a page not translated yet), while « Next » stays
 * in the edition's language. The theme only renders `title` as the link's text, so a marked span
 * can stand for it.
 */
import React, {type ReactNode} from 'react';
import PaginatorNavLink from '@theme-original/PaginatorNavLink';
import type {Props} from '@theme/PaginatorNavLink';
import {useTextLanguage} from '@site/src/features/translations/theme/text-language';

export default function PaginatorNavLinkWrapper(props: Props): ReactNode {
  const language = useTextLanguage(props.permalink);
  if (!language) return <PaginatorNavLink {...props} />;
  const title = (<span lang={language}>{props.title}</span>) as unknown as string;
  return <PaginatorNavLink {...props} title={title} />;
}
