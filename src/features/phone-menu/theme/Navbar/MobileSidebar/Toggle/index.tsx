/**
 * Navbar phone menu button (replaced by this feature, through its plugin's getThemePath): a <details> menu (src/features/phone-menu/theme/PhoneMenu) in place
 * of the theme's drawer, which needs JavaScript, does not take the focus and ignores Escape.
 */
import React, {type ReactNode} from 'react';
import PhoneMenu from '../../../PhoneMenu';

export default function MobileSidebarToggle(): ReactNode {
  return <PhoneMenu />;
}
