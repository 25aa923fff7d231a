/**
 * « Aller au contenu » (swizzled, replaced). Without JavaScript the theme's link lands on the wrapper
 * that holds the guide's sidebar too, so the next Tab goes through the sidebar; this one lands on
 * the page's text (`#contenu`, set by src/theme/DocItem/Layout) on guide pages, and on the theme's
 * usual target elsewhere. With JavaScript it behaves like the theme's: it focuses <main>, and gives
 * the focus back to the top of the page after each navigation.
 */
import React, {useRef, type MouseEvent, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import useRouteContext from '@docusaurus/useRouteContext';
import {SkipToContentFallbackId} from '@docusaurus/theme-common';
import {useLocationChange} from '@docusaurus/theme-common/internal';
import styles from './styles.module.css';

/** Id of the guide page's text, the target of the link on guide pages. */
export const guideContentId = 'contenu';

function programmaticFocus(element: HTMLElement): void {
  element.setAttribute('tabindex', '-1');
  element.focus();
  element.removeAttribute('tabindex');
}

export default function SkipToContent(): ReactNode {
  const container = useRef<HTMLDivElement>(null);
  const {action} = useHistory();
  const {plugin} = useRouteContext();
  const target = plugin?.name === 'docusaurus-plugin-content-docs' ? guideContentId : SkipToContentFallbackId;
  const label = translate({
    id: 'theme.common.skipToMainContent',
    message: 'Aller au contenu',
    description: 'The skip to content label used for accessibility, allowing to rapidly navigate to main content with keyboard tab/enter navigation',
  });

  useLocationChange(({location}) => {
    if (container.current && !location.hash && action === 'PUSH') {
      programmaticFocus(container.current);
    }
  });

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.querySelector<HTMLElement>('main:first-of-type') ?? document.getElementById(target);
    if (main) {
      event.preventDefault();
      programmaticFocus(main);
    }
  };

  return (
    <div ref={container} role="region" aria-label={label}>
      <a className={styles.skipToContent} href={`#${target}`} onClick={onClick}>
        {label}
      </a>
    </div>
  );
}
