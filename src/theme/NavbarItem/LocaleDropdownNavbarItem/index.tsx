/**
 * The navbar's language item (swizzled, replaced): instead of the theme's dropdown, which needs
 * JavaScript to open from the keyboard, a plain link to the same page in the other edition
 * (src/features/translations/theme/LanguageLinks). On phones the phone menu carries the same link.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import type {Props} from '@theme/NavbarItem/LocaleDropdownNavbarItem';
import LanguageLinks from '@site/src/features/translations/theme/LanguageLinks';

export default function LocaleDropdownNavbarItem({mobile, className}: Props): ReactNode {
  return <LanguageLinks className={clsx(mobile ? 'menu__link' : 'navbar__item navbar__link', className)} />;
}
