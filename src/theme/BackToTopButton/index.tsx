/**
 * « Revenir en haut de la page » (swizzled, replaced): the theme's round button, inside
 * `<back-to-top>`, the island that shows it when the reader scrolls back up a long page
 * (src/features/islands/client/back-to-top.ts). The theme's needs React to show or work.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {ThemeClassNames} from '@docusaurus/theme-common';
import styles from './styles.module.css';

export default function BackToTopButton(): ReactNode {
  return (
    <back-to-top className={styles.backToTop}>
      <button
        type="button"
        aria-label={translate({
          id: 'theme.BackToTopButton.buttonAriaLabel',
          message: 'Revenir en haut de la page',
          description: 'The ARIA label for the back to top button',
        })}
        className={clsx('clean-btn', ThemeClassNames.common.backToTopButton, styles.button)}
      />
    </back-to-top>
  );
}
