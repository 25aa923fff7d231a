/**
 * ScrollableTable: a Markdown table in a box that scrolls sideways when the table is wider than the
 * screen, instead of the page. The box is a named region that takes the keyboard focus, so that
 * keyboard users can scroll it too; `<scroll-region>`, an island
 * (src/features/islands/client/scroll-region.ts), keeps it so only while the table overflows. Without
 * JavaScript nothing measures: it always is, and a wide table stays reachable.
 */
import React, {type ComponentProps, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

export default function ScrollableTable(props: ComponentProps<'table'>): ReactNode {
  const label = translate({
    id: 'scrollableTable.label',
    message: 'Tableau défilant horizontalement',
    description: 'Name of the scrolling region around a table that is wider than the screen',
  });
  return (
    <scroll-region className={styles.region} role="region" aria-label={label} tabIndex={0} data-label={label}>
      <table {...props} />
    </scroll-region>
  );
}
