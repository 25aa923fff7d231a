/**
 * ScrollableTable: a Markdown table in a region that scrolls sideways when the table is wider than
 * the screen, instead of the page. The region can take the keyboard focus, so that keyboard users
 * can scroll it too; once JavaScript runs, it only does so while the table actually overflows.
 */
import React, {useEffect, useRef, useState, type ComponentProps, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

export default function ScrollableTable(props: ComponentProps<'table'>): ReactNode {
  const region = useRef<HTMLDivElement>(null);
  // Focusable until measured: without JavaScript a wide table must stay reachable.
  const [overflows, setOverflows] = useState(true);

  useEffect(() => {
    const element = region.current;
    if (!element || typeof ResizeObserver === 'undefined') {
      return undefined;
    }
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={region}
      className={styles.region}
      role="region"
      aria-label={translate({id: 'scrollableTable.label', message: 'Tableau', description: 'Name of the scrolling region around a table'})}
      tabIndex={overflows ? 0 : undefined}>
      <table {...props} />
    </div>
  );
}
