/**
 * The page's contents on phones (swizzled, replaced): a native <details>, « Sur cette page », that
 * opens on the page's sections with or without JavaScript. The theme's version is a button that
 * needs React, and renders its list only once opened.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import TOCItems from '@theme/TOCItems';
import type {Props} from '@theme/TOCCollapsible';
import styles from './styles.module.css';

export default function TOCCollapsible({toc, className, minHeadingLevel, maxHeadingLevel}: Props): ReactNode {
  return (
    <details className={clsx(styles.toc, className)}>
      <summary className={styles.summary}>
        {translate({
          id: 'theme.TOCCollapsible.toggleButtonLabel',
          message: 'Sur cette page',
          description: 'The label used by the button on the collapsible TOC component',
        })}
      </summary>
      <TOCItems toc={toc} minHeadingLevel={minHeadingLevel} maxHeadingLevel={maxHeadingLevel} />
    </details>
  );
}
