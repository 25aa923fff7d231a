/**
 * Navbar theme switch (swizzled, wrapped): it needs JavaScript, so it stays invisible until the page
 * is hydrated (class `js-only`). Without JavaScript the theme follows the system preference.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import ColorModeToggle from '@theme-original/Navbar/ColorModeToggle';
import type {Props} from '@theme/Navbar/ColorModeToggle';

export default function ColorModeToggleWrapper(props: Props): ReactNode {
  return <ColorModeToggle {...props} className={clsx(props.className, 'js-only')} />;
}
