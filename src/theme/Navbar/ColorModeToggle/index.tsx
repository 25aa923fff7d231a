/**
 * Navbar theme switch (swizzled, replaced): the same button as the theme's (three icons, the one
 * shown chosen by the stylesheet from `data-theme-choice`, which Docusaurus's inline script sets
 * before the page paints), inside `<theme-switch>`, the island that makes it work without React
 * (src/features/color-scheme/client/theme-switch.ts). The theme's button needs React to work. Without
 * JavaScript it stays invisible (class `js-only`): the theme then follows the system's preference.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import siteStorage from '@generated/site-storage';
import IconLightMode from '@theme/Icon/LightMode';
import IconDarkMode from '@theme/Icon/DarkMode';
import IconSystemColorMode from '@theme/Icon/SystemColorMode';
import type {Props} from '@theme/Navbar/ColorModeToggle';
import styles from './styles.module.css';

export default function NavbarColorModeToggle({className}: Props): ReactNode {
  const modes = {
    system: translate({id: 'theme.colorToggle.ariaLabel.mode.system', message: 'selon le système', description: 'The name for the system color mode'}),
    light: translate({id: 'theme.colorToggle.ariaLabel.mode.light', message: 'clair', description: 'The name for the light color mode'}),
    dark: translate({id: 'theme.colorToggle.ariaLabel.mode.dark', message: 'sombre', description: 'The name for the dark color mode'}),
  };
  // `{mode}` stays a placeholder: the island fills it with the current choice.
  const label = translate(
    {
      id: 'theme.colorToggle.ariaLabel',
      message: 'Changer de thème, clair ou sombre (actuellement\u00a0: {mode})',
      description: 'The ARIA label for the color mode toggle',
    },
    {mode: '{mode}'},
  );
  return (
    <theme-switch
      className={clsx(styles.toggle, className, 'js-only')}
      // The key Docusaurus's inline script reads the choice from (namespaced per site).
      data-storage-key={`theme${siteStorage.namespace}`}
      data-modes={JSON.stringify(modes)}
      data-label={label}
    >
      <button type="button" className={clsx('clean-btn', styles.button)} title={modes.system} aria-label={label.replace('{mode}', modes.system)}>
        <IconLightMode aria-hidden className={clsx(styles.icon, styles.light)} />
        <IconDarkMode aria-hidden className={clsx(styles.icon, styles.dark)} />
        <IconSystemColorMode aria-hidden className={clsx(styles.icon, styles.system)} />
      </button>
    </theme-switch>
  );
}
