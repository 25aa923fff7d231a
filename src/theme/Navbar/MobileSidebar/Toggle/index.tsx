/**
 * Navbar phone menu button (swizzled, wrapped): the theme's button needs JavaScript, so a
 * <details> menu stands beside it until the page is hydrated (see src/components/NoJsMenu).
 */
import React, {type ReactNode} from 'react';
import Toggle from '@theme-original/Navbar/MobileSidebar/Toggle';
import NoJsMenu from '@site/src/components/NoJsMenu';

export default function ToggleWrapper(): ReactNode {
  return (
    <>
      <Toggle />
      <NoJsMenu />
    </>
  );
}
